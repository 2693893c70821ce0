using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>The notice's public text as staff edit it.</summary>
public sealed class NoticeRequest
{
    public string? Name { get; set; }

    public string? Sex { get; set; }

    public int? Age { get; set; }

    /// <summary>目测年龄 (the form's checkbox posts nothing when unticked, hence false by default).</summary>
    public bool AgeEstimated { get; set; }

    public int? HeightCm { get; set; }

    public string? Health { get; set; }

    public string? Intellect { get; set; }

    public string? Mental { get; set; }

    public string? PhysicalFeatures { get; set; }

    public string? Clothing { get; set; }

    public string? Accent { get; set; }

    public DateOnly? FoundOn { get; set; }

    public string? FoundDistrict { get; set; }

    public string? FoundPlace { get; set; }

    public string? StationContact { get; set; }

    public int Version { get; set; }
}

public sealed record UnpublishRequest(string? Reason);

internal sealed record NoticeView(Guid Id, Guid CaseId, string CaseNumber, string DivisionCode, NoticeStatus Status, string? Name, Sex Sex, int? Age,
    bool AgeEstimated, int? HeightCm, string? Health, string? Intellect, string? Mental, string? PhysicalFeatures, string? Clothing, string? Accent,
    DateOnly FoundOn, string FoundDistrict, string FoundPlace, string StationContact, bool HasPhoto, DateTime? FirstPublishedAtUtc,
    DateTime? PublishedAtUtc, string? PublishedBy, DateTime? UnpublishedAtUtc, string? UnpublishReason, int NewMessages, RescueCaseStatus CaseStatus, int Version);

/// <summary>An unidentified person in care without a published notice, and when it is due.</summary>
internal sealed record NoticeDue(Guid CaseId, string CaseNumber, Sex Sex, int? Age, DateOnly AdmittedOn, DateOnly DueOn, bool Overdue, Guid? NoticeId);

internal sealed record NoticeList(IReadOnlyList<NoticeView> Items, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<NoticeDue> Due);

/// <summary>Staff side of 寻亲公告: create from a case, edit, publish and take down (audited).</summary>
internal sealed class Notices(RescueDb db, ICurrentUser me, TimeProvider clock, ParameterStore parameters, WorkingDayCalendar calendar, AuditEvents audit)
{
    public async Task<NoticeList> ListAsync(string? status, CancellationToken ct)
    {
        var q = db.Notices.AsNoTracking();
        if (Enum.TryParse<NoticeStatus>(status, true, out var s))
        {
            q = q.Where(n => n.Status == s);
        }
        var rows = await q.OrderByDescending(n => n.FoundOn).Take(300).ToListAsync(ct);
        var counts = (await db.Notices.AsNoTracking().GroupBy(n => n.Status).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key.ToString(), x => x.N);
        var views = await ViewsAsync(rows, ct);
        return new NoticeList(views, counts, await DueAsync(ct));
    }

