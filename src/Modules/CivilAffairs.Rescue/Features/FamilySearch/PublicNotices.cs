using System.Text.RegularExpressions;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>The national 寻亲网 filters.</summary>
public sealed class PublicNoticeQuery
{
    public string? Sex { get; set; }

    public int? AgeFrom { get; set; }

    public int? AgeTo { get; set; }

    public int? HeightFrom { get; set; }

    public int? HeightTo { get; set; }

    /// <summary>District found in (6 digits).</summary>
    public string? District { get; set; }

    public DateOnly? FoundFrom { get; set; }

    public DateOnly? FoundTo { get; set; }

    public string? Accent { get; set; }

    public int? Page { get; set; }
}

/// <summary>"我可能认识此人".</summary>
public sealed class ContactRequest
{
    public string? Name { get; set; }

    public string? Phone { get; set; }

    public string? Relationship { get; set; }

    public string? Message { get; set; }
}

/// <summary>What the public sees of a notice: no case id, no street code, no ID number.</summary>
internal sealed record PublicNoticeView(Guid Id, string Reference, string? Name, Sex Sex, int? Age, bool AgeEstimated, int? HeightCm, string? Health,
    string? Intellect, string? Mental, string? PhysicalFeatures, string? Clothing, string? Accent, DateOnly FoundOn, string FoundDistrict,
    string FoundPlace, string StationContact, bool HasPhoto, DateOnly PublishedOn);

internal sealed record PublicNoticeResults(int Total, int Page, int PageSize, IReadOnlyList<PublicNoticeView> Items);

/// <summary>
/// The anonymous side: search and read published notices of people still in care, their photos,
/// and replies. Reads bypass the jurisdiction filter on purpose and filter on publication instead.
/// </summary>
internal sealed partial class PublicNotices(RescueDb db, TimeProvider clock)
{
    public const int PageSize = 12;

    private IQueryable<PublicNotice> Visible()
    {
        var settled = db.Cases.IgnoreQueryFilters().Where(c => c.Status == RescueCaseStatus.Returned || c.Status == RescueCaseStatus.Placed
            || c.Status == RescueCaseStatus.HukouSettled || c.Status == RescueCaseStatus.Closed).Select(c => c.Id);
        return db.Notices.IgnoreQueryFilters().AsNoTracking().Where(n => n.Status == NoticeStatus.Published && !settled.Contains(n.CaseId));
    }

    public async Task<PublicNoticeResults> SearchAsync(PublicNoticeQuery q, CancellationToken ct)
    {
        var e = new FieldErrors();
        if (q.AgeFrom > q.AgeTo) { e.Add("ageTo", "年龄范围的上限不能小于下限。"); }
        if (q.HeightFrom > q.HeightTo) { e.Add("heightTo", "身高范围的上限不能小于下限。"); }
        if (q.FoundFrom > q.FoundTo) { e.Add("foundTo", "发现日期范围的结束不能早于开始。"); }
        e.ThrowIfAny();
        var query = Visible();
        if (Enum.TryParse<Sex>(q.Sex, true, out var sex) && sex != Sex.Unknown) { query = query.Where(n => n.Sex == sex); }
        if (q.AgeFrom is { } a1) { query = query.Where(n => n.Age >= a1); }
        if (q.AgeTo is { } a2) { query = query.Where(n => n.Age <= a2); }
        if (q.HeightFrom is { } h1) { query = query.Where(n => n.HeightCm >= h1); }
        if (q.HeightTo is { } h2) { query = query.Where(n => n.HeightCm <= h2); }
        if (!string.IsNullOrWhiteSpace(q.District)) { var d = q.District.Trim(); query = query.Where(n => n.FoundDistrict == d); }
        if (q.FoundFrom is { } f1) { query = query.Where(n => n.FoundOn >= f1); }
        if (q.FoundTo is { } f2) { query = query.Where(n => n.FoundOn <= f2); }
        if (!string.IsNullOrWhiteSpace(q.Accent)) { var ac = q.Accent.Trim(); ac = ac.Length > 2 && ac.EndsWith("口音", StringComparison.Ordinal) ? ac[..^2] : ac; query = query.Where(n => n.Accent != null && n.Accent.Contains(ac)); }
        var page = Math.Max(1, q.Page ?? 1);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(n => n.FoundOn).ThenBy(n => n.CaseNumber).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new PublicNoticeResults(total, page, PageSize, rows.Select(View).ToList());
    }

