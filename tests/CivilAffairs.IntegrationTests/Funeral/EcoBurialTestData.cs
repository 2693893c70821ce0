using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>Requests for the eco-burial API: a complete application unless a test changes it.</summary>
internal static class EcoBurialTestData
{
    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static Dictionary<string, object?> Application(string type = "Sea", string hukou = "440304", Guid? eventId = null, int companions = 0,
        DateOnly? burialDate = null, string? deceasedId = null)
    {
        var died = (burialDate ?? Today).AddDays(-20);
        return new Dictionary<string, object?>
        {
            ["burialType"] = type,
            ["deceasedIdNumber"] = deceasedId ?? Ids.New(hukou.Length == 6 ? hukou : "440304", 1935),
            ["deceasedName"] = "测试逝者" + Guid.NewGuid().ToString("N")[..4],
            ["hukouDivisionCode"] = hukou,
            ["dateOfDeath"] = died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["certificateNumber"] = "SZH" + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture),
            ["applicantIdNumber"] = Ids.New("440304", 1965),
            ["applicantName"] = "测试申请人",
            ["applicantPhone"] = "13800138000",
            ["relationship"] = "子女",
            ["bankName"] = "中国工商银行深圳分行",
            ["bankAccount"] = "6222020000" + Random.Shared.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture),
            ["burialDate"] = type == "Sea" ? null : (burialDate ?? Today.AddDays(-2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["cemeteryName"] = type == "Sea" ? null : "大鹏湾华侨墓园生态安葬区",
            ["seaBurialEventId"] = eventId,
            ["companions"] = Enumerable.Range(0, companions).Select(i => new { name = "随船家属" + i, idNumber = Ids.New("440305", 1970) }).ToList(),
            ["paperCertificate"] = true,
            ["paperApplicantId"] = true,
            ["paperRelationship"] = true,
            ["paperCompanionIds"] = companions > 0,
            ["paperHukouBook"] = hukou.StartsWith("4403", StringComparison.Ordinal),
        };
    }

    public static async Task<JsonElement> SubmitAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var r = await client.PostAsJsonAsync("/api/v1/funeral/eco-burials", body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"submit: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A voyage planned by the city bureau (city.officer), by default three days ago so that it can be approved.</summary>
    public static async Task<Guid> VoyageAsync(AppFixture app, int ashes = 50, int seats = 100, int daysFromToday = -3)
    {
        var city = await app.ClientForAsync("city.officer");
        var r = await city.PostAsJsonAsync("/api/v1/funeral/sea-burials", new
        {
            date = Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            vessel = "测试船" + Guid.NewGuid().ToString("N")[..4],
            ashesCapacity = ashes,
            passengerSeats = seats,
        });
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"voyage: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ApproveAsync(HttpClient client, Guid id)
    {
        var r = await client.PostAsync($"/api/v1/funeral/eco-burials/{id}/approve", null);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"approve: {(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();
}
