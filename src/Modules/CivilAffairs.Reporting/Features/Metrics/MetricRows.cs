using System.Data.Common;
using System.Globalization;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.Metrics;

/// <summary>The rows of a view behind a figure, a page at a time.</summary>
public sealed record MetricRowsPage(
    string Key, string View, string Period, string Division, int Total, int Page, int PageSize,
    IReadOnlyList<ReportingColumn> Columns, IReadOnlyList<MetricRow> Rows, string Query);

/// <summary>One row: the declared columns' values as text, and the staff page of the record when the view gives one.</summary>
public sealed record MetricRow(IReadOnlyList<string?> Values, string? Link);

/// <summary>
/// Drill-down: the records a figure counts, read from the metric's view with the same period,
/// filter and place as the figure, so the list adds up to the number. The place is always inside
/// the user's jurisdiction (MetricValues.ResolveDivision), and the rows of a module need that
/// module's read permission: a 低保 clerk sees the dashboard's totals for funerals, not the cases.
/// </summary>
internal sealed class MetricRows(ReportingDb db, MetricValues values)
{
    public const int MaxPageSize = 200;

    public async Task<MetricRowsPage> PageAsync(string key, Period period, string? division, int page, int pageSize, CancellationToken ct)
    {
        var m = values.Metric(key);
        if (m.Kind == MetricKind.Ratio)
        {
            throw new BusinessRuleException("比率指标没有明细，请查看其分子、分母指标的明细");
        }
        var view = values.Catalog.View(m.View)!;
        var read = view.RowsPermission ?? values.Catalog.ModuleOf(m) + ".read";
        if ((Permissions.All.Contains(read) || view.RowsPermission is not null) && !db.Scope.User.Has(read))
        {
            throw new ForbiddenException("您的角色无权查看该业务的明细记录");
        }
        var d = values.ResolveDivision(division);
        var through = await db.RefreshStates.AsNoTracking().Where(s => s.MetricKey == m.Key).Select(s => s.ThroughPeriod).FirstOrDefaultAsync(ct);
        var where = Where(m, period, d, db.IsSqlite, through);
        var table = ViewSql.ViewName(m.View, db.IsSqlite);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            int total;
            await using (var cmd = Command(conn, $"SELECT count(*) FROM {table} WHERE {where}", d))
            {
                total = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            }
            var rows = new List<MetricRow>();
            await using (var cmd = Command(conn, $"SELECT * FROM {table} WHERE {where} ORDER BY {m.DateColumn} DESC LIMIT {pageSize} OFFSET {(page - 1) * pageSize}", d))
            await using (var r = await cmd.ExecuteReaderAsync(ct))
            {
                var ordinals = Enumerable.Range(0, r.FieldCount).ToDictionary(r.GetName, i => i, StringComparer.OrdinalIgnoreCase);
                while (await r.ReadAsync(ct))
                {
                    var vals = view.Columns.Select(c => ordinals.TryGetValue(c.Name, out var i) && !r.IsDBNull(i) ? Text(r.GetValue(i)) : null).ToList();
                    var link = ordinals.TryGetValue("link", out var li) && !r.IsDBNull(li) ? Convert.ToString(r.GetValue(li), CultureInfo.InvariantCulture) : null;
                    rows.Add(new(vals, link is not null && link.StartsWith('/') ? link : null));
                }
            }
            return new(m.Key, m.View, period.Label, d, total, page, pageSize, view.Columns, rows, Describe(m, period, d));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The figure as one readable SQL statement over its view: what an auditor re-runs to check a number.</summary>
    public static string Describe(ReportingMetric m, Period period, string division)
    {
        if (m.Kind == MetricKind.Ratio)
        {
            return $"{m.Numerator} ÷ {m.Denominator} × 100";
        }
        return $"SELECT {m.Measure} FROM reporting.{m.View} WHERE {Where(m, period, division, sqlite: false, through: 0)}".Replace("@division", $"'{division}'", StringComparison.Ordinal);
    }

    private static string Where(ReportingMetric m, Period period, string division, bool sqlite, int through)
    {
        string Lit(DateOnly x) => sqlite ? $"'{x:yyyy-MM-dd}'" : $"DATE '{x:yyyy-MM-dd}'";
        var place = ReportingCatalog.IsLevel(m)
            ? $"(division_code LIKE '{division}%' OR @division LIKE division_code || '%')"
            : $"division_code LIKE '{division}%'";
        string when;
        if (m.Kind == MetricKind.Flow)
        {
            when = $"{m.DateColumn} >= {Lit(Months.FirstDay(period.From))} AND {m.DateColumn} < {Lit(Months.FirstDay(Months.Add(period.To, 1)))}";
        }
        else
        {
            var at = through > 0 ? Math.Min(period.To, through) : period.To;
            var next = Lit(Months.FirstDay(Months.Add(at, 1)));
            when = $"{m.DateColumn} < {next}" + (m.EndColumn is null ? "" : $" AND ({m.EndColumn} IS NULL OR {m.EndColumn} >= {next})");
        }
        return $"{when} AND {place}{(m.Filter is null ? "" : $" AND ({m.Filter})")}";
    }

    private static DbCommand Command(DbConnection conn, string sql, string division)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var p = cmd.CreateParameter();
        p.ParameterName = "@division";
        p.Value = division;
        cmd.Parameters.Add(p);
        return cmd;
    }

    private static string? Text(object v) => v switch
    {
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal x => x.ToString("0.##", CultureInfo.InvariantCulture),
        double x => x.ToString("0.##", CultureInfo.InvariantCulture),
        _ => Convert.ToString(v, CultureInfo.InvariantCulture),
    };
}
