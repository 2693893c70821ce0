using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Shared;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Reporting.Features.Facts;

/// <summary>
/// Writes the monthly figures from the views, one set-based INSERT … SELECT per metric. An
/// incremental run recomputes only the months from (last month refreshed − late months) to the
/// current month, because records are entered late but not years late; a full run rebuilds a
/// metric from its first month. Each metric is replaced in its own transaction, so a reader sees
/// either the old or the new figures of a metric, never half.
/// </summary>
internal sealed partial class FactsRefresher(ReportingDb db, ReportingCatalog catalog, ReportingOptions options, TimeProvider clock, ILogger<FactsRefresher> log)
{
    public async Task<RefreshRun> RefreshAsync(bool full, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var watch = Stopwatch.StartNew();
        var current = Months.Of(ChinaTime.Today(clock));
        var states = await db.RefreshStates.ToDictionaryAsync(s => s.MetricKey, ct);
        var errors = new StringBuilder();
        int rows = 0, metrics = 0, from = current, to = current;
        foreach (var m in catalog.StoredMetrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            states.TryGetValue(m.Key, out var state);
            int? first = full || state is null || state.FirstPeriod == 0 ? await FirstMonthAsync(m, ct) : state.FirstPeriod;
            var start = first is null ? current
                : full || state is null ? first.Value
                : Math.Max(first.Value, Months.Add(Math.Min(state.ThroughPeriod, current), -options.LateMonths));
            try
            {
                rows += await ReplaceAsync(m, start, current, ct);
                metrics++;
                from = Math.Min(from, start);
                if (state is null)
                {
                    state = new RefreshState { MetricKey = m.Key };
                    db.RefreshStates.Add(state);
                    states[m.Key] = state;
                }
                state.FirstPeriod = first ?? 0;
                state.ThroughPeriod = current;
                state.RefreshedAt = clock.GetUtcNow();
            }
            catch (DbException ex)
            {
                // one broken metric must not stop the others; the run records it and the page shows it
                MetricFailed(log, ex, m.Key);
                errors.Append(m.Key).Append(": ").Append(ex.Message).AppendLine();
            }
        }
        var run = new RefreshRun
        {
            Id = Guid.CreateVersion7(started), StartedAt = started, FinishedAt = clock.GetUtcNow(), Mode = full ? "全量" : "增量",
            FromPeriod = from, ToPeriod = to, Metrics = metrics, Rows = rows, Milliseconds = watch.ElapsedMilliseconds,
            StartedBy = db.Scope.User.UserName, Errors = errors.Length == 0 ? null : errors.ToString()[..Math.Min(errors.Length, 4000)],
        };
        db.RefreshRuns.Add(run);
        await db.SaveChangesAsync(ct);
        Refreshed(log, full ? "full" : "incremental", metrics, rows, from, to, run.Milliseconds);
        return run;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Refreshing metric {Metric} failed")]
    private static partial void MetricFailed(ILogger logger, Exception ex, string metric);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reporting refresh ({Mode}): {Metrics} metrics, {Rows} rows, {From}-{To} in {Ms} ms")]
    private static partial void Refreshed(ILogger logger, string mode, int metrics, int rows, int from, int to, long ms);

    private async Task<int?> FirstMonthAsync(ReportingMetric m, CancellationToken ct)
    {
        var sqlite = db.IsSqlite;
        var view = ViewSql.ViewName(m.View, sqlite);
        var sql = $"SELECT min({m.DateColumn}) FROM {view} WHERE {m.DateColumn} IS NOT NULL{(m.Filter is null ? "" : $" AND ({m.Filter})")}";
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            var v = await cmd.ExecuteScalarAsync(ct);
            if (v is null or DBNull)
            {
                return null;
            }
            var date = v switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                _ => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)![..10], CultureInfo.InvariantCulture),
            };
            return Math.Max(Months.Of(date), options.FirstYear * 100 + 1);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<int> ReplaceAsync(ReportingMetric m, int from, int to, CancellationToken ct)
    {
        var sqlite = db.IsSqlite;
        var facts = ViewSql.ViewName("monthly_facts", sqlite);
        var select = m.Kind == MetricKind.Flow ? FlowSelect(m, from, to, sqlite) : StockSelect(m, from, to, sqlite);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // names and SQL come from the catalog checked at start-up, values are parameters
        var delete = $"DELETE FROM {facts} WHERE metric_key = {{0}} AND period >= {{1}} AND period <= {{2}}";
        var insert = $"INSERT INTO {facts} (metric_key, period, division_code, district_code, value) SELECT {{0}}, p, d, substr(d, 1, 6), v FROM ({select}) agg WHERE v IS NOT NULL";
        await db.Database.ExecuteSqlRawAsync(delete, [m.Key, from, to], ct);
        var n = await db.Database.ExecuteSqlRawAsync(insert, [m.Key], ct);
        await tx.CommitAsync(ct);
        return n;
    }

    private string Division => StockSql.Division(options.CityCode);

    private string FlowSelect(ReportingMetric m, int from, int to, bool sqlite)
    {
        var view = ViewSql.ViewName(m.View, sqlite);
        var col = m.DateColumn!;
        var lo = ViewSql.DateLiteral(Months.FirstDay(from), sqlite);
        var hi = ViewSql.DateLiteral(Months.FirstDay(Months.Add(to, 1)), sqlite);
        return $"SELECT {ViewSql.MonthOf(col, sqlite)} AS p, {Division} AS d, {m.Measure} AS v FROM {view} " +
               $"WHERE {col} >= {lo} AND {col} < {hi}{(m.Filter is null ? "" : $" AND ({m.Filter})")} GROUP BY 1, 2";
    }

    private string StockSelect(ReportingMetric m, int from, int to, bool sqlite) => StockSql.Select(m, from, to, sqlite, Division);
}

/// <summary>yyyymm arithmetic.</summary>
internal static class Months
{
    public static int Of(DateOnly d) => d.Year * 100 + d.Month;

    public static int Add(int period, int months)
    {
        var total = (period / 100) * 12 + (period % 100 - 1) + months;
        return (total / 12) * 100 + total % 12 + 1;
    }

    public static DateOnly FirstDay(int period) => new(period / 100, period % 100, 1);
}
