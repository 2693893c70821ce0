using System.Text.Json;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Metrics;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>
/// The statistical tables' definitions: defined by the city (reporting.manage), validated against
/// the metric catalog before anything is saved; listed with the jurisdiction's submissions.
/// </summary>
internal sealed class StatTables(ReportingDb db, MetricValues values, StatBodyBuilder body, WorkingDayCalendar calendar, ICurrentUser user, TimeProvider clock)
{
    public bool IsCity => user.Jurisdiction is "" or "4403";

    public void Read()
    {
        if (!user.Has(Permissions.ReportingRead))
        {
            throw new ForbiddenException("需要统计查询权限（reporting.read）");
        }
    }

    public async Task<StatTablesOverview> OverviewAsync(CancellationToken ct)
    {
        Read();
        var tables = (await db.StatTables.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct)).Select(View).ToList();
        var subs = await db.StatSubmissions.AsNoTracking().OrderByDescending(s => s.FilledAtUtc).Take(200).ToListAsync(ct);
        var today = ChinaTime.Today(clock);
        var rows = new List<StatSubmissionRow>();
        foreach (var s in subs)
        {
            var t = tables.FirstOrDefault(x => x.Id == s.TableId);
            var (name, _) = await body.NamesAsync(s.DivisionCode, ct);
            rows.Add(new(s.TableCode, t?.Title ?? s.TableCode, s.Period, t is null ? s.Period : StatRules.ParsePeriod(t.PeriodKind, s.Period).Label,
                s.DivisionCode, name, StatRules.StatusName(s.Status, s.ReturnReason), s.DueOn,
                s.Status != StatSubmissionStatus.Submitted && today > s.DueOn, s.FilledBy, s.SubmittedAtUtc));
        }
        return new(tables, rows);
    }

    public async Task<StatTable> FindAsync(string code, CancellationToken ct) =>
        await db.StatTables.FirstOrDefaultAsync(t => t.Code == code, ct) ?? throw new NotFoundException($"报表 {code} 不存在");

    /// <summary>The definition, and its periods for the user's own division with deadlines and status.</summary>
    public async Task<StatTableDetail> DetailAsync(string code, CancellationToken ct)
    {
        Read();
        var t = await FindAsync(code, ct);
        var own = values.ResolveDivision(null);
        var today = ChinaTime.Today(clock);
        var cal = await calendar.GetAsync(ct);
        var count = t.PeriodKind switch { StatPeriodKind.Monthly => 12, StatPeriodKind.Quarterly => 8, _ => 10 };
        var mine = await db.StatSubmissions.AsNoTracking().Where(s => s.TableId == t.Id && s.DivisionCode == own).ToListAsync(ct);
        var periods = StatRules.EndedPeriods(t.PeriodKind, today, count).Select(p =>
        {
            var key = StatRules.Key(t.PeriodKind, p);
            var s = mine.FirstOrDefault(x => x.Period == key);
            var due = s?.DueOn ?? StatRules.DueOn(cal, p, t.DueWorkingDays);
            return new StatPeriodRow(key, p.Label, due, StatRules.StatusName(s?.Status, s?.ReturnReason),
                s?.Status != StatSubmissionStatus.Submitted && today > due, s?.SubmittedAtUtc);
        }).ToList();
        var (name, _) = await body.NamesAsync(own, ct);
        return new(View(t), own, name, periods);
    }

    /// <summary>Defines a new table or redefines one (same code); a bad definition saves nothing.</summary>
    public async Task<StatTableView> SaveAsync(StatTableRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingManage))
        {
            throw new ForbiddenException("需要统计管理权限（reporting.manage）");
        }
        if (!IsCity)
        {
            throw new ForbiddenException("统计报表由市民政局统一制定");
        }
        StatRules.Validate(r, values.Catalog.Find).ThrowIfAny();
        var code = r.Code!.Trim();
        var t = await db.StatTables.FirstOrDefaultAsync(x => x.Code == code, ct);
        if (t is null)
        {
            t = new StatTable { Code = code };
            db.StatTables.Add(t);
        }
        t.Title = r.Title!.Trim();
        t.FormNumber = r.FormNumber!.Trim();
        t.Authority = r.Authority!.Trim();
        t.ApprovalNumber = r.ApprovalNumber!.Trim();
        t.ValidUntil = r.ValidUntil;
        t.PeriodKind = r.PeriodKind!.Value;
        t.DueWorkingDays = r.DueWorkingDays!.Value;
        t.Layout = JsonSerializer.Serialize(new StatLayout(r.RowMode!.Value,
            (r.Rows ?? []).Select(x => new StatRowDef(x.Label!.Trim(), x.Metric!.Trim())).ToList(),
            (r.Columns ?? []).Select(x => new StatColumnDef(x.Header!.Trim(), string.IsNullOrWhiteSpace(x.Metric) ? null : x.Metric.Trim(), x.Measure)).ToList()), StatRules.Json);
        t.UpdatedBy = user.UserName;
        t.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        t.Version++;
        await db.SaveChangesAsync(ct);
        return View(t);
    }

    public static StatLayout Layout(StatTable t) =>
        JsonSerializer.Deserialize<StatLayout>(t.Layout, StatRules.Json) ?? new StatLayout(StatRowMode.List, [], []);

    public static StatTableView View(StatTable t) => new(t.Id, t.Code, t.Title, t.FormNumber, t.Authority, t.ApprovalNumber, t.ValidUntil,
        t.PeriodKind, StatRules.KindName(t.PeriodKind), t.DueWorkingDays, Layout(t), t.UpdatedBy, t.UpdatedAtUtc);
}
