using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Disaster;

/// <summary>Calls to /api/v1/disaster as a demo account, failing the test with the body when the status is not the expected one.</summary>
internal static class DisasterApi
{
    public const string Root = "/api/v1/disaster";

    public static async Task<JsonElement> PostAsync(AppFixture app, string user, string path, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.PostAsJsonAsync(Root + path, body);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} POST {path}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GetAsync(AppFixture app, string user, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"{user} GET {path}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<byte[]> BytesAsync(AppFixture app, string user, string path)
    {
        var client = await app.ClientForAsync(user);
        var r = await client.GetAsync(Root + path);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsByteArrayAsync();
    }

    public static Guid Id(this JsonElement e) => e.GetProperty("id").GetGuid();

    /// <summary>A new event recorded by the city (start date a few days before the app's today).</summary>
    public static async Task<Guid> EventAsync(AppFixture app, string start)
    {
        var e = await PostAsync(app, "city.officer", "/events", new
        {
            name = "测试暴雨" + Guid.NewGuid().ToString("N")[..4], type = "Rainstorm", level = 4, startDate = start, affectedDivisions = "440304,440305",
        }, HttpStatusCode.Created);
        return e.Id();
    }

    /// <summary>A shelter in 福田街道 opened for the event; returns the opening id.</summary>
    public static async Task<Guid> OpenShelterAsync(AppFixture app, Guid eventId, int capacity, string division = "440304004")
    {
        var s = await PostAsync(app, "city.officer", "/shelters", new
        {
            name = "测试避灾场所" + Guid.NewGuid().ToString("N")[..6], divisionCode = division, address = "福田区测试路1号", capacity,
        }, HttpStatusCode.Created);
        var o = await PostAsync(app, "city.officer", $"/events/{eventId}/shelters", new { shelterId = s.Id() }, HttpStatusCode.Created);
        return o.Id();
    }

    public static async Task<JsonElement> HouseholdAsync(AppFixture app, Guid eventId, string damage, string user = "futian.clerk", string division = "440304004")
    {
        return await PostAsync(app, user, $"/events/{eventId}/households", new
        {
            headIdNumber = Ids.New(division[..6], 1965), headName = "测试户主", divisionCode = division, address = "测试社区8栋101", members = 3, damage,
            injured = 1, propertyLoss = 12000,
        }, HttpStatusCode.Created);
    }

    public static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"disaster-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
