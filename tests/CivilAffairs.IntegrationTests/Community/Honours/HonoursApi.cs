using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.IntegrationTests.Community.Honours;

/// <summary>Calls to /api/v1/community for the honours and integrity tests (prefixed Grass to stay apart from other areas' helpers).</summary>
internal static class HonoursApi
{
    public const string Root = "/api/v1/community";

    public static async Task<JsonElement> GrassPostAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.PostAsJsonAsync(Root + path, body), user, "POST " + path, expected);
    }

    public static async Task<JsonElement> GrassPutAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.PutAsJsonAsync(Root + path, body), user, "PUT " + path, expected);
    }

    public static async Task<JsonElement> GrassGetAsync(this AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        return await CheckAsync(await client.GetAsync(Root + path), user, "GET " + path, expected);
    }

    /// <summary>An Excel export read back: sheet name → rows.</summary>
    public static async Task<Dictionary<string, List<IDictionary<string, object?>>>> GrassExcelAsync(this AppFixture app, string user, string path)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        using var stream = new MemoryStream(await r.Content.ReadAsByteArrayAsync());
        var sheets = new Dictionary<string, List<IDictionary<string, object?>>>();
        foreach (var name in stream.GetSheetNames())
        {
            sheets[name] = stream.Query(useHeaderRow: true, sheetName: name).Cast<IDictionary<string, object?>>().ToList();
        }
        return sheets;
    }

    public static async Task<HttpStatusCode> GrassStatusAsync(this AppFixture app, string user, string path)
    {
        var client = await app.ClientForAsync(user);
        return (await client.GetAsync(Root + path)).StatusCode;
    }

    public static bool HasError(this JsonElement problem, string field) => problem.GetProperty("errors").TryGetProperty(field, out _);

    private static async Task<JsonElement> CheckAsync(HttpResponseMessage r, string user, string what, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} {what}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
