using System.Data.Common;
using System.Globalization;
using CivilAffairs.Contracts.Reporting;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Shared;
using CivilAffairs.Reporting.Features.Views;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.Metrics;

/// <summary>A metric's value for a period and a place, with the same period a year earlier.</summary>
/// <param name="Change">Percent change on the year before; for a ratio, the difference in percentage points.</param>
public sealed record MetricFigure(
    string Key, string Title, string Unit, int Decimals, MetricKind Kind, string Period, string Division,
    decimal? Value, decimal? Previous, decimal? Change, bool ChangeInPoints);

/// <summary>One month's value (yyyymm).</summary>
public sealed record MonthValue(int Period, decimal? Value);

/// <summary>A division's value: the places one level below the one asked about.</summary>
public sealed record PlaceValue(string DivisionCode, decimal? Value);

/// <summary>
/// The only reader of the monthly figures: every query carries the user's jurisdiction (a place
/// outside it is refused), so the dashboards, the summary and the statistical tables cannot show
/// another district's numbers. Flows add up the months of the period; stocks take the period's last
/// refreshed month; levels (max/min) take the highest or lowest value in force, the city's
/// included; ratios divide two other metrics.
/// </summary>
internal sealed class MetricValues(ReportingDb db, ReportingCatalog catalog, ReportingOptions options)
{
    public ReportingCatalog Catalog => catalog;

    /// <summary>The division asked about, or the user's whole jurisdiction; refused when outside it.</summary>
    public string ResolveDivision(string? division)
    {
        var j = db.Scope.User.Jurisdiction ?? throw new ForbiddenException("您的账户没有辖区，不能查看统计");
        var own = j.Length == 0 ? options.CityCode : j;
        if (string.IsNullOrWhiteSpace(division))
        {
            return own;
        }
        var d = DivisionCodes.Normalize(division) ?? throw new FieldValidationException("division", "区划代码格式不正确");
        if (!DivisionCodes.IsWithin(d, j) && !(j.Length == 0))
        {
            throw new ForbiddenException("该区划不在您的辖区内");
        }
        return d;
    }

    public ReportingMetric Metric(string key) => catalog.Find(key) ?? throw new NotFoundException($"指标 {key} 不存在");

    public async Task<MetricFigure> FigureAsync(string key, Period period, string? division, CancellationToken ct)
    {
        var m = Metric(key);
        var d = ResolveDivision(division);
        var value = await ValueAsync(m, period, d, ct);
        var prev = await ValueAsync(m, period.PreviousYear(), d, ct);
        decimal? change = m.Kind == MetricKind.Ratio
            ? value - prev
            : value is { } v && prev is { } p && p != 0 ? Math.Round((v - p) / p * 100m, 2) : null;
        return new(m.Key, m.Title, m.Unit, m.Decimals, m.Kind, period.Label, d, value, prev, change, m.Kind == MetricKind.Ratio);
    }

    public async Task<IReadOnlyList<MetricFigure>> FiguresAsync(IEnumerable<string> keys, Period period, string? division, CancellationToken ct)
    {
        var list = new List<MetricFigure>();
        foreach (var k in keys)
        {
            list.Add(await FigureAsync(k, period, division, ct));
        }
        return list;
    }

    /// <summary>The value of a metric in a period and place already checked against the jurisdiction.</summary>
    public async Task<decimal?> ValueAsync(ReportingMetric m, Period period, string division, CancellationToken ct)
    {
        if (m.Kind == MetricKind.Ratio)
        {
            var n = await ValueAsync(Metric(m.Numerator!), period, division, ct);
            var dn = await ValueAsync(Metric(m.Denominator!), period, division, ct);
            return n is { } a && dn is { } b && b != 0 ? Math.Round(a / b * 100m, Math.Max(m.Decimals, 1)) : null;
        }
        var rows = await AggregateAsync(m, period, division, groupByMonth: false, groupLength: null, ct);
        return rows.Count == 0 ? (IsLevel(m) ? null : 0m) : rows[0].Value;
    }

    public async Task<IReadOnlyList<MonthValue>> MonthlyAsync(string key, Period period, string? division, CancellationToken ct)
    {
        var m = Metric(key);
        var d = ResolveDivision(division);
        var list = new List<MonthValue>();
        if (m.Kind == MetricKind.Ratio)
        {
            foreach (var p in period.EachMonth())
            {
                list.Add(new(p, await ValueAsync(m, new Period(p, p), d, ct)));
            }
            return list;
        }
        var rows = await AggregateAsync(m, period, d, groupByMonth: true, groupLength: null, ct);
        var byMonth = rows.ToDictionary(r => int.Parse(r.Group, CultureInfo.InvariantCulture), r => r.Value);
        var through = await ThroughAsync(m, ct);
        foreach (var p in period.EachMonth())
        {
            list.Add(new(p, byMonth.TryGetValue(p, out var v) ? v : p > through ? null : IsLevel(m) ? null : 0m));
        }
        return list;
    }

