using CivilAffairs.Contracts.Registry;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.Deaths;

/// <summary>
/// A funeral home records a death. The case and its PersonDied outbox row are saved together;
/// right after the commit the notice is dispatched to the other modules as the system user.
/// </summary>
internal sealed class CaseRecording(FuneralDb db, CaseQueries queries, DeathNotices notices, IDivisionDirectory divisions, ICurrentUser user,
    TimeProvider clock)
{
    public const string DuplicateProblem = "/problems/funeral-duplicate-deceased";

    public async Task<CaseView> RecordAsync(RecordCaseRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        RequireRecorder();
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        FuneralHome? home = null;
        if (r.HomeId is { } homeId)
        {
            // a home outside my jurisdiction answers 404, as any record there would
            home = await db.Homes.FirstOrDefaultAsync(h => h.Id == homeId, ct) ?? throw new NotFoundException("殡仪馆不存在或不在您的辖区内");
        }
        if (home is null)
        {
            errors.Add("homeId", "请选择殡仪馆");
        }
        else if (!home.IsActive)
        {
            errors.Add("homeId", "该殡仪馆已停用");
        }
        if (r.DiedOn is null)
        {
            errors.Add("diedOn", "请填写死亡日期");
        }
        else if (r.DiedOn > today)
        {
            errors.Add("diedOn", "死亡日期不能晚于今天");
        }
        IdNumberInfo? id = null;
        if (string.IsNullOrWhiteSpace(r.IdNumber))
        {
            errors.Add("idNumber", "请填写逝者的居民身份证号码");
        }
        else if (!IdNumber.TryParse(r.IdNumber, r.DiedOn is { } d && d <= today ? d : today, divisions.IsKnownAddressCode, out id, out var idError))
        {
            errors.Add("idNumber", idError!);
        }
        var name = (r.Name ?? "").Trim();
        if (name.Length is 0 or > 64)
        {
            errors.Add("name", "请填写逝者姓名（不超过64字）");
        }
        var hukou = (r.HukouDivisionCode ?? "").Trim();
        if (hukou.Length != 6 || !hukou.All(char.IsAsciiDigit) || !divisions.IsKnownAddressCode(hukou))
        {
            errors.Add("hukouDivisionCode", "请填写户籍所在县区的6位行政区划代码（深圳各区为4403开头）");
        }
        if (!Enum.TryParse<DeathPlace>(r.Place, true, out var place) || !Enum.IsDefined(place))
        {
            errors.Add("place", "请选择死亡地点：医院、家中或其他");
        }
        var placeText = (r.PlaceText ?? "").Trim();
        if (placeText.Length is 0 or > 200)
        {
            errors.Add("placeText", "请填写死亡地点（医院名称或地址，不超过200字）");
        }
        var certificate = (r.DeathCertificateNumber ?? "").Trim().ToUpperInvariant();
        if (certificate.Length is < 6 or > 32 || !certificate.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("deathCertificateNumber", "请填写死亡医学证明（推断）书编号（6–32位字母或数字）");
        }
        errors.ThrowIfAny();
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.IdNumber == id!.Normalized, ct))
        {
            throw new BusinessRuleException("该逝者（同一身份证号码）已有殡葬记录，不能重复登记；请查找原记录", DuplicateProblem);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var c = new DeathCase
        {
            HomeId = home!.Id, DivisionCode = home.DivisionCode, IdNumber = id!.Normalized, Name = name, Sex = id.Sex, BirthDate = id.BirthDate,
            HukouDivisionCode = hukou, DiedOn = r.DiedOn!.Value, Place = place, PlaceText = placeText, DiedInShenzhen = r.DiedInShenzhen ?? true,
            DeathCertificateNumber = certificate, Status = CaseStatus.Recorded, RecordedBy = user.UserName, RecordedAtUtc = now,
            WaiverReason = WaiverRules.Eligibility(new WaiverFacts(r.DiedInShenzhen ?? true, hukou.StartsWith("4403", StringComparison.Ordinal), false)).Reason,
        };
        db.Cases.Add(c);
        var notice = DeathNotices.For(c, $"funeral:{home.Name} 死亡医学证明 {certificate}", now);
        db.DeathNotices.Add(notice);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException("该逝者（同一身份证号码）已有殡葬记录，不能重复登记；请查找原记录", DuplicateProblem);
        }
        await notices.DispatchAsync(notice.Id, ct);
        return await queries.GetAsync(c.Id, ct);
    }

    /// <summary>Publishes the death again (a new notice row; handlers are idempotent, so nothing changes twice).</summary>
    public async Task<NoticeView> NotifyAgainAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException();
        var notice = DeathNotices.For(c, $"funeral:重新通知 死亡医学证明 {c.DeathCertificateNumber}", clock.GetUtcNow().UtcDateTime);
        db.DeathNotices.Add(notice);
        await db.SaveChangesAsync(ct);
        await notices.DispatchAsync(notice.Id, ct);
        var saved = await db.DeathNotices.AsNoTracking().FirstAsync(n => n.Id == notice.Id, ct);
        return DeathNotices.View(saved);
    }

    private void RequireRecorder()
    {
        if (!user.Has(Permissions.FuneralRecord))
        {
            throw new ForbiddenException("只有殡仪馆工作人员可以登记逝者");
        }
    }
}
