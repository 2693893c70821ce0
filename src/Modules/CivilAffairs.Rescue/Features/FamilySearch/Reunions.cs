using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>A reunion as staff record it: the case (by id or number), optionally the family's report.</summary>
public sealed class ReunionRequest
{
    public Guid? CaseId { get; set; }

    public string? CaseNumber { get; set; }

    public string? ReportNumber { get; set; }

    public string? Channel { get; set; }

    public DateOnly? ReunitedOn { get; set; }

    public string? WhoCame { get; set; }

    public string? FollowUp { get; set; }
}

public sealed class FollowUpRequest
{
    public DateOnly? VisitedOn { get; set; }

    public string? Method { get; set; }

    public string? Note { get; set; }
}

/// <summary>A reunion with its case number; init properties (not a positional record) so that queries can filter on the projection.</summary>
internal sealed record ReunionRow
{
    public Guid Id { get; init; }

    public Guid CaseId { get; init; }

    public string CaseNumber { get; init; } = "";

    public Guid? ReportId { get; init; }

    public string DivisionCode { get; init; } = "";

    public ReunionChannel Channel { get; init; }

    public DateOnly ReunitedOn { get; init; }

    public string WhoCame { get; init; } = "";

    public string? FollowUp { get; init; }

    public string RecordedBy { get; init; } = "";
}

internal sealed record FollowUpRow(Guid Id, DateOnly VisitedOn, string Method, string Note, string RecordedBy);

internal sealed record ReunionDetail(ReunionRow Reunion, string? ReportNumber, IReadOnlyList<FollowUpRow> FollowUps, DateOnly? FollowUpDue, bool FollowUpOverdue);

internal sealed record ReunionResults(int Total, int Page, int PageSize, IReadOnlyList<ReunionRow> Items);

/// <summary>返乡团聚: recording reunions (through ReunionRecorder), the list and follow-up visits.</summary>
internal sealed class Reunions(RescueDb db, ReunionRecorder recorder, ICurrentUser me, TimeProvider clock, ParameterStore parameters)
{
    public const int PageSize = 50;

    public static IQueryable<ReunionRow> Rows(RescueDb db) => db.Reunions.AsNoTracking().Join(db.Cases, r => r.CaseId, c => c.Id,
        (r, c) => new ReunionRow
    {
        Id = r.Id, CaseId = r.CaseId, CaseNumber = c.CaseNumber, ReportId = r.ReportId, DivisionCode = r.DivisionCode, Channel = r.Channel,
        ReunitedOn = r.ReunitedOn, WhoCame = r.WhoCame, FollowUp = r.FollowUp, RecordedBy = r.RecordedBy,
    });

    public async Task<ReunionResults> ListAsync(int? year, string? channel, string? q, int? page, CancellationToken ct)
    {
        var query = Rows(db);
        if (year is { } y) { var f = new DateOnly(y, 1, 1); var t = new DateOnly(y, 12, 31); query = query.Where(r => r.ReunitedOn >= f && r.ReunitedOn <= t); }
        if (Enum.TryParse<ReunionChannel>(channel, true, out var ch)) { query = query.Where(r => r.Channel == ch); }
        if (!string.IsNullOrWhiteSpace(q)) { var s = q.Trim(); query = query.Where(r => r.CaseNumber.Contains(s)); }
        var p = Math.Max(1, page ?? 1);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.ReunitedOn).ThenByDescending(r => r.CaseNumber).Skip((p - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new ReunionResults(total, p, PageSize, items);
    }

    public async Task<ReunionDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var r = await Rows(db).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var reportNumber = r.ReportId is { } rid ? await db.Reports.Where(x => x.Id == rid).Select(x => x.ReportNumber).FirstOrDefaultAsync(ct) : null;
        var visits = await db.FollowUps.AsNoTracking().Where(f => f.ReunionId == id).OrderBy(f => f.VisitedOn)
            .Select(f => new FollowUpRow(f.Id, f.VisitedOn, f.Method, f.Note, f.RecordedBy)).ToListAsync(ct);
        var days = int.TryParse((await parameters.FindAsync(FamilySearchParameters.FollowUpDays, r.ReunitedOn, "4403", ct))?.Value, out var d) ? d : (int?)null;
        DateOnly? due = days is { } n ? r.ReunitedOn.AddDays(n) : null;
        return new ReunionDetail(r, reportNumber, visits, due, due is { } x && visits.Count == 0 && x < ChinaTime.Today(clock));
    }

