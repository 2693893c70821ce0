using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using MiniExcelLibs;

namespace CivilAffairs.ElderCare.Features.Reports;

/// <summary>
/// The reports page: elders by district and age band from the registry, and every area's figures
/// (whatever IElderCareFigures are registered), grouped by area with a column per district.
/// </summary>
internal sealed class ElderCareReports(IEnumerable<IElderCareFigures> sources, IElderDirectory elders, IDivisionDirectory divisions, ICurrentUser user,
    TimeProvider clock, AuditEvents audit)
{
    public static readonly IReadOnlyList<int> Bands = [60, 70, 80, 90, 100];

    /// <summary>Areas in the order of the issue; unknown areas follow alphabetically.</summary>
    private static readonly string[] AreaOrder = ["老年人", "床位", "机构养老", "居家养老", "长者助餐", "适老化改造", "银龄安康", "养老人才"];

    public (DateOnly From, DateOnly To, string? Division) Resolve(ReportRequest r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        DateOnly from, to;
        if (!string.IsNullOrWhiteSpace(r.From) || !string.IsNullOrWhiteSpace(r.To))
        {
            var okFrom = DateOnly.TryParseExact((r.From ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out from);
            var okTo = DateOnly.TryParseExact((r.To ?? r.From ?? "") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to);
            if (!okFrom)
            {
                errors.Add("from", "起始月份格式为 yyyy-MM");
            }
            if (!okTo)
            {
                errors.Add("to", "截止月份格式为 yyyy-MM");
            }
            else
            {
                to = to.AddMonths(1).AddDays(-1);
            }
            if (okFrom && okTo && to < from)
            {
                errors.Add("to", "截止月份不能早于起始月份");
            }
        }
        else
        {
            var year = r.Year ?? today.Year;
            if (year is < 2000 or > 2100)
            {
                errors.Add("year", "年份无效");
            }
            from = new DateOnly(Math.Clamp(year, 2000, 2100), 1, 1);
            to = new DateOnly(Math.Clamp(year, 2000, 2100), 12, 31);
        }
        var jurisdiction = user.Jurisdiction ?? "#";
        var division = string.IsNullOrWhiteSpace(r.Division) ? null : r.Division.Trim();
        if (division is not null && !division.StartsWith(jurisdiction, StringComparison.Ordinal))
        {
            errors.Add("division", "所选区域不在您的辖区内");
        }
        errors.ThrowIfAny();
        // a street officer's report is always their street, whatever they ask for
        return (from, to, division ?? (jurisdiction.Length > 4 ? jurisdiction : null));
    }

    public async Task<ElderCareReport> BuildAsync(ReportRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.ElderCareRead))
        {
            throw new ForbiddenException();
        }
        var (from, to, division) = Resolve(r);
        var today = ChinaTime.Today(clock);
        var agesOn = to < today ? to : today;
        var counts = await elders.CountAsync(agesOn, division, 60, ct);
        var figures = new List<ElderCareFigure>();
        foreach (var s in sources)
        {
            figures.AddRange(await s.GetAsync(new FigureQuery(from, to, division), ct));
        }
        var codes = counts.Select(c => c.DistrictCode).Concat(figures.Where(f => f.DistrictCode is not null).Select(f => f.DistrictCode![..Math.Min(6, f.DistrictCode!.Length)]))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        var districts = new List<District>();
        foreach (var c in codes)
        {
            districts.Add(new District(c, (await divisions.FindAsync(c, null, ct))?.Name ?? c));
        }
        var elderRows = districts.Select(d =>
        {
            var mine = counts.Where(c => c.DistrictCode == d.Code).ToList();
            var bands = Bands.Select(b => mine.Where(c => c.AgeBand == b).Sum(c => c.Count)).ToList();
            return new ElderBandRow(d.Code, d.Name, bands, bands.Sum(), mine.Where(c => c.IsShenzhenHukou).Sum(c => c.Count));
        }).Where(x => x.Total > 0).ToList();
        var sections = figures.GroupBy(f => f.Area)
            .OrderBy(g => Array.IndexOf(AreaOrder, g.Key) is var i && i >= 0 ? i : AreaOrder.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportSection(g.Key, g.GroupBy(f => f.Key).Select(k =>
            {
                var first = k.First();
                var byDistrict = k.Where(f => f.DistrictCode is not null).GroupBy(f => f.DistrictCode![..Math.Min(6, f.DistrictCode!.Length)])
                    .ToDictionary(x => x.Key, x => x.Sum(f => f.Value));
                var total = k.FirstOrDefault(f => f.DistrictCode is null) is { } t ? t.Value : byDistrict.Values.Sum();
                var target = k.FirstOrDefault(f => f.DistrictCode is null && f.Target is not null)?.Target ?? (k.Any(f => f.Target is not null) ? k.Sum(f => f.Target ?? 0) : null);
                return new FigureRow(k.Key, first.Label, first.Unit, total, target, byDistrict);
            }).ToList())).ToList();
        return new ElderCareReport(from, to, agesOn, division, districts, Bands, elderRows, sections);
    }

    /// <summary>All figures as Excel: the elders by district and age band, then one sheet per area.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(ReportRequest r, CancellationToken ct)
    {
        var report = await BuildAsync(r, ct);
        var sheets = new Dictionary<string, object>
        {
            ["老年人口"] = report.Elders.Select(e =>
            {
                var row = new Dictionary<string, object?> { ["区代码"] = e.DistrictCode, ["区"] = e.DistrictName };
                for (var i = 0; i < Bands.Count; i++)
                {
                    row[BandName(Bands[i])] = e.Bands[i];
                }
                row["合计"] = e.Total;
                row["其中户籍"] = e.ShenzhenHukou;
                return row;
            }).ToList(),
        };
        foreach (var s in report.Sections)
        {
            sheets[SheetName(s.Area, sheets.Keys)] = s.Rows.Select(f =>
            {
                var row = new Dictionary<string, object?> { ["指标"] = f.Label, ["单位"] = f.Unit, ["合计"] = f.Total, ["目标"] = f.Target };
                foreach (var d in report.Districts)
                {
                    row[d.Name] = f.ByDistrict.TryGetValue(d.Code, out var v) ? v : null;
                }
                return row;
            }).ToList();
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ElderCareReport", null, new { report.From, report.To, report.Division }, ct: ct);
        return (stream.ToArray(), $"eldercare-report-{report.From:yyyyMM}-{report.To:yyyyMM}.xlsx");
    }

    public static string BandName(int band) => band >= 100 ? "100岁及以上" : $"{band}-{band + 9}岁";

    private static string SheetName(string area, IEnumerable<string> taken)
    {
        var name = new string(area.Where(c => !"[]:*?/\\".Contains(c)).ToArray());
        name = name.Length > 31 ? name[..31] : name;
        return taken.Contains(name) ? name + "2" : name;
    }
}
