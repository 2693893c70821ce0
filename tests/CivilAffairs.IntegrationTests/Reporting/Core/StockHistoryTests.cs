using System.Globalization;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Shared;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.Core;

/// <summary>
/// A stock's monthly history (households enrolled, beds, social workers in post …) is built from
/// each record's start and end month with a running sum. On the demo data of every module it must
/// give, month by month and community by community, exactly what counting the records standing
/// at each month's end gives.
/// </summary>
public abstract class StockHistoryTests(AppFixture app)
{
    [Fact]
    public async Task Every_additive_stock_has_the_same_history_from_starts_and_ends_as_from_counting_each_month()
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDb>();
        var catalog = scope.ServiceProvider.GetRequiredService<ReportingCatalog>();
        var options = scope.ServiceProvider.GetRequiredService<ReportingOptions>();
        var sqlite = db.IsSqlite;
        var division = StockSql.Division(options.CityCode);
        // 2016-03 .. 2027-02: rows that began before the first month and rows still open after the last
        const int from = 201603, to = 202702;
        var checkedMetrics = 0;
        var rows = 0;
        foreach (var m in catalog.StoredMetrics.Where(m => m.Kind == MetricKind.Stock))
        {
            var arg = StockSql.AdditiveArgument(m.Measure);
            if (arg is null)
            {
                continue;
            }
            var running = await ReadAsync(db, StockSql.Running(m, arg, from, to, sqlite, division));
            var counted = await ReadAsync(db, StockSql.Joined(m, from, to, sqlite, division));
            Assert.True(counted.SetEquals(running),
                $"{m.Key}: {counted.Except(running).FirstOrDefault()} counted but not in the running sum, {running.Except(counted).FirstOrDefault()} the other way");
            checkedMetrics++;
            rows += counted.Count;
        }
        // the demo has records standing for most stocks: a check over empty histories would prove nothing
        Assert.True(checkedMetrics >= 25, $"only {checkedMetrics} additive stocks");
        Assert.True(rows > 1000, $"only {rows} month × community figures");
    }

    [Theory]
    [InlineData("count(*)", "1")]
    [InlineData("sum(beds)", "beds")]
    [InlineData("SUM(CASE WHEN a > 0 THEN a ELSE 0 END)", "CASE WHEN a > 0 THEN a ELSE 0 END")]
    [InlineData("max(amount)", null)]
    [InlineData("count(distinct ref)", null)]
    [InlineData("sum(a) + sum(b)", null)]
    [InlineData("sum(distinct a)", null)]
    public void Only_counts_and_sums_are_built_from_starts_and_ends(string measure, string? argument) =>
        Assert.Equal(argument, StockSql.AdditiveArgument(measure));

    private static async Task<HashSet<string>> ReadAsync(ReportingDb db, string select)
    {
        var set = new HashSet<string>();
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"SELECT p, d, v FROM ({select}) s WHERE v IS NOT NULL";
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                var v = Convert.ToDecimal(r.GetValue(2), CultureInfo.InvariantCulture);
                set.Add($"{Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture)} {r.GetString(1)} {v:0.##}");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return set;
    }
}

[Collection(SqliteCollection.Name)]
public sealed class StockHistorySqliteTests(SqliteApp app) : StockHistoryTests(app);

[Collection(PostgresCollection.Name)]
public sealed class StockHistoryPostgresTests(PostgresApp app) : StockHistoryTests(app);
