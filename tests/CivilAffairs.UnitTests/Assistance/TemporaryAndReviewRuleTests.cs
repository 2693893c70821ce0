using CivilAffairs.Assistance.Features.Cases;
using CivilAffairs.Assistance.Features.Temporary;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>临时救助 caps and approval routing (rules doc §3) with the seeded multiples 6 / 12 / 3.</summary>
public class TemporaryRuleTests
{
    private static TemporaryPolicy Policy(decimal standard) => new(standard, UrgentCapMultiple: 6, TransitionalCapMultiple: 12, StreetLimitMultiple: 3);

    [Theory]
    [InlineData(1070, TemporaryKind.Urgent, 6420)] // 2018: 6 × 1070
    [InlineData(1070, TemporaryKind.Transitional, 12840)]
    [InlineData(1160, TemporaryKind.Urgent, 6960)] // 2019
    [InlineData(1160, TemporaryKind.Transitional, 13920)]
    public void The_cap_is_the_multiple_of_the_standard_in_force(decimal standard, TemporaryKind kind, decimal cap) =>
        Assert.Equal(cap, TemporaryRules.Cap(kind, Policy(standard)));

    [Theory]
    [InlineData(3210, ApprovalLevel.Street)] // exactly 3 × 1070: still the street's
    [InlineData(3210.01, ApprovalLevel.District)]
    [InlineData(3500, ApprovalLevel.District)]
    [InlineData(800, ApprovalLevel.Street)]
    public void Amounts_above_three_times_the_2018_standard_go_to_the_district(decimal amount, ApprovalLevel level)
    {
        Assert.Equal(3210m, TemporaryRules.StreetLimit(Policy(1070)));
        Assert.Equal(level, TemporaryRules.Route(amount, Policy(1070)));
    }

    [Fact]
    public void An_amount_above_the_cap_is_refused_with_a_message_naming_the_cap()
    {
        Assert.Null(TemporaryRules.CheckAmount(TemporaryKind.Urgent, 6420m, Policy(1070)));
        var message = TemporaryRules.CheckAmount(TemporaryKind.Urgent, 6420.01m, Policy(1070));
        Assert.Equal("急难型临时救助金额 6,420.01 元超过上限 6,420 元（6 倍低保标准 1,070 元）", message);
        Assert.Null(TemporaryRules.CheckAmount(TemporaryKind.Transitional, 12000m, Policy(1070)));
        Assert.Contains("上限 12,840 元", TemporaryRules.CheckAmount(TemporaryKind.Transitional, 13000m, Policy(1070)), StringComparison.Ordinal);
        Assert.Equal("救助金额须大于0", TemporaryRules.CheckAmount(TemporaryKind.Urgent, 0m, Policy(1070)));
    }

    [Fact]
    public void A_new_standard_moves_cap_and_limit_with_it()
    {
        // 3,400 is above the 2018 street limit (3,210) but within 2019's (3 × 1160 = 3,480)
        Assert.Equal(ApprovalLevel.District, TemporaryRules.Route(3400m, Policy(1070)));
        Assert.Equal(ApprovalLevel.Street, TemporaryRules.Route(3400m, Policy(1160)));
        Assert.Equal(ApprovalLevel.District, TemporaryRules.Route(3500m, Policy(1160)));
    }
}

/// <summary>定期复核 scheduling (rules doc §1.7): intervals 12 / 6 / 3 months by category; outcomes from the next month.</summary>
public class ReviewRuleTests
{
    [Theory]
    [InlineData("2019-03-01", 12, "2020-03-01")] // stable, from the first paid month
    [InlineData("2019-03-01", 6, "2019-09-01")] // working_age
    [InlineData("2019-08-20", 3, "2019-11-20")] // unstable, from the review
    [InlineData("2019-08-31", 6, "2020-02-29")] // month end clamps, leap year
    public void The_next_review_is_the_category_interval_after_the_review(string from, int months, string next) =>
        Assert.Equal(DateOnly.Parse(next), ReviewRules.NextReview(DateOnly.Parse(from), months));

    [Fact]
    public void An_interval_below_one_month_is_a_configuration_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReviewRules.NextReview(new DateOnly(2019, 1, 1), 0));

    [Theory]
    [InlineData("2019-08-20", "2019-03-01", "2019-09-01")] // the month after the review
    [InlineData("2019-12-31", "2019-03-01", "2020-01-01")]
    [InlineData("2019-01-30", "2019-03-01", "2019-03-01")] // never before the first paid month
    public void Outcomes_take_effect_from_the_month_after_the_review(string reviewed, string enrolFrom, string effective) =>
        Assert.Equal(DateOnly.Parse(effective), ReviewRules.EffectiveFrom(DateOnly.Parse(reviewed), DateOnly.Parse(enrolFrom)));

    [Fact]
    public void Due_and_overdue_are_counted_from_today()
    {
        var today = new DateOnly(2019, 8, 20);
        Assert.True(ReviewRules.IsDue(new DateOnly(2019, 9, 1), today, 30));
        Assert.False(ReviewRules.IsDue(new DateOnly(2019, 9, 1), today, 7));
        Assert.False(ReviewRules.IsOverdue(today, today));
        Assert.True(ReviewRules.IsOverdue(today.AddDays(-1), today));
        Assert.False(ReviewRules.IsDue(null, today, 30));
    }

    [Fact]
    public void Only_the_configured_categories_are_known()
    {
        Assert.True(ReviewRules.IsKnownCategory("working_age"));
        Assert.False(ReviewRules.IsKnownCategory("monthly"));
        Assert.False(ReviewRules.IsKnownCategory(null));
    }
}
