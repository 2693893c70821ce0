using CivilAffairs.Contracts.Registry;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>The body of a filled table: headers, units, rows; frozen as JSON at 填报.</summary>
internal sealed record StatBody(IReadOnlyList<string> Headers, IReadOnlyList<string> Units, IReadOnlyList<StatRowView> Rows, IReadOnlyList<string> Missing);

/// <summary>
/// Computes a table's body from <see cref="MetricValues"/> only (never from a module's tables), in
/// the user's jurisdiction. In divisions mode a division below that has 上报 its own table of the
/// same period contributes its submitted 合计 (consolidation); the others are read live and show
/// the state of their own submission. 合计 is the filler's own division's figure.
/// </summary>
internal sealed class StatBodyBuilder(ReportingDb db, MetricValues values, IDivisionDirectory divisions)
{
    private static readonly (string Code, string Name)[] Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"),
        ("440308", "盐田区"), ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"),
    ];

    public async Task<StatBody> BuildAsync(StatTable t, StatLayout layout, Period period, string periodKey, string division, CancellationToken ct)
    {
        var missing = new List<string>();
        var cache = new Dictionary<(string, string), MetricFigure?>();
        async Task<MetricFigure?> Fig(string? key, string place)
        {
            if (key is null || values.Catalog.Find(key) is null)
            {
                if (key is not null && !missing.Contains(key))
                {
                    missing.Add(key);
                }
                return null;
            }
            if (!cache.TryGetValue((key, place), out var f))
            {
                cache[(key, place)] = f = await values.FigureAsync(key, period, place, ct);
            }
            return f;
        }
        var headers = layout.Columns.Select(c => c.Header ?? "").ToList();
        var rows = new List<StatRowView>();
        if (layout.RowMode == StatRowMode.List)
        {
            foreach (var r in layout.Rows)
            {
                var f = await Fig(r.Metric, division);
                rows.Add(new(r.Label ?? "", null, f?.Unit ?? values.Catalog.Find(r.Metric ?? "")?.Unit,
                    layout.Columns.Select(c => Cell(f, c.Measure)).ToList(), null, false));
            }
            return new(headers, layout.Columns.Select(c => c.Measure == StatMeasure.Change ? "%" : "").ToList(), rows, missing);
        }
        var units = layout.Columns.Select(c => c.Measure == StatMeasure.Change ? "%" : values.Catalog.Find(c.Metric ?? "")?.Unit ?? "").ToList();
        var children = await ChildrenAsync(division, ct);
        var codes = children.Select(c => c.Code).ToList();
        var theirs = await db.StatSubmissions.AsNoTracking()
            .Where(s => s.TableId == t.Id && s.Period == periodKey && codes.Contains(s.DivisionCode)).ToListAsync(ct);
        foreach (var (code, name) in children)
        {
            var sub = theirs.FirstOrDefault(s => s.DivisionCode == code);
            var status = StatRules.StatusName(sub?.Status, sub?.ReturnReason);
            if (sub is { Status: StatSubmissionStatus.Submitted }
                && System.Text.Json.JsonSerializer.Deserialize<StatBody>(sub.Body, StatRules.Json)?.Rows.LastOrDefault(r => r.Total) is { } total
                && total.Cells.Count == layout.Columns.Count)
            {
                rows.Add(new(name, code, null, total.Cells.Select(c => c with { Note = null }).ToList(), status, false));
                continue;
            }
            var cells = new List<StatCellView>();
            foreach (var c in layout.Columns)
            {
                cells.Add(Cell(await Fig(c.Metric, code), c.Measure));
            }
            rows.Add(new(name, code, null, cells, status, false));
        }
        var sum = new List<StatCellView>();
        foreach (var c in layout.Columns)
        {
            sum.Add(Cell(await Fig(c.Metric, division), c.Measure));
        }
        rows.Add(new("合计", division, null, sum, null, true));
        return new(headers, units, rows, missing);
    }

    private static StatCellView Cell(MetricFigure? f, StatMeasure m) => f is null
        ? new(null, 0, null)
        : m switch
        {
            StatMeasure.Previous => new(f.Previous, f.Decimals, null),
            StatMeasure.Change => new(f.Change, f.ChangeInPoints ? Math.Max(f.Decimals, 1) : 2, null),
            _ => new(f.Value, f.Decimals, null),
        };

    /// <summary>The divisions one level below: the city's districts, a district's streets, a street's communities.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> ChildrenAsync(string division, CancellationToken ct)
    {
        if (division.Length <= 4)
        {
            return Districts;
        }
        if (division.Length >= 12)
        {
            throw new Platform.Http.BusinessRuleException("社区没有下级区划，不能填报按下级区划分列的报表");
        }
        // the registry publishes lookups, not listings: the few possible codes below are probed (cached there)
        var list = new List<(string, string)>();
        for (var i = 1; i <= 40; i++)
        {
            var code = division + i.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            if (await divisions.FindAsync(code, null, ct) is { } d)
            {
                list.Add((d.Code, d.Name));
            }
        }
        return list;
    }

    /// <summary>填报单位: 深圳市民政局, 福田区民政局, 福田街道办事处.</summary>
    public async Task<(string Name, string Unit)> NamesAsync(string division, CancellationToken ct)
    {
        if (division.Length <= 4)
        {
            return ("深圳市", "深圳市民政局");
        }
        var name = (await divisions.FindAsync(division, null, ct))?.Name ?? Districts.FirstOrDefault(d => d.Code == division).Name ?? division;
        return (name, division.Length switch
        {
            6 => $"深圳市{name}民政局",
            9 => $"{name}办事处",
            _ => $"{name}居民委员会",
        });
    }
}
