using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>
/// 定期复核: records a review's outcome on the enrolment that payment runs read. Continue and
/// Adjust need assistance.enrolment; Stop takes effect at once for the district (assistance.approve)
/// and is otherwise a proposal the district confirms (社会救助暂行办法 art. 13: stopping needs a
/// written reason; §2: the street reviews, the county decides the termination).
/// </summary>
internal sealed class ReviewWorkflow(AssistanceDb db, CalculateHandler calculator, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ReviewView> RecordAsync(Guid enrolmentId, RecordReviewRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistanceEnrolment))
        {
            throw new ForbiddenException();
        }
        var errors = new FieldErrors();
        if (!Enum.TryParse<ReviewOutcome>(r.Outcome ?? "", ignoreCase: true, out var outcome) || !Enum.IsDefined(outcome))
        {
            errors.Add("outcome", "请选择复核结论（Continue 继续、Adjust 调整、Stop 停止）");
        }
        if (r.Category is not null && !ReviewRules.IsKnownCategory(r.Category))
        {
            errors.Add("category", "复核类别须为 stable、working_age 或 unstable");
        }
        if (outcome == ReviewOutcome.Stop && string.IsNullOrWhiteSpace(r.Note))
        {
            errors.Add("note", "停止保障须书面说明理由");
        }
        if (outcome == ReviewOutcome.Adjust && (r.Members is null || r.Members.Count == 0))
        {
            errors.Add("members", "调整须填写复核后的家庭成员及收入");
        }
        errors.ThrowIfAny();
        var e = await db.Enrolments.Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == enrolmentId, ct) ?? throw new NotFoundException();
        if (r.Version is { } v && v != e.Version)
        {
            throw new BusinessRuleException("该家庭已被他人处理，请刷新后重试");
        }
        if (e.Status == EnrolmentStatus.Stopped)
        {
            throw new BusinessRuleException("该家庭已停止保障，不能再复核");
        }
        if (await db.EnrolmentReviews.AnyAsync(x => x.EnrolmentId == e.Id && x.Status == ReviewStatus.Proposed, ct))
        {
            throw new BusinessRuleException("该家庭有待区审批的停保建议，请先由区民政局确认");
        }
        var today = ChinaTime.Today(clock);
        var review = new EnrolmentReview
        {
            EnrolmentId = e.Id, DivisionCode = e.DivisionCode, ReviewedOn = today, Outcome = outcome, Status = ReviewStatus.Done,
            EffectiveFrom = ReviewRules.EffectiveFrom(today, e.EnrolFrom), CategoryBefore = e.ReviewCategory, CategoryAfter = r.Category ?? e.ReviewCategory,
            BenefitBefore = e.MonthlyBenefit, BenefitAfter = e.MonthlyBenefit, Note = Trim(r.Note), UserName = user.UserName,
        };
        switch (outcome)
        {
            case ReviewOutcome.Stop when user.Has(Permissions.AssistanceApprove):
                Stop(e, review, review.Note!, today);
                break;
            case ReviewOutcome.Stop:
                review.Status = ReviewStatus.Proposed;
                AddEvent(e, review.EffectiveFrom, "复核：建议停止保障", $"街道建议停保，待区民政局确认。理由：{review.Note}");
                break;
            case ReviewOutcome.Adjust:
                await AdjustAsync(e, review, r.Members!, ct);
                await ScheduleAsync(e, review, today, ct);
                AddEvent(e, review.EffectiveFrom, "复核：调整保障金",
                    $"月保障金 {review.BenefitBefore:0.00} → {review.BenefitAfter:0.00} 元，自{review.EffectiveFrom:yyyy年M月}起。{review.Note}");
                break;
            default:
                await ScheduleAsync(e, review, today, ct);
                AddEvent(e, review.EffectiveFrom, "复核：继续保障", review.Note);
                break;
        }
        if (review.CategoryAfter != review.CategoryBefore)
        {
            AddEvent(e, review.EffectiveFrom, "调整复核类别", $"{ReviewRules.CategoryName(review.CategoryBefore)} → {ReviewRules.CategoryName(review.CategoryAfter)}");
        }
        e.Version++;
        db.EnrolmentReviews.Add(review);
        await SaveAsync(ct);
        return ReviewQueries.ToView(review, e);
    }

    /// <summary>The district confirms or refuses a street's stop proposal.</summary>
    public async Task<ReviewView> ConfirmStopAsync(Guid reviewId, ConfirmStopRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistanceApprove))
        {
            throw new ForbiddenException("停止保障须由区民政局审批");
        }
        if (r.Approve is null)
        {
            throw new FieldValidationException("approve", "请选择同意或不同意停保");
        }
        if (r.Approve == false && string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", "不同意停保须说明理由");
        }
        var review = await db.EnrolmentReviews.FirstOrDefaultAsync(x => x.Id == reviewId, ct) ?? throw new NotFoundException();
        if (review.Status != ReviewStatus.Proposed)
        {
            throw new BusinessRuleException("该复核结论不是待确认的停保建议");
        }
        var e = await db.Enrolments.FirstOrDefaultAsync(x => x.Id == review.EnrolmentId, ct) ?? throw new NotFoundException();
        var today = ChinaTime.Today(clock);
        review.DecidedBy = user.UserName;
        review.DecidedOn = today;
        review.DecisionNote = Trim(r.Note);
        review.Version++;
        if (r.Approve == true)
        {
            review.EffectiveFrom = ReviewRules.EffectiveFrom(today, e.EnrolFrom);
            Stop(e, review, review.Note!, today);
        }
        else
        {
            review.Status = ReviewStatus.Rejected;
            await ScheduleAsync(e, review, review.ReviewedOn, ct);
            AddEvent(e, review.EffectiveFrom, "复核：区不同意停保", $"继续保障。{review.DecisionNote}");
        }
        e.Version++;
        await SaveAsync(ct);
        return ReviewQueries.ToView(review, e);
    }

    private void Stop(Enrolment e, EnrolmentReview review, string reason, DateOnly today)
    {
        review.Status = ReviewStatus.Done;
        review.BenefitAfter = 0;
        review.NextReviewOn = null;
        review.DecidedBy ??= user.UserName;
        review.DecidedOn ??= today;
        e.Status = EnrolmentStatus.Stopped;
        e.StoppedFrom = review.EffectiveFrom;
        e.StatusReason = reason;
        e.NextReviewOn = null;
        AddEvent(e, review.EffectiveFrom, "复核：停止保障", $"自{review.EffectiveFrom:yyyy年M月}起停发。理由：{reason}");
    }

    /// <summary>Next review from the interval of the (new) category in force on the review date.</summary>
    private async Task ScheduleAsync(Enrolment e, EnrolmentReview review, DateOnly from, CancellationToken ct)
    {
        var months = (int)await parameters.GetDecimalAsync(AssistanceParameters.ReviewMonthsKey(review.CategoryAfter), from, e.DivisionCode, ct);
        e.ReviewCategory = review.CategoryAfter;
        e.NextReviewOn = review.NextReviewOn = ReviewRules.NextReview(from, months);
    }

    /// <summary>
    /// Recomputes the amount for the first month it applies to, with the same rules and parameter
    /// loading as the trial calculation, then applies the household change.
    /// </summary>
    private async Task AdjustAsync(Enrolment e, EnrolmentReview review, List<ReviewMember> members, CancellationToken ct)
    {
        var current = e.Members.Where(m => m.LeftFrom is null || m.LeftFrom > review.EffectiveFrom).ToDictionary(m => m.Id);
        var errors = new FieldErrors();
        for (var i = 0; i < members.Count; i++)
        {
            var m = members[i];
            if (m.MemberId is { } id && !current.ContainsKey(id))
            {
                errors.Add($"members[{i}].memberId", $"第{i + 1}名成员不是该家庭的在册成员");
            }
            if (m.MemberId is null && string.IsNullOrWhiteSpace(m.IdNumber) && m.BirthDate is null)
            {
                errors.Add($"members[{i}].idNumber", $"第{i + 1}名成员（新增）：请填写身份证号码或出生日期");
            }
        }
        errors.ThrowIfAny();
        var request = new CalculationRequest
        {
            Programme = e.Programme.ToString(), Date = review.EffectiveFrom, DivisionCode = e.DivisionCode,
            Assets = new CalculationAssets
            {
                FinancialAssets = e.FinancialAssets, ResidentialUnits = e.ResidentialUnits, NonResidentialUnits = e.NonResidentialUnits,
                Vehicles = e.Vehicles, BusinessRegistrations = e.BusinessRegistrations,
            },
            Members = members.Select(m => new CalculationMember
            {
                IdNumber = m.MemberId is null ? m.IdNumber : null,
                BirthDate = m.MemberId is { } id ? current[id].BirthDate : m.BirthDate,
                Relation = m.Relation, MonthlyIncome = m.MonthlyIncome ?? 0, IncomeItems = m.IncomeItems, DisabilityGrade = m.DisabilityGrade,
                SeriousIllness = m.SeriousIllness, Student = m.Student, ShenzhenHukou = m.ShenzhenHukou,
            }).ToList(),
        };
        var result = await calculator.HandleAsync(request, ct);
        if (!result.Eligible)
        {
            throw new BusinessRuleException($"按复核后的家庭情况已不符合条件：{string.Join("；", result.Reasons)}。如需停保请选择“停止保障”并说明理由");
        }
        review.BenefitAfter = result.MonthlyBenefit;
        e.MonthlyBenefit = result.MonthlyBenefit;
        var kept = members.Where(m => m.MemberId is not null).Select(m => m.MemberId!.Value).ToHashSet();
        foreach (var left in current.Values.Where(m => !kept.Contains(m.Id)))
        {
            left.LeftFrom = review.EffectiveFrom;
            left.LeftReason = "定期复核：不再共同生活";
        }
        foreach (var m in members)
        {
            var target = m.MemberId is { } id ? current[id] : NewMember(e, m, review.EffectiveFrom);
            target.Relation = m.Relation ?? target.Relation;
            target.MonthlyIncome = m.MonthlyIncome ?? 0;
            target.IncomeItemsJson = m.IncomeItems is { Count: > 0 } ? JsonSerializer.Serialize(m.IncomeItems, Json) : null;
            target.DisabilityGrade = m.DisabilityGrade;
            target.SeriousIllness = m.SeriousIllness;
            target.Student = m.Student;
            target.ShenzhenHukou = m.ShenzhenHukou;
            if (m.Name is { Length: > 0 } name)
            {
                target.Name = name.Trim();
            }
        }
    }

    private EnrolmentMember NewMember(Enrolment e, ReviewMember m, DateOnly on)
    {
        var parsed = IdNumber.TryParse(m.IdNumber, on, null, out var info, out _);
        var member = new EnrolmentMember
        {
            EnrolmentId = e.Id, IdNumber = parsed ? info!.Normalized : null, BirthDate = parsed ? info!.BirthDate : m.BirthDate!.Value, Relation = "99",
        };
        e.Members.Add(member);
        db.EnrolmentMembers.Add(member);
        return member;
    }

    private void AddEvent(Enrolment e, DateOnly effectiveFrom, string kind, string? note) =>
        db.EnrolmentEvents.Add(new EnrolmentEvent
        {
            EnrolmentId = e.Id, AtUtc = clock.GetUtcNow().UtcDateTime, EffectiveFrom = effectiveFrom, Kind = kind,
            Note = note is { Length: > 1000 } ? note[..1000] : note, UserName = user.UserName,
        });

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该家庭已被他人处理，请刷新后重试");
        }
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
