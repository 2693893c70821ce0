using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.Facilities;

/// <summary>Helpers of the Facilities tests (prefixed to stay apart from other areas' helpers).</summary>
internal static class FacilitiesApi
{
    public static DateOnly FacToday => ChinaTime.Today(TimeProvider.System);

    public static async Task<JsonElement> FacOkAsync(this HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task FacStatusAsync(this HttpResponseMessage r, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
    }

    /// <summary>A registry-only institution of the caller's street with a unique name; its id.</summary>
    public static async Task<Guid> FacNewFacilityAsync(this HttpClient client, string division = "440304004", string type = "ElderlyCare", string? name = null)
    {
        var r = await client.PostAsJsonAsync("/api/v1/facilities/institutions", new
        {
            name = name ?? "测试长者之家" + Guid.NewGuid().ToString("N")[..6], type, ownership = "Private", divisionCode = division, address = "福田区福华路（测试）",
            capacity = 40, capacityUnit = "床",
        });
        var body = await r.FacOkAsync(HttpStatusCode.Created);
        return body.GetProperty("row").GetProperty("id").GetGuid();
    }
}
