using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.IntegrationTests.ElderCare.Adaptation;

/// <summary>Calls to /api/v1/eldercare for the adaptation, workforce and reports tests (names prefixed to stay apart from other areas' helpers).</summary>
internal static class AdaptationApi
{
    public const string Root = "/api/v1/eldercare";

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    public static async Task<JsonElement> AdaptPostAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(Root + path, body);
        return await AdaptCheckAsync(r, user, "POST " + path, expected);
    }

    public static async Task<JsonElement> AdaptPutAsync(this AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PutAsJsonAsync(Root + path, body);
        return await AdaptCheckAsync(r, user, "PUT " + path, expected);
    }

    public static async Task<JsonElement> AdaptGetAsync(this AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        return await AdaptCheckAsync(r, user, "GET " + path, expected);
    }

    public static async Task<byte[]> AdaptBytesAsync(this AppFixture app, string user, string path)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsByteArrayAsync();
    }

    public static async Task<JsonElement> AdaptUploadAsync(this AppFixture app, string user, Guid caseId, byte[] content, string fileName, HttpStatusCode expected)
    {
        var client = await app.ClientForAsync(user);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new("image/png");
        form.Add(file, "file", fileName);
        var r = await client.PostAsync($"{Root}/adaptations/{caseId}/photos", form);
        return await AdaptCheckAsync(r, user, "upload", expected);
    }

    /// <summary>A registry resident with Shenzhen 户籍 (or not), of the given age today (China time).</summary>
    public static async Task<string> AdaptElderAsync(this AppFixture app, string division, int age, bool shenzhenHukou = true, int extraDays = 40)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var birth = today.AddYears(-age).AddDays(-extraDays);
        var id = IdNumber.Create(division[..6], birth, Random.Shared.Next(100, 999));
        var client = await app.ClientForAsync("admin");
        var r = await client.PostAsJsonAsync("/api/v1/persons", new
        {
            idNumber = id, name = "长者" + Guid.NewGuid().ToString("N")[..4], divisionCode = division,
            hukouDivisionCode = shenzhenHukou ? division : null, isShenzhenHukou = shenzhenHukou,
        });
        Assert.True(r.StatusCode == HttpStatusCode.Created, $"creating an elder: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return id;
    }

    /// <summary>handrail 3×180 + toilet 650 + monitor 2600 = 3790 yuan.</summary>
    public static object Assessment(string assessedOn) => new
    {
        assessedOn, assessor = "梁评估", findings = "卫生间无扶手",
        measures = new object[]
        {
            new { code = "handrail", quantity = 3, unitCost = 180m }, new { code = "toilet", quantity = 1, unitCost = 650m }, new { code = "monitor", quantity = 1, unitCost = 2600m },
        },
    };

    public static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    public static Guid AdaptId(this JsonElement e) => e.GetProperty("id").GetGuid();

    private static async Task<JsonElement> AdaptCheckAsync(HttpResponseMessage r, string user, string what, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} {what}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