    public async Task<PublicNoticeView> GetAsync(Guid id, CancellationToken ct) =>
        View(await Visible().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("公告不存在或已撤下"));

    public async Task<CasePhoto> PhotoAsync(Guid id, CancellationToken ct)
    {
        var photoId = await Visible().Where(n => n.Id == id).Select(n => n.PhotoId).FirstOrDefaultAsync(ct) ?? throw new NotFoundException("公告不存在或已撤下");
        return await db.Photos.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(p => p.Id == photoId, ct) ?? throw new NotFoundException();
    }

    /// <summary>Stores a reply and moves the case to 疑似匹配 for staff to verify. The caller applies the per-IP limit after <see cref="Validate"/>.</summary>
    public async Task<NoticeMessage> ContactAsync(Guid id, ContactRequest r, CancellationToken ct)
    {
        Validate(r);
        var n = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("公告不存在或已撤下");
        var m = new NoticeMessage
        {
            NoticeId = n.Id, CaseId = n.CaseId, DivisionCode = n.DivisionCode, Name = r.Name!.Trim(), Phone = Phone(r), Relationship = r.Relationship!.Trim(),
            Message = r.Message!.Trim(), ReceivedAtUtc = clock.GetUtcNow().UtcDateTime, Status = NoticeMessageStatus.New,
        };
        db.NoticeMessages.Add(m);
        var c = await db.Cases.IgnoreQueryFilters().FirstAsync(x => x.Id == n.CaseId, ct);
        c.Advance(RescueCaseStatus.SuspectedMatch);
        await db.SaveChangesAsync(ct);
        return m;
    }

    /// <summary>
    /// Checks a reply before the per-IP allowance is spent on it: a typo costs nothing, only replies
    /// that would be stored count.
    /// </summary>
    public static void Validate(ContactRequest r)
    {
        var e = new FieldErrors();
        var name = r.Name?.Trim() ?? "";
        var phone = Phone(r);
        if (name.Length == 0) { e.Add("name", "请填写您的姓名。"); }
        else if (name.Length > 32) { e.Add("name", "姓名不能超过32个字。"); }
        if (phone.Length == 0) { e.Add("phone", "请填写联系电话。"); }
        else if (!PhonePattern().IsMatch(phone)) { e.Add("phone", "请填写正确的手机号码或固定电话（如 13800138000 或 0755-12345678）。"); }
        if (string.IsNullOrWhiteSpace(r.Relationship)) { e.Add("relationship", "请选择您与此人的关系。"); }
        else if (r.Relationship.Trim().Length > 32) { e.Add("relationship", "关系不能超过32个字。"); }
        if (string.IsNullOrWhiteSpace(r.Message)) { e.Add("message", "请填写您了解的情况（如姓名、家乡、走失经过）。"); }
        else if (r.Message.Trim().Length > 500) { e.Add("message", "留言不能超过500个字。"); }
        e.ThrowIfAny();
    }

    private static string Phone(ContactRequest r) => (r.Phone ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();

    private static PublicNoticeView View(PublicNotice n) => new(n.Id, n.CaseNumber, n.Name, n.Sex, n.Age, n.AgeEstimated, n.HeightCm, n.Health,
        n.Intellect, n.Mental, n.PhysicalFeatures, n.Clothing, n.Accent, n.FoundOn, n.FoundDistrict, n.FoundPlace, n.StationContact,
        n.PhotoId is not null, DateOnly.FromDateTime(ChinaTime.ToLocal(n.PublishedAtUtc ?? n.UpdatedAtUtc)));

    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();
}
