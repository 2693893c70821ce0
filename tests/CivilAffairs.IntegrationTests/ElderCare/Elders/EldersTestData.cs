using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.ElderCare.Elders;

/// <summary>Residents with a chosen birth date and 户籍, for the elders and insurance tests.</summary>
public static class EldersTestData
{
    private static int _seq = Random.Shared.Next(0, 300);

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>Registers a resident of a 福田 community born on <paramref name="birth"/>; returns (personId, idNumber).</summary>
    public static async Task<(Guid Id, string IdNumber)> EldersNewResidentAsync(this HttpClient clerk, DateOnly birth, bool shenzhenHukou = true,
        string division = "440304004", string? name = null)
    {
        var seq = 100 + (Interlocked.Increment(ref _seq) * 7 % 800);
        // a non-户籍 resident keeps a Shenzhen-issued number here; only the 户籍 flag differs
        var id = IdNumber.Create("440304", birth, seq);
        var r = await clerk.PostAsJsonAsync("/api/v1/persons", new
        {
            idNumber = id, name = name ?? "长者" + Guid.NewGuid().ToString("N")[..4], divisionCode = division,
            hukouDivisionCode = shenzhenHukou ? "440304" : null, isShenzhenHukou = shenzhenHukou,
        });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating a resident: {(int)r.StatusCode} {text}");
        return (JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid(), id);
    }

    /// <summary>A complete Barthel form with the given scores in item order.</summary>
    public static object EldersAssessment(int[] s, string assessedOn, string assessor = "陈晓红", string organisation = "福田区长者能力评估中心") => new
    {
        feeding = s[0], bathing = s[1], grooming = s[2], dressing = s[3], bowels = s[4], bladder = s[5], toilet = s[6], transfers = s[7], mobility = s[8],
        stairs = s[9], assessedOn, assessor, organisation, diagnosisCertified = true,
    };
}
