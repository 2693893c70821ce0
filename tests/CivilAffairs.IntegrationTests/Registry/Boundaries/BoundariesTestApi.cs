using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Registry.Boundaries;

/// <summary>Helpers of the boundary tests (prefixed so they cannot clash with other areas' helpers).</summary>
internal static class BoundariesTestApi
{
    public static async Task<JsonElement> BoundaryOkAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> BoundaryGetAsync(this HttpClient c, string url) => await (await c.GetAsync(url)).BoundaryOkAsync();

    public static async Task<JsonElement> BoundaryPostAsync(this HttpClient c, string url, object body) => await (await c.PostAsJsonAsync(url, body)).BoundaryOkAsync();

    public static async Task<string> BoundaryConflictAsync(this HttpResponseMessage r)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.Conflict, $"expected 409, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("detail").GetString()!;
    }

    public static string BoundaryUnique(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";

    public static JsonElement BoundaryMarker(this JsonElement line, string number) =>
        line.GetProperty("markers").EnumerateArray().Single(m => m.GetProperty("number").GetString() == number);

    /// <summary>Today in China, as the server computes it.</summary>
    public static DateOnly BoundaryToday(this AppFixture app) =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(8));
}
