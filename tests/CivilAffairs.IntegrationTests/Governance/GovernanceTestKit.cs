using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Governance;

/// <summary>Helpers for the governance API tests (prefixed to stay apart from other areas' helpers).</summary>
public static class GovernanceTestKit
{
    /// <summary>Today in China: the app computes deadlines and statuses on this day.</summary>
    public static DateOnly GovToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string GovUnique() => Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>POSTs and fails the test unless the status is the one expected; returns the JSON body.</summary>
    public static async Task<JsonElement> GovPostAsync(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await client.PostAsJsonAsync(url, body);
        var text = await r.Content.ReadAsStringAsync();
        if (expected == HttpStatusCode.OK && r.StatusCode == HttpStatusCode.Created)
        {
            expected = HttpStatusCode.Created;
        }
        Assert.True(r.StatusCode == expected, $"POST {url}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<JsonElement> GovGetAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var r = await client.GetAsync(url);
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The detail of a 409/403 problem.</summary>
    public static string GovProblem(this JsonElement problem) =>
        problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : problem.TryGetProperty("title", out var t) ? t.GetString() ?? "" : problem.ToString();

    public static async Task<JsonElement> GovNewPolicyAsync(this AppFixture app, string? supersedes = null, DateOnly? effective = null, string kind = "Normative")
    {
        var office = await app.ClientForAsync("city.office");
        var number = $"深民规〔2031〕{GovUnique()}号";
        var day = effective ?? GovToday.AddDays(-10);
        return await office.GovPostAsync("/api/v1/governance/policies", new
        {
            number, title = "测试规范性文件" + number, issuingBody = "深圳市民政局", kind, signedOn = day.AddDays(-5), publishedOn = day.AddDays(-1), effectiveFrom = day,
            supersedesNumber = supersedes, fullText = "检索关键词" + number,
        });
    }
}
