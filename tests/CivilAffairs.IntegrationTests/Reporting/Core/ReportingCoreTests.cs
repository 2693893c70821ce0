using System.Net;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CivilAffairs.IntegrationTests.Funeral.FuneralApi;

namespace CivilAffairs.IntegrationTests.Reporting.Core;

/// <summary>
/// The statistics engine against hand-counted records: cases created through the funeral API in a
/// month nobody else uses move that month's figures by exactly their number and amount, the rows
/// behind a figure add up to it, and places outside one's jurisdiction are refused.
/// </summary>
public abstract class ReportingCoreTests(AppFixture app)
{
    private const string R = "/api/v1/reporting";

    [Fact]
    public async Task Cases_recorded_in_a_month_move_its_figures_by_exactly_their_count_and_waivers_and_the_rows_add_up()
    {
        const string month = "2023-07";
        var before = await FigureAsync("city.officer", "funeral.cremations", month);
        var amountBefore = await FigureAsync("city.officer", "funeral.free.amount", month);
        var sz = await app.HomeIdAsync("SZ");
        var waived = 0m;
        var certificates = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var c = await app.PostAsync("funeral.home", $"{Base}/cases", Death(sz, Ids.New("440304", 1940 + i), $"2023-07-0{i + 2}"), HttpStatusCode.Created);
            var id = c.GetProperty("id").GetString();
            await app.SendAsync("funeral.home", HttpMethod.Put, $"{Base}/cases/{id}/services", Services2017(), HttpStatusCode.OK);
            var v = await app.PostAsync("funeral.home", $"{Base}/cases/{id}/cremation", new { crematedOn = $"2023-07-1{i}" });
            waived += v.GetProperty("waiver").GetDecimal();
            certificates.Add(v.GetProperty("cremationCertificateNumber").GetString()!);
        }
        // nothing moves until the figures are refreshed: dashboards read the monthly table
        Assert.Equal(before, await FigureAsync("city.officer", "funeral.cremations", month));
        var run = await app.PostAsync("city.officer", $"{R}/refresh?full=true", null);
        Assert.True(run.GetProperty("metrics").GetInt32() > 0);

        Assert.Equal(before + 3, await FigureAsync("city.officer", "funeral.cremations", month));
        Assert.Equal(amountBefore + waived, await FigureAsync("city.officer", "funeral.free.amount", month));
        Assert.Equal(6090m, waived); // 3 × 2,030: the 2017 catalogue's cap

        // the year's months carry July's figure, and the rows behind July add up to it and include the three
        var year = await app.GetAsync("city.officer", $"{R}/metrics/funeral.cremations?period=2023");
        var july = year.GetProperty("months").EnumerateArray().Single(m => m.GetProperty("period").GetInt32() == 202307);
        Assert.Equal(before + 3, july.GetProperty("value").GetDecimal());
        var rows = await app.GetAsync("city.officer", $"{R}/metrics/funeral.cremations/rows?period={month}&pageSize=200");
        Assert.Equal((int)(before + 3), rows.GetProperty("total").GetInt32());
        var refs = rows.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("values")[0].GetString()).ToList();
        Assert.All(certificates, c => Assert.Contains(c, refs));
        Assert.Contains("reporting.funeral_cases", rows.GetProperty("query").GetString());
        Assert.StartsWith("/funeral/cases/", rows.GetProperty("rows")[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task A_district_sees_its_own_figures_and_is_refused_another_district_and_a_clerk_sees_totals_not_case_rows()
    {
        var city = await FigureAsync("city.officer", "funeral.cremations", "2026");
        var futian = await FigureAsync("futian.district", "funeral.cremations", "2026");
        var detail = await app.GetAsync("city.officer", $"{R}/metrics/funeral.cremations?period=2026");
        var byDistrict = detail.GetProperty("places").EnumerateArray().ToDictionary(p => p.GetProperty("divisionCode").GetString()!, p => p.GetProperty("value").GetDecimal());
        Assert.Equal(city, byDistrict.Values.Sum());
        Assert.Equal(byDistrict.GetValueOrDefault("440304"), futian);
        Assert.Equal("440304", (await app.GetAsync("futian.district", $"{R}/metrics/funeral.cremations?period=2026")).GetProperty("figure").GetProperty("division").GetString());

        var other = await (await app.ClientForAsync("futian.district")).GetAsync($"{R}/metrics/funeral.cremations?period=2026&division=440305");
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains("辖区", await other.Content.ReadAsStringAsync());

        // the clerk has reporting.read but not funeral.read: the total yes, the cases no
        await app.GetAsync("futian.clerk", $"{R}/metrics/funeral.cremations?period=2026");
        await app.GetAsync("futian.clerk", $"{R}/metrics/funeral.cremations/rows?period=2026", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Refreshing_needs_reporting_manage_and_bad_periods_and_unknown_metrics_are_clear_errors()
    {
        var clerk = await app.ClientForAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"{R}/refresh", null)).StatusCode);
        Assert.Contains("统计期", await (await clerk.GetAsync($"{R}/metrics/funeral.cremations?period=2018-13")).FieldErrorAsync("period"));
        var unknown = await clerk.GetAsync($"{R}/metrics/funeral.nothing?period=2018");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("funeral.nothing", await unknown.Content.ReadAsStringAsync());

        var run = await app.PostAsync("city.officer", $"{R}/refresh", null);
        Assert.Equal("增量", run.GetProperty("mode").GetString());
        var runs = await app.GetAsync("city.officer", $"{R}/refresh-runs");
        Assert.Contains(runs.EnumerateArray(), r => r.GetProperty("id").GetString() == run.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Every_published_view_answers_and_none_exposes_a_personal_column()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var metrics = await app.GetAsync("admin", $"{R}/metrics");
        var views = metrics.EnumerateArray().Where(m => m.GetProperty("kind").GetString() != "Ratio").Select(m => m.GetProperty("view").GetString()!).Distinct().ToList();
        Assert.NotEmpty(views);
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            foreach (var v in views)
            {
                await using var cmd = conn.CreateCommand();
                cmd.CommandText = db.IsSqlite ? $"SELECT * FROM \"reporting_{v}\" LIMIT 1" : $"SELECT * FROM \"reporting\".\"{v}\" LIMIT 1";
                await using var r = await cmd.ExecuteReaderAsync();
                var columns = Enumerable.Range(0, r.FieldCount).Select(r.GetName).ToList();
                Assert.Contains("division_code", columns);
                Assert.DoesNotContain(columns, c => c is "name" or "id_number" or "phone" or "address" || c.EndsWith("_name", StringComparison.Ordinal) && !c.StartsWith("division", StringComparison.Ordinal)
                    || c.Contains("id_number", StringComparison.Ordinal) || c.Contains("phone", StringComparison.Ordinal) || c.Contains("address", StringComparison.Ordinal));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<decimal> FigureAsync(string user, string key, string period)
    {
        var r = await app.GetAsync(user, $"{R}/metrics/{key}?period={period}");
        return r.GetProperty("figure").GetProperty("value").GetDecimal();
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ReportingCoreSqliteTests(SqliteApp app) : ReportingCoreTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ReportingCorePostgresTests(PostgresApp app) : ReportingCoreTests(app);
