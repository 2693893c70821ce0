using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>在保家庭 lists and details, always inside the caller's jurisdiction.</summary>
internal sealed class EnrolmentQueries(AssistanceDb db, TimeProvider clock)
{
    public const int MaxPageSize = 200;

    public async Task<EnrolmentPage> ListAsync(string? programme, string? status, string? street, int page, int pageSize, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var month = new DateOnly(today.Year, today.Month, 1);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(1, page);
        var q = db.Enrolments.AsNoTracking();
        if (Enum.TryParse<Programme>(programme ?? "", ignoreCase: true, out var p))
        {
            q = q.Where(e => e.Programme == p);
        }
        if (Enum.TryParse<EnrolmentStatus>(status ?? "", ignoreCase: true, out var s))
        {
            q = q.Where(e => e.Status == s);
        }
        if (DivisionCodes.Normalize(street) is { } prefix)
        {
            q = q.Where(e => e.DivisionCode.StartsWith(prefix));
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(e => e.Status).ThenBy(e => e.DivisionCode).ThenBy(e => e.EnrolFrom).ThenBy(e => e.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new
            {
                e.Id, e.ApplicationId, e.Programme, e.HeadIdNumber, e.HeadName, e.DivisionCode, e.Status, e.MonthlyBenefit, e.EnrolFrom, e.NextReviewOn, e.BankAccount,
                Size = e.Members.Count(m => (m.JoinedFrom == null || m.JoinedFrom <= month) && (m.LeftFrom == null || m.LeftFrom > month)),
            })
            .ToListAsync(ct);
        return new EnrolmentPage(total, page, pageSize, rows.Select(e => new EnrolmentListItem(e.Id, e.ApplicationId, e.Programme.ToString(), Masking.IdNumber(e.HeadIdNumber),
            e.HeadName, e.DivisionCode, e.Status.ToString(), e.Size, e.MonthlyBenefit, e.EnrolFrom, e.NextReviewOn, e.NextReviewOn is { } r && r <= today,
            !string.IsNullOrEmpty(e.BankAccount))).ToList());
    }

    public async Task<EnrolmentDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var e = await db.Enrolments.AsNoTracking().Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var events = await db.EnrolmentEvents.AsNoTracking().Where(x => x.EnrolmentId == id).OrderBy(x => x.AtUtc).ToListAsync(ct);
        return ToDetail(e, events, ChinaTime.Today(clock));
    }

    internal static EnrolmentDetail ToDetail(Enrolment e, IEnumerable<EnrolmentEvent> events, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return new EnrolmentDetail(e.Id, e.ApplicationId, e.Programme.ToString(), Masking.IdNumber(e.HeadIdNumber), e.HeadName, e.DivisionCode,
            e.Status.ToString(), e.StatusReason, e.EnrolFrom, e.StoppedFrom, e.ReviewCategory, e.NextReviewOn, e.BankName, Masking.BankAccount(e.BankAccount),
            e.MonthlyBenefit, e.Version,
            e.Members.OrderBy(m => m.Relation == "02" ? 0 : 1).ThenBy(m => m.BirthDate).Select(m => new EnrolmentMemberView(m.Id, Masking.IdNumber(m.IdNumber), m.Name,
                m.Relation, m.BirthDate, IdNumber.AgeOn(m.BirthDate, today), m.MonthlyIncome, m.DisabilityGrade, m.SeriousIllness, m.Student, m.ShenzhenHukou,
                m.JoinedFrom, m.LeftFrom, m.LeftReason, EnrolmentChanges.CountsIn(m, month))).ToList(),
            events.OrderBy(x => x.AtUtc).Select(x => new EnrolmentEventView(x.AtUtc, x.EffectiveFrom, x.Kind, x.Note, x.UserName)).ToList());
    }

    public static string StatusName(string s) => s switch
    {
        nameof(EnrolmentStatus.Active) => "在保",
        nameof(EnrolmentStatus.Suspended) => "暂停",
        _ => "终止",
    };

    public static string RelationName(string code) => code switch
    {
        "02" => "户主",
        "10" or "11" or "12" => "配偶",
        _ when code.StartsWith('2') => "子女",
        _ when code.StartsWith('3') => "孙子女",
        _ when code.StartsWith('5') => "父母",
        _ when code.StartsWith('6') => "祖父母",
        _ when code.StartsWith('7') => "兄弟姐妹",
        _ => "其他",
    };
}
