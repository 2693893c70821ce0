using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CivilAffairs.IntegrationTests.Community.MicroProjects;

/// <summary>Helpers of the 民生微实事 tests (prefixed Micro so they never clash with other areas' extensions).</summary>
public static class MicroProjectsTestApi
{
    public const string Fuhua = "440304004022";
    public const string Base = "/api/v1/community/microprojects";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<JsonElement> MicroOkAsync(this HttpResponseMessage r, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<string> MicroProblemAsync(this HttpResponseMessage r, HttpStatusCode expected)
    {
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == expected, $"expected {(int)expected}, got {(int)r.StatusCode}: {text}");
        return text;
    }

    public static Task<HttpResponseMessage> MicroCreateRawAsync(this HttpClient c, string? division, string type, decimal budget, string? title = null,
        string proposerKind = "Residents", string? proposerName = null) =>
        c.PostAsJsonAsync(Base, new
        {
            divisionCode = division, type, theme = "Convenience", title = title ?? "测试项目" + Guid.NewGuid().ToString("N")[..6],
            description = "在社区党群服务中心开展便民服务，服务社区居民。", proposerKind, proposerName, proposerCount = 25, beneficiaries = 200, budget,
        });

    public static async Task<JsonElement> MicroCreateAsync(this HttpClient c, string? division, string type, decimal budget, string? title = null,
        string proposerKind = "Residents", string? proposerName = null) =>
        await (await c.MicroCreateRawAsync(division, type, budget, title, proposerKind, proposerName)).MicroOkAsync(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> MicroVoteAsync(this HttpClient c, Guid id, int votesFor, int against, int abstain = 0) =>
        c.PostAsJsonAsync($"{Base}/{id}/review", new { meetingOn = Day(Today), attendees = votesFor + against + abstain + 3, votesFor, votesAgainst = against, votesAbstain = abstain });

    public static Task<HttpResponseMessage> MicroStepAsync(this HttpClient c, Guid id, string step, object? body = null) =>
        c.PostAsJsonAsync($"{Base}/{id}/{step}", body ?? new { });

    public static Guid MicroId(this JsonElement e) => e.GetProperty("id").GetGuid();

    public static string MicroStage(this JsonElement e) => e.GetProperty("stage").GetString()!;
}
