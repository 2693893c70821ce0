namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>
/// The scheduling rules of 定期复核 (rules doc §1.7): a household is reviewed every N months,
/// N set per category by parameter; outcomes take effect from the month after the review.
/// </summary>
internal static class ReviewRules
{
    /// <summary>The first day of the month after <paramref name="day"/>: outcomes never change a month already paid.</summary>
    public static DateOnly FirstOfNextMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1);

    /// <summary>An outcome applies from the month after the review, and never before the household's first paid month.</summary>
    public static DateOnly EffectiveFrom(DateOnly reviewedOn, DateOnly enrolFrom)
    {
        var next = FirstOfNextMonth(reviewedOn);
        return next > enrolFrom ? next : enrolFrom;
    }

    /// <summary>The next review: the interval of the household's category counted from the review (or enrolment) date.</summary>
    public static DateOnly NextReview(DateOnly from, int months)
    {
        if (months < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(months), "复核间隔须至少1个月");
        }
        return from.AddMonths(months);
    }

    /// <summary>Past its date and not reviewed: shown in red.</summary>
    public static bool IsOverdue(DateOnly? nextReviewOn, DateOnly today) => nextReviewOn is { } d && d < today;

    /// <summary>Due within the window (overdue ones included).</summary>
    public static bool IsDue(DateOnly? nextReviewOn, DateOnly today, int withinDays) => nextReviewOn is { } d && d <= today.AddDays(withinDays);

    public static bool IsKnownCategory(string? category) =>
        category is not null && Domain.AssistanceParameters.ReviewCategories.Any(c => c.Code == category);

    public static string CategoryName(string category) =>
        Domain.AssistanceParameters.ReviewCategories.FirstOrDefault(c => c.Code == category).Name ?? category;

    public static string OutcomeName(ReviewOutcome o) => o switch
    {
        ReviewOutcome.Continue => "继续保障",
        ReviewOutcome.Adjust => "调整保障金额",
        _ => "停止保障",
    };

    public static string StatusName(ReviewStatus s) => s switch
    {
        ReviewStatus.Done => "已生效",
        ReviewStatus.Proposed => "停保待区确认",
        _ => "区不同意停保",
    };
}
