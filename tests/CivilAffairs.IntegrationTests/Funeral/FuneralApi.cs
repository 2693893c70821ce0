using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Funeral;

/// <summary>Calls of the funeral API shared by the funeral tests.</summary>
internal static class FuneralApi
{
    public const string Base = "/api/v1/funeral";

    public static async Task<JsonElement> SendAsync(this AppFixture app, string user, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var r = await client.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{method} {path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> GetAsync(this AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        app.SendAsync(user, HttpMethod.Get, path, null, expected);

    public static Task<JsonElement> PostAsync(this AppFixture app, string user, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        app.SendAsync(user, HttpMethod.Post, path, body ?? new { }, expected);

    /// <summary>The id of a funeral home by code, as the city sees them.</summary>
    public static async Task<string> HomeIdAsync(this AppFixture app, string code)
    {
        var homes = await app.GetAsync("city.officer", $"{Base}/homes");
        return homes.EnumerateArray().Single(h => h.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
    }

    public static object Death(string homeId, string idNumber, string diedOn, string hukou = "440304", bool diedInShenzhen = true) => new
    {
        homeId, idNumber, name = "测试逝者", hukouDivisionCode = hukou, diedOn, place = "Hospital", placeText = "深圳市人民医院", diedInShenzhen,
        deathCertificateNumber = "Q" + Guid.NewGuid().ToString("N")[..9].ToUpperInvariant(),
    };

    /// <summary>The eight items of 2017-09 at their standards except storage (5 days × 60 = 300 against 180) and a dearer farewell room (600 against 400), plus an extra.</summary>
    public static object Services2017() => new
    {
        items = new object[]
        {
            new { itemCode = "transport", quantity = 1, unitPrice = 300 },
            new { itemCode = "storage", quantity = 5, unitPrice = 60 },
            new { itemCode = "farewell", quantity = 1, unitPrice = 600 },
            new { itemCode = "cremation", quantity = 1, unitPrice = 500 },
            new { itemCode = "ashes", quantity = 1, unitPrice = 500 },
            new { itemCode = "disinfection", quantity = 1, unitPrice = 50 },
            new { itemCode = "body_bag", quantity = 1, unitPrice = 50 },
            new { itemCode = "urn", quantity = 1, unitPrice = 50 },
            new { name = "鲜花布置", quantity = 1, unitPrice = 600 },
        },
    };
}