    /// <summary>Values one level down: a city by district, a district by street, a street by community.</summary>
    public async Task<IReadOnlyList<PlaceValue>> BreakdownAsync(string key, Period period, string? division, CancellationToken ct)
    {
        var m = Metric(key);
        var d = ResolveDivision(division);
        var length = d.Length switch { <= 4 => 6, 6 => 9, _ => 12 };
        if (m.Kind == MetricKind.Ratio)
        {
            var num = await BreakdownAsync(m.Numerator!, period, d, ct);
            var den = (await BreakdownAsync(m.Denominator!, period, d, ct)).ToDictionary(x => x.DivisionCode, x => x.Value);
            return num.Select(x => new PlaceValue(x.DivisionCode,
                x.Value is { } a && den.GetValueOrDefault(x.DivisionCode) is { } b && b != 0 ? Math.Round(a / b * 100m, 1) : null)).ToList();
        }
        var rows = await AggregateAsync(m, period, d, groupByMonth: false, groupLength: length, ct);
        return rows.Where(r => r.Group.Length == length).Select(r => new PlaceValue(r.Group, r.Value)).OrderByDescending(r => r.Value).ToList();
    }

    /// <summary>When the metric's figures were last refreshed (null: never).</summary>
    public async Task<DateTimeOffset?> RefreshedAtAsync(CancellationToken ct)
    {
        // one row per metric, aggregated here: SQLite cannot take Max of a DateTimeOffset
        var all = await db.RefreshStates.AsNoTracking().Select(s => s.RefreshedAt).ToListAsync(ct);
        return all.Count == 0 ? null : all.Max();
    }

    private static bool IsLevel(ReportingMetric m) => ReportingCatalog.IsLevel(m);

    private async Task<int> ThroughAsync(ReportingMetric m, CancellationToken ct) =>
        (await db.RefreshStates.AsNoTracking().FirstOrDefaultAsync(s => s.MetricKey == m.Key, ct))?.ThroughPeriod ?? 0;

    private sealed record Row(string Group, decimal? Value);

    private async Task<List<Row>> AggregateAsync(ReportingMetric m, Period period, string division, bool groupByMonth, int? groupLength, CancellationToken ct)
    {
        var sqlite = db.IsSqlite;
        var facts = ViewSql.ViewName("monthly_facts", sqlite);
        var level = IsLevel(m);
        var agg = level ? (m.Measure.TrimStart().StartsWith("min(", StringComparison.OrdinalIgnoreCase) ? "min" : "max") : "sum";
        int from = period.From, to = period.To;
        if (m.Kind == MetricKind.Stock && !groupByMonth)
        {
            // a stock is what stands at the end of the period, or at the last month refreshed when the period is not over
            var through = await ThroughAsync(m, ct);
            from = to = through == 0 ? period.To : Math.Min(period.To, through);
            if (from < period.From)
            {
                return [];
            }
        }
        var place = level
            ? "(division_code LIKE @prefix OR @division LIKE division_code || '%')"
            : "division_code LIKE @prefix";
        var group = groupByMonth ? "CAST(period AS varchar(12))" : groupLength is { } l ? $"substr(division_code, 1, {l})" : "'all'";
        if (sqlite)
        {
            group = group.Replace("varchar(12)", "TEXT", StringComparison.Ordinal);
        }
        var sql = $"SELECT {group} AS g, {agg}(value) AS v FROM {facts} WHERE metric_key = @key AND period >= @from AND period <= @to AND {place} GROUP BY 1";
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = sql;
            Add(cmd, "@key", m.Key);
            Add(cmd, "@from", from);
            Add(cmd, "@to", to);
            Add(cmd, "@prefix", division + "%");
            Add(cmd, "@division", division);
            var list = new List<Row>();
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                list.Add(new(Convert.ToString(r.GetValue(0), CultureInfo.InvariantCulture)!,
                    r.IsDBNull(1) ? null : Math.Round(Convert.ToDecimal(r.GetValue(1), CultureInfo.InvariantCulture), 4)));
            }
            if (level && groupLength is not null)
            {
                // a child without its own level inherits the one in force above it
                var above = list.Where(x => x.Group.Length < groupLength).Select(x => x.Value).Max();
                list = list.Where(x => x.Group.Length == groupLength).Select(x => x with { Value = Max(x.Value, above) }).ToList();
            }
            return list;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static decimal? Max(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
