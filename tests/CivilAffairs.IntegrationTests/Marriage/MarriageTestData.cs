using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.Marriage;

/// <summary>Shared steps of the marriage API tests: find a bookable session, make a couple, book.</summary>
public static class MarriageTestData
{
    public static async Task<Guid> OfficeIdAsync(HttpClient client, string code = "FT")
    {
        var offices = await client.GetFromJsonAsync<JsonElement>("/api/v1/marriage/registries");
        return offices.EnumerateArray().First(o => o.GetProperty("code").GetString() == code).GetProperty("id").GetGuid();
    }

    /// <summary>A future session of the office (online-bookable: 2–12 days ahead) with at least <paramref name="free"/> slots of the type.</summary>
    public static async Task<JsonElement> SessionAsync(HttpClient client, string serviceType = "Marriage", int free = 2, string office = "FT", int skip = 0)
    {
        var id = await OfficeIdAsync(client, office);
        var today = ChinaTime.Today(TimeProvider.System);
        var sessions = await client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/marriage/sessions?registry={id}&from={today.AddDays(2):yyyy-MM-dd}&to={today.AddDays(12):yyyy-MM-dd}");
        return sessions.EnumerateArray()
            .Where(s => !s.GetProperty("isClosed").GetBoolean() && s.GetProperty("quotas").EnumerateArray()
                .Any(q => q.GetProperty("serviceType").GetString() == serviceType && q.GetProperty("remaining").GetInt32() >= free))
            .Skip(skip).First();
    }

    public static object Party(string idNumber, string name, string phone = "13800138000") => new { idNumber, name, phone };

    public static (string Man, string Woman) Couple(int manYear = 1990, int womanYear = 1992) =>
        (Ids.Of(Sex.Male, manYear), Ids.Of(Sex.Female, womanYear));

    public static Task<HttpResponseMessage> BookAsync(HttpClient client, Guid sessionId, string a, string b, string type = "Marriage") =>
        client.PostAsJsonAsync("/api/v1/marriage/appointments", new
        {
            sessionId, serviceType = type, partyA = Party(a, "测试甲", "13800138001"), partyB = Party(b, "测试乙", "13800138002"),
        });
}
