using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;

namespace CivilAffairs.UnitTests.Disaster;

public sealed class SubsidyWorkflowTests
{
    private static readonly DateOnly Today = new(2019, 3, 1);

    [Theory]
    [InlineData(SubsidyStatus.Submitted, SubsidyStep.CommunityReview, SubsidyStatus.Publicity)]
    [InlineData(SubsidyStatus.Publicity, SubsidyStep.StreetReview, SubsidyStatus.StreetReviewed)]
    [InlineData(SubsidyStatus.StreetReviewed, SubsidyStep.DistrictApproval, SubsidyStatus.Approved)]
    public void Each_step_moves_its_own_status_forward(SubsidyStatus from, SubsidyStep step, SubsidyStatus to) =>
        Assert.Equal(to, SubsidyWorkflow.Next(from, step, approve: true, Today, publicityUntil: Today.AddDays(-1)));

    [Theory]
    [InlineData(SubsidyStatus.Submitted, SubsidyStep.CommunityReview)]
    [InlineData(SubsidyStatus.Publicity, SubsidyStep.StreetReview)]
    [InlineData(SubsidyStatus.StreetReviewed, SubsidyStep.DistrictApproval)]
    public void Every_step_may_refuse(SubsidyStatus from, SubsidyStep step) =>
        Assert.Equal(SubsidyStatus.Refused, SubsidyWorkflow.Next(from, step, approve: false, Today, Today.AddDays(5)));

    [Theory]
    [InlineData(SubsidyStatus.Submitted, SubsidyStep.StreetReview)]
    [InlineData(SubsidyStatus.Submitted, SubsidyStep.DistrictApproval)]
    [InlineData(SubsidyStatus.Publicity, SubsidyStep.DistrictApproval)]
    [InlineData(SubsidyStatus.Publicity, SubsidyStep.CommunityReview)]
    [InlineData(SubsidyStatus.Approved, SubsidyStep.DistrictApproval)]
    [InlineData(SubsidyStatus.Refused, SubsidyStep.CommunityReview)]
    [InlineData(SubsidyStatus.Refused, SubsidyStep.StreetReview)]
    public void No_step_is_skipped_or_repeated(SubsidyStatus from, SubsidyStep step)
    {
        var ex = Assert.Throws<BusinessRuleException>(() => SubsidyWorkflow.Next(from, step, approve: true, Today, null));
        Assert.Contains(DisasterNames.Status(from), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_street_waits_until_the_publicity_period_is_over_but_may_refuse_during_it()
    {
        var until = new DateOnly(2019, 3, 1);
        var ex = Assert.Throws<BusinessRuleException>(() => SubsidyWorkflow.Next(SubsidyStatus.Publicity, SubsidyStep.StreetReview, true, until, until));
        Assert.Contains("2019-03-01", ex.Message, StringComparison.Ordinal);
        Assert.Equal(SubsidyStatus.StreetReviewed, SubsidyWorkflow.Next(SubsidyStatus.Publicity, SubsidyStep.StreetReview, true, until.AddDays(1), until));
        Assert.Equal(SubsidyStatus.Refused, SubsidyWorkflow.Next(SubsidyStatus.Publicity, SubsidyStep.StreetReview, false, until, until));
    }

    [Fact]
    public void Publicity_counts_make_up_working_days_and_skips_the_spring_festival()
    {
        var calendar = new WorkingDays(
        [
            new CalendarDay { Date = new DateOnly(2019, 2, 2), Kind = CalendarDayKind.Workday, Name = "春节" },
            new CalendarDay { Date = new DateOnly(2019, 2, 3), Kind = CalendarDayKind.Workday, Name = "春节" },
            .. Enumerable.Range(4, 7).Select(d => new CalendarDay { Date = new DateOnly(2019, 2, d), Kind = CalendarDayKind.Holiday, Name = "春节" }),
        ]);
        // reviewed Wed 30 January: 31 Jan, 1 Feb, Sat 2 and Sun 3 Feb (make-up), holiday 4–10, Mon 11 Feb is the fifth
        var (from, until) = SubsidyWorkflow.Publicity(calendar, new DateOnly(2019, 1, 30), 5);
        Assert.Equal(new DateOnly(2019, 1, 31), from);
        Assert.Equal(new DateOnly(2019, 2, 11), until);
        // without the official days the same five would end on Wednesday 6 February
        Assert.Equal(new DateOnly(2019, 2, 6), SubsidyWorkflow.Publicity(new WorkingDays([]), new DateOnly(2019, 1, 30), 5).Until);
        // a review on Friday: the weekend does not count
        Assert.Equal(new DateOnly(2019, 3, 8), SubsidyWorkflow.Publicity(new WorkingDays([]), new DateOnly(2019, 3, 1), 5).Until);
    }
}

public sealed class StockRulesTests
{
    [Fact]
    public void Receipts_add_and_issues_take_away()
    {
        Assert.Equal(15, StockRules.After(10, MovementKind.Receipt, 5));
        Assert.Equal(3, StockRules.After(10, MovementKind.Issue, 7));
        Assert.Equal(0, StockRules.After(7, MovementKind.Issue, 7));
    }

    [Fact]
    public void An_issue_beyond_the_stock_is_refused_with_both_numbers()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => StockRules.After(2, MovementKind.Issue, 3));
        Assert.Contains("现有 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("发放 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Quantities_must_be_positive(int quantity)
    {
        Assert.Throws<FieldValidationException>(() => StockRules.After(10, MovementKind.Receipt, quantity));
        Assert.Throws<FieldValidationException>(() => StockRules.After(10, MovementKind.Issue, quantity));
    }
}
