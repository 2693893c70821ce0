using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Community.Features.Integrity;

/// <summary>Road patrols against organized begging: the record of each, monthly counts and totals by district.</summary>
internal sealed class Patrols(CommunityDb db, ICurrentUser user, TimeProvider clock, GrassUnits units, AuditEvents audit)
{
    public const int PageSize = 50;

    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<PatrolPage> ListAsync(PatrolSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var q = Filter(db.Patrols.AsNoTracking(), s.Year, s.Month, s.Division);
        var total = await q.CountAsync(ct);
        var page = Math.Max(1, s.Page ?? 1);
        var rows = await q.OrderByDescending(p => p.PatrolOn).ThenBy(p => p.DivisionCode).ThenBy(p => p.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PatrolPage(total, page, PageSize, rows.Select(View).ToList());
    }

    public async Task<PatrolStats> StatsAsync(int year, string? division, CancellationToken ct)
    {
        // a year is at most a few thousand small rows: grouped here so both databases count alike
        var rows = await Filter(db.Patrols.AsNoTracking(), year, null, division)
            .Select(p => new { p.PatrolOn, p.DivisionCode, p.TeamSize, p.PersonsFound, p.PersonsToStation, p.HandedToPolice }).ToListAsync(ct);
        var byMonth = Enumerable.Range(1, 12).Select(m =>
        {
            var g = rows.Where(r => r.PatrolOn.Month == m).ToList();
            return new PatrolLine(m.ToString("00", System.Globalization.CultureInfo.InvariantCulture), $"{m}月", g.Count, g.Sum(r => r.TeamSize),
                g.Sum(r => r.PersonsFound), g.Sum(r => r.PersonsToStation), g.Sum(r => r.HandedToPolice));
        }).ToList();
        var byDistrict = rows.GroupBy(r => r.DivisionCode[..Math.Min(6, r.DivisionCode.Length)]).OrderBy(g => g.Key)
            .Select(g => new PatrolLine(g.Key, GrassText.DistrictName(g.Key), g.Count(), g.Sum(r => r.TeamSize), g.Sum(r => r.PersonsFound),
                g.Sum(r => r.PersonsToStation), g.Sum(r => r.HandedToPolice)))
            .ToList();
        var total = new PatrolLine("", "合计", rows.Count, rows.Sum(r => r.TeamSize), rows.Sum(r => r.PersonsFound), rows.Sum(r => r.PersonsToStation),
            rows.Sum(r => r.HandedToPolice));
        return new PatrolStats(year, total, byMonth, byDistrict);
    }

    public async Task<PatrolView> RecordAsync(PatrolRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!user.Has(Permissions.CommunityWrite))
        {
            throw new ForbiddenException("您的角色无权登记巡查");
        }
        var errors = new FieldErrors();
        var today = Today;
        var on = r.PatrolOn ?? today;
        if (on > today)
        {
            errors.Add("patrolOn", "巡查日期不能晚于今天");
        }
        var route = GrassText.Trim(r.Route, 200);
        if (route is null)
        {
            errors.Add("route", "请填写巡查区域或路线");
        }
        if (r.TeamSize is not > 0 || r.TeamSize > 500)
        {
            errors.Add("teamSize", "请填写出动人数（1–500）");
        }
        var found = r.PersonsFound ?? 0;
        var station = r.PersonsToStation ?? 0;
        var police = r.HandedToPolice ?? 0;
        if (found < 0 || station < 0 || police < 0)
        {
            errors.Add("personsFound", "人数不能为负数");
        }
        if (station > found)
        {
            errors.Add("personsToStation", "护送救助站人数不能多于发现人数");
        }
        if (police > found)
        {
            errors.Add("handedToPolice", "移交公安人数不能多于发现人数");
        }
        errors.ThrowIfAny();
        var (code, _) = await units.ResolveAsync(r.DivisionCode, "divisionCode", on, ct, 6, 9);
        var p = new BeggingPatrol
        {
            PatrolOn = on, DivisionCode = code, Route = route!, TeamSize = r.TeamSize!.Value, PersonsFound = found, PersonsToStation = station, HandedToPolice = police,
            Notes = GrassText.Trim(r.Notes, 1000), RecordedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Patrols.Add(p);
        await db.SaveChangesAsync(ct);
        return View(p);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int year, string? division, string? reason, CancellationToken ct)
    {
        var why = GrassText.Reason(reason);
        var stats = await StatsAsync(year, division, ct);
        var rows = (await Filter(db.Patrols.AsNoTracking(), year, null, division).OrderBy(p => p.PatrolOn).ThenBy(p => p.DivisionCode).ToListAsync(ct))
            .Select(p => new Dictionary<string, object?>
            {
                ["日期"] = p.PatrolOn.ToString("yyyy-MM-dd"), ["区"] = GrassText.DistrictName(p.DivisionCode), ["区划代码"] = p.DivisionCode, ["区域/路线"] = p.Route,
                ["出动人数"] = p.TeamSize, ["发现人数"] = p.PersonsFound, ["护送救助站"] = p.PersonsToStation, ["移交公安"] = p.HandedToPolice, ["情况"] = p.Notes ?? "",
            }).ToList();
        static Dictionary<string, object?> Line(PatrolLine l) => new()
        {
            ["项目"] = l.Name, ["巡查次数"] = l.Patrols, ["出动人次"] = l.TeamMembers, ["发现人数"] = l.PersonsFound, ["护送救助站"] = l.PersonsToStation,
            ["移交公安"] = l.HandedToPolice,
        };
        var sheets = new Dictionary<string, object>
        {
            ["按月统计"] = stats.ByMonth.Append(stats.Total).Select(Line).ToList(),
            ["按区统计"] = stats.ByDistrict.Append(stats.Total).Select(Line).ToList(),
            ["巡查记录"] = rows,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, nameof(BeggingPatrol), null, new { reason = why, year, division, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"begging-patrols-{year}.xlsx");
    }

    private static IQueryable<BeggingPatrol> Filter(IQueryable<BeggingPatrol> q, int? year, int? month, string? division)
    {
        if (year is { } y)
        {
            var from = new DateOnly(y, month is >= 1 and <= 12 ? month.Value : 1, 1);
            var to = month is >= 1 and <= 12 ? from.AddMonths(1).AddDays(-1) : new DateOnly(y, 12, 31);
            q = q.Where(p => p.PatrolOn >= from && p.PatrolOn <= to);
        }
        if (DivisionCodes.Normalize(division) is { } d)
        {
            q = q.Where(p => p.DivisionCode.StartsWith(d));
        }
        return q;
    }

    private static PatrolView View(BeggingPatrol p) => new(p.Id, p.PatrolOn, p.DivisionCode, GrassText.DistrictName(p.DivisionCode), p.Route, p.TeamSize,
        p.PersonsFound, p.PersonsToStation, p.HandedToPolice, p.Notes, p.RecordedBy);
}
