using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Rescue;

/// <summary>Calls of the rescue casework API shared by its tests.</summary>
internal static class CasesApi
{
    public const string Base = "/api/v1/rescue";

    public static async Task<JsonElement> CallAsync(this AppFixture app, string user, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        var r = await client.SendAsync(request);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(expected == r.StatusCode, $"{method} {path} as {user}: {(int)r.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<JsonElement> RescueGetAsync(this AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK) =>
        app.CallAsync(user, HttpMethod.Get, path, null, expected);

    public static Task<JsonElement> RescuePostAsync(this AppFixture app, string user, string path, object? body, HttpStatusCode expected = HttpStatusCode.OK) =>
        app.CallAsync(user, HttpMethod.Post, path, body ?? new { }, expected);

    /// <summary>An intake without ID: a person found today in 福田街道 (or the street given).</summary>
    public static object Intake(string sex = "Male", int? age = 45, string street = "440304004", string? idNumber = null, object[]? belongings = null) => new
    {
        foundPlace = "福田口岸公交站", foundDivisionCode = street, foundAt = DateTimeOffset.UtcNow.AddHours(-2).ToString("o"), foundBy = "Police", foundByUnit = "福田派出所",
        policeEscorted = true, sex, estimatedAge = age, idNumber, heightCm = 168, build = "偏瘦", accent = "湖南口音", health = "良好", mentalState = "正常",
        intellectualState = "正常", clothing = "深色夹克", belongings = belongings ?? [new { item = "手机", quantity = 1, note = "无电" }],
    };

    public static async Task<JsonElement> AdmitAsync(this AppFixture app, object intake) =>
        await app.RescuePostAsync("rescue.station", $"{Base}/cases", intake, HttpStatusCode.Created);

    public static async Task<string> RoomIdAsync(this AppFixture app, string code)
    {
        var rooms = await app.RescueGetAsync("rescue.station", $"{Base}/rooms");
        return rooms.EnumerateArray().Single(r => r.GetProperty("code").GetString() == code).GetProperty("id").GetString()!;
    }
}