    /// <summary>Unidentified people in care whose notice is not out yet; overdue past the deadline parameter.</summary>
    public async Task<IReadOnlyList<NoticeDue>> DueAsync(CancellationToken ct)
    {
        var published = db.Notices.Where(n => n.Status == NoticeStatus.Published).Select(n => n.CaseId);
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.IdNumber == null && !published.Contains(c.Id) && c.Status != RescueCaseStatus.Returned && c.Status != RescueCaseStatus.Placed
                && c.Status != RescueCaseStatus.HukouSettled && c.Status != RescueCaseStatus.Closed)
            .OrderBy(c => c.AdmittedAtUtc).Take(200)
            .Select(c => new { c.Id, c.CaseNumber, c.Sex, c.EstimatedAge, c.AdmittedAtUtc }).ToListAsync(ct);
        var drafts = await db.Notices.AsNoTracking().Where(n => n.Status != NoticeStatus.Published).Select(n => new { n.CaseId, n.Id }).ToListAsync(ct);
        var today = ChinaTime.Today(clock);
        var days = int.TryParse((await parameters.FindAsync(FamilySearchParameters.NoticeDeadline, today, "4403", ct))?.Value, out var d) ? d : (int?)null;
        var result = new List<NoticeDue>();
        foreach (var c in open)
        {
            var admitted = DateOnly.FromDateTime(ChinaTime.ToLocal(c.AdmittedAtUtc));
            var due = days is { } n ? await calendar.AddWorkingDaysAsync(admitted, n, ct) : admitted;
            result.Add(new NoticeDue(c.Id, c.CaseNumber, c.Sex, c.EstimatedAge, admitted, due, days is not null && due < today,
                drafts.FirstOrDefault(x => x.CaseId == c.Id)?.Id));
        }
        return result;
    }

    public async Task<NoticeView> GetAsync(Guid id, CancellationToken ct)
    {
        var n = await db.Notices.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return (await ViewsAsync([n], ct))[0];
    }

    /// <summary>A draft notice filled from the case's intake record; one notice per case.</summary>
    public async Task<PublicNotice> CreateFromCaseAsync(Guid caseId, CancellationToken ct)
    {
        Require(Permissions.RescueWrite, Permissions.RescuePublish);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException();
        if (c.IsSettled)
        {
            throw new BusinessRuleException("该受助人员已返乡、安置或结案，无需发布寻亲公告。");
        }
        if (await db.Notices.AnyAsync(n => n.CaseId == caseId, ct))
        {
            throw new BusinessRuleException("该受助人员已有寻亲公告，请直接编辑。");
        }
        var today = ChinaTime.Today(clock);
        var photo = await db.Photos.Where(p => p.CaseId == caseId).OrderByDescending(p => p.IsPrimary).ThenByDescending(p => p.TakenAtUtc)
            .Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct);
        var n = new PublicNotice
        {
            CaseId = c.Id, DivisionCode = c.DivisionCode, CaseNumber = c.CaseNumber, Status = NoticeStatus.Draft, Name = c.Name, Sex = c.Sex,
            Age = c.EstimatedAge, AgeEstimated = c.IdNumber is null, HeightCm = c.HeightCm, Accent = c.Accent,
            FoundOn = DateOnly.FromDateTime(ChinaTime.ToLocal(c.FoundAtUtc)), FoundDistrict = c.DivisionCode.Length >= 6 ? c.DivisionCode[..6] : "",
            FoundPlace = c.FoundPlace, PhotoId = photo,
            // what the station observed at intake is the notice's first draft; staff edit it before publishing
            Health = c.Health, Intellect = c.IntellectualState, Mental = c.MentalState, Clothing = c.Clothing,
            PhysicalFeatures = string.Join("，", new[] { c.Build, c.PhysicalFeatures }.Where(x => !string.IsNullOrWhiteSpace(x))) is { Length: > 0 } f ? f : null,
            StationContact = (await parameters.FindAsync(FamilySearchParameters.StationContact, today, "4403", ct))?.Value ?? "",
            UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Notices.Add(n);
        await db.SaveChangesAsync(ct);
        return n;
    }

    public async Task UpdateAsync(Guid id, NoticeRequest r, CancellationToken ct)
    {
        Require(Permissions.RescueWrite, Permissions.RescuePublish);
        var n = await db.Notices.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (r.Version != n.Version)
        {
            throw new BusinessRuleException("公告已被他人修改，请刷新后重试。");
        }
        var e = new FieldErrors();
        var sex = Enum.TryParse<Sex>(r.Sex, true, out var sx) ? sx : Sex.Unknown;
        if (r.Age is < 0 or > 120) { e.Add("age", "年龄应在0至120岁之间。"); }
        if (r.HeightCm is < 40 or > 230) { e.Add("heightCm", "身高应在40至230厘米之间。"); }
        if (r.FoundOn is null) { e.Add("foundOn", "请填写发现日期。"); }
        else if (r.FoundOn > ChinaTime.Today(clock)) { e.Add("foundOn", "发现日期不能晚于今天。"); }
        if (string.IsNullOrWhiteSpace(r.FoundPlace)) { e.Add("foundPlace", "请填写发现地点。"); }
        if (!FamilySearchNames.Districts.Any(d => d.Code == r.FoundDistrict)) { e.Add("foundDistrict", "请选择发现地所在区。"); }
        if (string.IsNullOrWhiteSpace(r.StationContact)) { e.Add("stationContact", "请填写救助站联系方式。"); }
        Len(e, "name", r.Name, 64); Len(e, "health", r.Health, 200); Len(e, "intellect", r.Intellect, 200); Len(e, "mental", r.Mental, 200);
        Len(e, "physicalFeatures", r.PhysicalFeatures, 500); Len(e, "clothing", r.Clothing, 500); Len(e, "accent", r.Accent, 32);
        Len(e, "foundPlace", r.FoundPlace, 200); Len(e, "stationContact", r.StationContact, 300);
        e.ThrowIfAny();
        n.Name = Clean(r.Name); n.Sex = sex; n.Age = r.Age; n.AgeEstimated = r.AgeEstimated; n.HeightCm = r.HeightCm;
        n.Health = Clean(r.Health); n.Intellect = Clean(r.Intellect); n.Mental = Clean(r.Mental); n.PhysicalFeatures = Clean(r.PhysicalFeatures);
        n.Clothing = Clean(r.Clothing); n.Accent = Clean(r.Accent); n.FoundOn = r.FoundOn!.Value; n.FoundDistrict = r.FoundDistrict!;
        n.FoundPlace = r.FoundPlace!.Trim(); n.StationContact = r.StationContact!.Trim();
        n.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        n.Version++;
        await db.SaveChangesAsync(ct);
    }

    public async Task PublishAsync(Guid id, CancellationToken ct)
    {
        Require(Permissions.RescuePublish);
        var n = await db.Notices.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var c = await db.Cases.FirstAsync(x => x.Id == n.CaseId, ct);
        if (c.IsSettled)
        {
            throw new BusinessRuleException("该受助人员已返乡、安置或结案，不能发布寻亲公告。");
        }
        if (n.Status == NoticeStatus.Published)
        {
            throw new BusinessRuleException("公告已在发布中。");
        }
        if (n.Sex == Sex.Unknown || string.IsNullOrWhiteSpace(n.FoundPlace) || string.IsNullOrWhiteSpace(n.StationContact)
            || (n.PhotoId is null && string.IsNullOrWhiteSpace(n.PhysicalFeatures)))
        {
            throw new BusinessRuleException("发布前请填写性别、发现地点、救助站联系方式，并提供照片或体貌特征。");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        n.Status = NoticeStatus.Published;
        n.FirstPublishedAtUtc ??= now;
        n.PublishedAtUtc = now;
        n.PublishedBy = me.UserName;
        n.UnpublishedAtUtc = null;
        n.UnpublishReason = null;
        n.Version++;
        c.Advance(RescueCaseStatus.NoticePublished);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("publish", nameof(PublicNotice), n.Id.ToString(), new { n.CaseNumber }, ct: ct);
    }

    public async Task UnpublishAsync(Guid id, UnpublishRequest r, CancellationToken ct)
    {
        Require(Permissions.RescuePublish);
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写撤下公告的原因。");
        }
        var n = await db.Notices.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (n.Status != NoticeStatus.Published)
        {
            throw new BusinessRuleException("公告未在发布中。");
        }
        Unpublish(n, r.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync("unpublish", nameof(PublicNotice), n.Id.ToString(), new { n.CaseNumber, reason = n.UnpublishReason }, ct: ct);
    }

    /// <summary>Takes a notice down; the reunion recorder uses it too, so a reunion ends the notice in the same save.</summary>
    public static void Unpublish(PublicNotice n, string reason, DateTime nowUtc)
    {
        n.Status = NoticeStatus.Unpublished;
        n.UnpublishedAtUtc = nowUtc;
        n.UnpublishReason = reason.Length > 200 ? reason[..200] : reason;
        n.Version++;
    }

    /// <summary>The photo staff preview on a draft (the public endpoint serves published notices only).</summary>
    public async Task<CasePhoto> PhotoAsync(Guid id, CancellationToken ct)
    {
        var n = await db.Notices.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == n.PhotoId, ct) ?? throw new NotFoundException("公告没有照片");
    }

    private async Task<List<NoticeView>> ViewsAsync(List<PublicNotice> rows, CancellationToken ct)
    {
        var ids = rows.Select(n => n.Id).ToList();
        var caseIds = rows.Select(n => n.CaseId).ToList();
        var messages = await db.NoticeMessages.AsNoTracking().Where(m => ids.Contains(m.NoticeId) && m.Status == NoticeMessageStatus.New)
            .GroupBy(m => m.NoticeId).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct);
        var statuses = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id)).Select(c => new { c.Id, c.Status }).ToListAsync(ct);
        return rows.Select(n => new NoticeView(n.Id, n.CaseId, n.CaseNumber, n.DivisionCode, n.Status, n.Name, n.Sex, n.Age, n.AgeEstimated, n.HeightCm,
            n.Health, n.Intellect, n.Mental, n.PhysicalFeatures, n.Clothing, n.Accent, n.FoundOn, n.FoundDistrict, n.FoundPlace, n.StationContact,
            n.PhotoId is not null, n.FirstPublishedAtUtc, n.PublishedAtUtc, n.PublishedBy, n.UnpublishedAtUtc, n.UnpublishReason,
            messages.FirstOrDefault(m => m.Key == n.Id)?.N ?? 0, statuses.FirstOrDefault(s => s.Id == n.CaseId)?.Status ?? RescueCaseStatus.Registered,
            n.Version)).ToList();
    }

    private void Require(params string[] any)
    {
        if (!any.Any(me.Has))
        {
            throw new ForbiddenException();
        }
    }

    private static void Len(FieldErrors e, string field, string? value, int max)
    {
        if (value is { Length: > 0 } v && v.Trim().Length > max)
        {
            e.Add(field, $"不能超过{max}个字。");
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
