using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Features.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.StatReports;

/// <summary>Helpers of the statistical-table tests: tables over the funeral metrics (published already), fresh codes per test.</summary>
internal static class StatReportsApi
{
    public const string Base = "/api/v1/reporting/tables";

    public static string NewCode(string prefix) => $"{prefix}{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A yearly list table: three funeral rows, columns 本期 / 上年同期 / 增减%.</summary>
    public static object ListTable(string code, string metric2 = "funeral.free.amount") => new
    {
        code, title = "殡葬服务情况（年报）", formNumber = "深民统9表", authority = "深圳市民政局", approvalNumber = "深民函〔2018〕9号",
        validUntil = "2027-12-31", periodKind = "Yearly", dueWorkingDays = 15, rowMode = "List",
        rows = new[] { new { label = "免除基本殡葬服务费用人数", metric = "funeral.free.persons" }, new { label = "免除金额", metric = metric2 },
            new { label = "火化遗体", metric = "funeral.cremations" } },
        columns = new object[] { new { header = "本期", measure = "Value" }, new { header = "上年同期", measure = "Previous" }, new { header = "增减%", measure = "Change" } },
    };

    /// <summary>A yearly table by division: free services and cremations.</summary>
    public static object DivisionTable(string code) => new
    {
        code, title = "殡葬服务分区情况（年报）", formNumber = "深民统8表", authority = "深圳市民政局", approvalNumber = "深民函〔2018〕8号",
        validUntil = "2027-12-31", periodKind = "Yearly", dueWorkingDays = 15, rowMode = "Divisions",
        columns = new object[] { new { header = "免除人数", metric = "funeral.free.persons", measure = "Value" }, new { header = "火化遗体", metric = "funeral.cremations", measure = "Value" } },
    };

    public static async Task DefineAsync(this AppFixture app, object table)
    {
        var r = await (await app.ClientForAsync("city.officer")).PostAsJsonAsync(Base, table);
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    public static string Path(string code, string period, string? action = null, string? division = null) =>
        $"{Base}/{Uri.EscapeDataString(code)}/{period}{(action is null ? "" : "/" + action)}{(division is null ? "" : "?division=" + division)}";

    public static async Task<JsonElement> OkAsync(this Task<HttpResponseMessage> call)
    {
        var r = await call;
        var text = await r.Content.ReadAsStringAsync();
        Assert.True(r.StatusCode == HttpStatusCode.OK, $"{(int)r.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static decimal? Cell(this JsonElement view, int row, int column)
    {
        var v = view.GetProperty("rows")[row].GetProperty("cells")[column].GetProperty("value");
        return v.ValueKind == JsonValueKind.Null ? null : v.GetDecimal();
    }

    /// <summary>The figure as MetricValues gives it (read as the system, which sees every division).</summary>
    public static async Task<MetricFigure> FigureAsync(this AppFixture app, string key, Period period, string division)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("stat-reports-test");
        return await scope.ServiceProvider.GetRequiredService<MetricValues>().FigureAsync(key, period, division, default);
    }

    /// <summary>A second district approver of 福田 (the checker of maker–checker).</summary>
    public static async Task<HttpClient> FutianCheckerAsync(this AppFixture app) =>
        await app.ClientForAsync((await app.OnceAsync("stat-futian-checker", () => app.CreateUserAsync(Roles.DistrictApprover, "440304"))).UserName);
}
