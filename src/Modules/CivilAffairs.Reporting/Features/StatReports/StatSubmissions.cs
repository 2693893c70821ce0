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
/// 填报 → 审核 → 上报, with 退回: the filler's division computes its figures from MetricValues
/// (a clerk may explain a cell, never type over it); another account with reporting.manage
/// reviews; the reviewed table is submitted; a return sends it back to draft, to be recomputed.
/// </summary>
internal sealed class StatSubmissions(ReportingDb db, StatTables tables, MetricValues values, StatBodyBuilder builder,
    WorkingDayCalendar calendar, ICurrentUser user, TimeProvider clock)
{
    /// <summary>The division's table for the period (live figures when not yet filled); another jurisdiction's → 404.</summary>
    public async Task<StatSubmissionView> GetAsync(string code, string period, string? division, CancellationToken ct)
    {
        tables.Read();
        var (t, p, key, d) = await ResolveAsync(code, period, division, ct);
        var s = await FindAsync(t, key, d, ct);
        var bodyView = s is null
            ? await builder.BuildAsync(t, StatTables.Layout(t), p, key, d, ct)
            : JsonSerializer.Deserialize<StatBody>(s.Body, StatRules.Json)!;
        var notes = s is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(s.Notes, StatRules.Json) ?? [];
        var rows = bodyView.Rows.Select((r, i) => r with
        {
            Cells = r.Cells.Select((c, j) => c with { Note = notes.GetValueOrDefault($"{i}:{j}") }).ToList(),
        }).ToList();
        var due = s?.DueOn ?? StatRules.DueOn(await calendar.GetAsync(ct), p, t.DueWorkingDays);
        var (_, unit) = await builder.NamesAsync(d, ct);
        return new(t.Code, t.Title, t.FormNumber, t.Authority, t.ApprovalNumber, t.ValidUntil, key, p.Label, d, unit, StatTables.Layout(t).RowMode,
            s?.Status, StatRules.StatusName(s?.Status, s?.ReturnReason), due,
            s?.Status != StatSubmissionStatus.Submitted && ChinaTime.Today(clock) > due,
            bodyView.Headers, bodyView.Units, rows, bodyView.Missing, s?.FilledBy, s?.FilledAtUtc, s?.ReviewedBy, s?.ReviewedAtUtc,
            s?.SubmittedBy, s?.SubmittedAtUtc, s?.ReturnedBy, s?.ReturnReason);
    }

    /// <summary>填报 (or 重新填报 after a return): the figures are computed now and frozen; notes are kept.</summary>
    public async Task<StatSubmissionView> FillAsync(string code, string period, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingWrite))
        {
            throw new ForbiddenException("需要统计填报权限（reporting.write）");
        }
        var (t, p, key, d) = await ResolveAsync(code, period, null, ct);
        var s = await FindAsync(t, key, d, ct);
        if (s is { Status: not StatSubmissionStatus.Draft })
        {
            throw new BusinessRuleException($"{t.Code} {p.Label} 已{StatRules.StatusName(s.Status, null)}，不能重新填报");
        }
        var b = await builder.BuildAsync(t, StatTables.Layout(t), p, key, d, ct);
        if (s is null)
        {
            s = new StatSubmission
            {
                TableId = t.Id, TableCode = t.Code, Period = key, DivisionCode = d,
                DueOn = StatRules.DueOn(await calendar.GetAsync(ct), p, t.DueWorkingDays),
            };
            db.StatSubmissions.Add(s);
        }
        s.Body = JsonSerializer.Serialize(b, StatRules.Json);
        s.Status = StatSubmissionStatus.Draft;
        s.FilledBy = user.UserName;
        s.FilledAtUtc = clock.GetUtcNow().UtcDateTime;
        s.ReviewedBy = null;
        s.ReviewedAtUtc = null;
        s.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(code, key, d, ct);
    }

    /// <summary>An explanatory note on one cell (填表说明), while the table is a draft. The figure stays as computed.</summary>
    public async Task<StatSubmissionView> NoteAsync(string code, string period, StatNoteRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingWrite))
        {
            throw new ForbiddenException("需要统计填报权限（reporting.write）");
        }
        var (t, _, key, d) = await ResolveAsync(code, period, null, ct);
        var s = await FindAsync(t, key, d, ct) ?? throw new BusinessRuleException("请先填报，再对单元格作说明");
        if (s.Status != StatSubmissionStatus.Draft)
        {
            throw new BusinessRuleException($"报表已{StatRules.StatusName(s.Status, null)}，不能修改说明");
        }
        var b = JsonSerializer.Deserialize<StatBody>(s.Body, StatRules.Json)!;
        if (r.Row < 0 || r.Row >= b.Rows.Count || r.Column < 0 || r.Column >= b.Headers.Count)
        {
            throw new FieldValidationException("row", "单元格不存在");
        }
        if (r.Note is { Length: > 500 })
        {
            throw new FieldValidationException("note", "说明不超过500字");
        }
        var notes = JsonSerializer.Deserialize<Dictionary<string, string>>(s.Notes, StatRules.Json) ?? [];
        if (string.IsNullOrWhiteSpace(r.Note))
        {
            notes.Remove($"{r.Row}:{r.Column}");
        }
        else
        {
            notes[$"{r.Row}:{r.Column}"] = r.Note.Trim();
        }
        s.Notes = JsonSerializer.Serialize(notes, StatRules.Json);
        s.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(code, key, d, ct);
    }

    /// <summary>审核: reporting.manage, not the one who filled it (409).</summary>
    public Task<StatSubmissionView> ReviewAsync(string code, string period, string? division, CancellationToken ct) =>
        DecideAsync(code, period, division, StatSubmissionStatus.Draft, "审核", s =>
        {
            s.Status = StatSubmissionStatus.Reviewed;
            s.ReviewedBy = user.UserName;
            s.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        }, checker: true, ct);

    /// <summary>上报: a reviewed table goes to the province / ministry.</summary>
    public Task<StatSubmissionView> SubmitAsync(string code, string period, string? division, CancellationToken ct) =>
        DecideAsync(code, period, division, StatSubmissionStatus.Reviewed, "上报", s =>
        {
            s.Status = StatSubmissionStatus.Submitted;
            s.SubmittedBy = user.UserName;
            s.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
        }, checker: false, ct);

    /// <summary>退回 with a reason: back to draft; the filler fills again (figures recomputed).</summary>
    public async Task<StatSubmissionView> ReturnAsync(string code, string period, string? division, StatReturnRequest r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写退回理由");
        }
        if (r.Reason.Length > 1000)
        {
            throw new FieldValidationException("reason", "退回理由不超过1000字");
        }
        return await DecideAsync(code, period, division, null, "退回", s =>
        {
            s.Status = StatSubmissionStatus.Draft;
            s.ReturnedBy = user.UserName;
            s.ReturnedAtUtc = clock.GetUtcNow().UtcDateTime;
            s.ReturnReason = r.Reason.Trim();
            s.ReviewedBy = null;
            s.ReviewedAtUtc = null;
            s.SubmittedBy = null;
            s.SubmittedAtUtc = null;
        }, checker: true, ct);
    }

    private async Task<StatSubmissionView> DecideAsync(string code, string period, string? division, StatSubmissionStatus? from, string what,
        Action<StatSubmission> apply, bool checker, CancellationToken ct)
    {
        if (!user.Has(Permissions.ReportingManage))
        {
            throw new ForbiddenException("需要统计管理权限（reporting.manage）");
        }
        var (t, p, key, d) = await ResolveAsync(code, period, division, ct);
        var s = await FindAsync(t, key, d, ct) ?? throw new BusinessRuleException($"{t.Code} {p.Label} 尚未填报");
        var ok = from is { } f ? s.Status == f : s.Status is StatSubmissionStatus.Reviewed or StatSubmissionStatus.Submitted;
        if (!ok)
        {
            throw new BusinessRuleException($"报表状态为{StatRules.StatusName(s.Status, s.ReturnReason)}，不能{what}");
        }
        if (checker && string.Equals(s.FilledBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException($"不能{what}本人填报的报表（填报与审核须为不同人员）");
        }
        apply(s);
        s.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(code, key, d, ct);
    }

    private async Task<(StatTable Table, Period Period, string Key, string Division)> ResolveAsync(string code, string period, string? division, CancellationToken ct)
    {
        var t = await tables.FindAsync(code, ct);
        var p = StatRules.ParsePeriod(t.PeriodKind, period);
        string d;
        try
        {
            d = values.ResolveDivision(division);
        }
        catch (ForbiddenException)
        {
            // another jurisdiction's table does not exist for this user
            throw new NotFoundException();
        }
        return (t, p, StatRules.Key(t.PeriodKind, p), d);
    }

    private Task<StatSubmission?> FindAsync(StatTable t, string key, string d, CancellationToken ct) =>
        db.StatSubmissions.FirstOrDefaultAsync(s => s.TableId == t.Id && s.Period == key && s.DivisionCode == d, ct);
}