    public async Task<Reunion> RecordAsync(ReunionRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.RescueWrite))
        {
            throw new ForbiddenException();
        }
        var e = new FieldErrors();
        RescueCase? c = null;
        if (r.CaseId is { } cid) { c = await db.Cases.FirstOrDefaultAsync(x => x.Id == cid, ct); }
        else if (!string.IsNullOrWhiteSpace(r.CaseNumber)) { var num = r.CaseNumber.Trim(); c = await db.Cases.FirstOrDefaultAsync(x => x.CaseNumber == num, ct); }
        if (c is null) { e.Add("caseNumber", "找不到该受助人员（请核对案件编号）。"); }
        Guid? reportId = null;
        if (!string.IsNullOrWhiteSpace(r.ReportNumber))
        {
            var num = r.ReportNumber.Trim();
            reportId = await db.Reports.Where(x => x.ReportNumber == num).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
            if (reportId is null) { e.Add("reportNumber", "找不到该寻亲登记编号。"); }
        }
        if (!Enum.TryParse<ReunionChannel>(r.Channel, true, out var channel)) { e.Add("channel", "请选择寻亲渠道。"); }
        if (r.ReunitedOn is null) { e.Add("reunitedOn", "请填写返乡/接回日期。"); }
        else if (r.ReunitedOn > ChinaTime.Today(clock)) { e.Add("reunitedOn", "返乡/接回日期不能晚于今天。"); }
        else if (c is not null && r.ReunitedOn < DateOnly.FromDateTime(ChinaTime.ToLocal(c.AdmittedAtUtc))) { e.Add("reunitedOn", "返乡/接回日期不能早于入站日期。"); }
        if (string.IsNullOrWhiteSpace(r.WhoCame)) { e.Add("whoCame", "请填写接回人（与受助人员的关系）。"); }
        else if (r.WhoCame.Trim().Length > 64) { e.Add("whoCame", "接回人不能超过64个字。"); }
        if (r.FollowUp is { Length: > 500 }) { e.Add("followUp", "后续安排不能超过500个字。"); }
        e.ThrowIfAny();
        var reunion = await recorder.AddAsync(db, new ReunionInput(c!.Id, reportId, channel, r.ReunitedOn!.Value, r.WhoCame!,
            string.IsNullOrWhiteSpace(r.FollowUp) ? null : r.FollowUp.Trim()), ct);
        await db.SaveChangesAsync(ct);
        return reunion;
    }

    public async Task<ReunionFollowUp> AddFollowUpAsync(Guid id, FollowUpRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.RescueWrite))
        {
            throw new ForbiddenException();
        }
        var reunion = await db.Reunions.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var e = new FieldErrors();
        if (r.VisitedOn is null) { e.Add("visitedOn", "请填写回访日期。"); }
        else if (r.VisitedOn < reunion.ReunitedOn || r.VisitedOn > ChinaTime.Today(clock)) { e.Add("visitedOn", "回访日期应在返乡日期与今天之间。"); }
        if (string.IsNullOrWhiteSpace(r.Method)) { e.Add("method", "请选择回访方式。"); }
        if (string.IsNullOrWhiteSpace(r.Note)) { e.Add("note", "请填写回访情况。"); }
        else if (r.Note.Length > 1000) { e.Add("note", "回访情况不能超过1000个字。"); }
        e.ThrowIfAny();
        var f = new ReunionFollowUp
        {
            ReunionId = id, DivisionCode = reunion.DivisionCode, VisitedOn = r.VisitedOn!.Value, Method = r.Method!.Trim(), Note = r.Note!.Trim(),
            RecordedBy = me.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.FollowUps.Add(f);
        await db.SaveChangesAsync(ct);
        return f;
    }
}
