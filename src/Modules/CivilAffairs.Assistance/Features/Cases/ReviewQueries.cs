using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>Due lists and review history, inside the user's jurisdiction.</summary>
internal sealed class ReviewQueries(AssistanceDb db, TimeProvider clock)
{
    public const int DefaultWindowDays = 30;

    /// <summary>Active households whose review is due within <paramref name="withinDays"/> days (overdue first).</summary>
    public async Task<DueReviewList> DueAsync(int? withinDays, string? divisionCode, string? category, bool overdueOnly, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var window = Math.Clamp(withinDays ?? DefaultWindowDays, 0, 366);
        var until = overdueOnly ? today.AddDays(-1) : today.AddDays(window);
        var q = db.Enrolments.AsNoTracking().Where(e => e.Status != EnrolmentStatus.Stopped && e.NextReviewOn != null && e.NextReviewOn <= until);
        if (DivisionCodes.Normalize(divisionCode) is { } division)
        {
            q = q.Where(e => e.DivisionCode.StartsWith(division));
        }
        if (ReviewRules.IsKnownCategory(category))
        {
            q = q.Where(e => e.ReviewCategory == category);
        }
        var rows = await q.OrderBy(e => e.NextReviewOn).ThenBy(e => e.DivisionCode).Take(1000)
            .Select(e => new
            {
                e.Id, e.HeadName, e.HeadIdNumber, e.Programme, e.DivisionCode, e.ReviewCategory, e.NextReviewOn, e.MonthlyBenefit,
                Members = e.Members.Count(m => m.LeftFrom == null || m.LeftFrom > today),
            })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var proposed = (await db.EnrolmentReviews.AsNoTracking().Where(r => ids.Contains(r.EnrolmentId) && r.Status == ReviewStatus.Proposed)
            .Select(r => r.EnrolmentId).ToListAsync(ct)).ToHashSet();
        var items = rows.Select(r => new DueReviewView(r.Id, r.HeadName, Masking.IdNumber(r.HeadIdNumber), r.Programme.ToString(), r.DivisionCode,
            r.ReviewCategory, r.NextReviewOn, ReviewRules.IsOverdue(r.NextReviewOn, today), r.NextReviewOn!.Value.DayNumber - today.DayNumber,
            r.MonthlyBenefit, r.Members, proposed.Contains(r.Id))).ToList();
        return new DueReviewList(today, window, items.Count(i => i.Overdue), items.Count(i => !i.Overdue), items);
    }

    /// <summary>Stop proposals waiting for the district.</summary>
    public async Task<IReadOnlyList<ReviewView>> ProposalsAsync(CancellationToken ct)
    {
        var rows = await db.EnrolmentReviews.AsNoTracking().Where(r => r.Status == ReviewStatus.Proposed).OrderBy(r => r.ReviewedOn)
            .Join(db.Enrolments, r => r.EnrolmentId, e => e.Id, (r, e) => new { r, e }).Take(500).ToListAsync(ct);
        return rows.Select(x => ToView(x.r, x.e)).ToList();
    }

    public async Task<EnrolmentCaseView> GetAsync(Guid enrolmentId, CancellationToken ct)
    {
        var e = await db.Enrolments.AsNoTracking().Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == enrolmentId, ct) ?? throw new NotFoundException();
        var reviews = await db.EnrolmentReviews.AsNoTracking().Where(r => r.EnrolmentId == e.Id).OrderByDescending(r => r.ReviewedOn).ToListAsync(ct);
        var events = await db.EnrolmentEvents.AsNoTracking().Where(x => x.EnrolmentId == e.Id).ToListAsync(ct);
        var today = ChinaTime.Today(clock);
        return new EnrolmentCaseView(e.Id, e.Programme.ToString(), e.HeadName, Masking.IdNumber(e.HeadIdNumber), e.DivisionCode, e.Status.ToString(),
            e.EnrolFrom, e.StoppedFrom, e.StatusReason, e.ReviewCategory, e.NextReviewOn, ReviewRules.IsOverdue(e.NextReviewOn, today), e.MonthlyBenefit,
            e.Version,
            e.Members.OrderBy(m => m.LeftFrom != null).ThenBy(m => m.Relation).Select(m => new EnrolmentMemberView(m.Id, Masking.IdNumber(m.IdNumber), m.Name,
                m.Relation, m.BirthDate, m.MonthlyIncome, m.DisabilityGrade, m.SeriousIllness, m.Student, m.ShenzhenHukou, m.LeftFrom, m.LeftReason)).ToList(),
            reviews.Select(r => ToView(r, e)).ToList(),
            events.OrderBy(x => x.AtUtc).Select(x => new EnrolmentEventView(x.AtUtc, x.EffectiveFrom, x.Kind, x.Note, x.UserName)).ToList());
    }

    internal static ReviewView ToView(EnrolmentReview r, Enrolment e) => new(r.Id, r.EnrolmentId, r.DivisionCode, r.ReviewedOn, r.Outcome.ToString(),
        r.Status.ToString(), r.EffectiveFrom, r.CategoryBefore, r.CategoryAfter, r.BenefitBefore, r.BenefitAfter, r.NextReviewOn, r.Note, r.UserName,
        r.DecidedBy, r.DecidedOn, r.DecisionNote, e.Status.ToString());
}
