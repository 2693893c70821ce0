using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.ElderCare.Institutions;

/// <summary>Calls to /api/v1/eldercare as a demo account, failing the test with the body when the status is not the expected one.</summary>
internal static class InstitutionsApi
{
    public const string Root = "/api/v1/eldercare";
    private static int _seq = Random.Shared.Next(100, 600);

    public static async Task<JsonElement> InstPostAsync(AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(Root + path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} POST {path}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> InstGetAsync(AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} GET {path}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>A new private nursing home in 南园街道 registered by the district, with the given nursing beds dated 70 days ago.</summary>
    public static async Task<string> InstNewHomeAsync(AppFixture app, int nursingBeds)
    {
        var code = $"YL440304{Interlocked.Increment(ref _seq) % 1000:000}";
        await InstPostAsync(app, "futian.district", "/institutions", new
        {
            code, name = "测试颐养院" + code[^3..], kind = "NursingHome", ownership = "Private", licenceNumber = "4403041900" + code[^3..],
            address = "深圳市福田区南园街道测试路" + code[^3..] + "号", divisionCode = "440304001", openedOn = "2016-01-01",
        }, HttpStatusCode.Created);
        await InstPostAsync(app, "futian.district", $"/institutions/{code}/bed-changes", new
        {
            bedType = "Nursing", delta = nursingBeds, changedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-70), reason = "开业核定床位",
        }, HttpStatusCode.Created);
        return code;
    }

    public static object InstAdmit(string idNumber, string bedType = "Nursing", int daysAgo = 65) => new
    {
        idNumber, name = "测试长者", bedType, admittedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).AddDays(-daysAgo), careLevel = "Moderate",
        feePayer = "Self",
    };
}
