using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.UnitTests.SocialOrgs;

/// <summary>The penalty procedure's rules: the hearing right, the repeated-penalty window, the decision time limit, the order of steps.</summary>
public sealed class SupervisionRulesTests
{
    [Theory]
    [InlineData(CaseOutcome.Fine, 49_999.99, false)]
    [InlineData(CaseOutcome.Fine, 50_000.0, true)]
    [InlineData(CaseOutcome.Confiscation, 80_000.0, true)]
    [InlineData(CaseOutcome.Confiscation, 1_000.0, false)]
    [InlineData(CaseOutcome.Warning, null, false)]
    [InlineData(CaseOutcome.Suspension, null, true)]
    [InlineData(CaseOutcome.Revocation, null, true)]
    [InlineData(CaseOutcome.Ban, null, true)]
    [InlineData(CaseOutcome.Dispersal, null, false)]
    public void The_hearing_right_applies_to_large_amounts_suspension_revocation_and_bans(CaseOutcome outcome, double? amount, bool expected) =>
        Assert.Equal(expected, SupervisionRules.HearingRight(outcome, (decimal?)amount, 50_000m));

    [Fact]
    public void The_hearing_threshold_is_the_parameter_not_a_fixed_number() =>
        Assert.True(SupervisionRules.HearingRight(CaseOutcome.Fine, 10_000m, 10_000m));

    [Fact]
    public void Two_minor_penalties_within_three_years_trigger_the_repeat_rule_but_not_when_the_first_is_older()
    {
        var on = new DateOnly(2026, 11, 28);
        Assert.True(SupervisionRules.RepeatedPenalties([new DateOnly(2023, 11, 29), on], on, 2, 3));
        // exactly three years earlier is outside the window
        Assert.False(SupervisionRules.RepeatedPenalties([new DateOnly(2023, 11, 28), on], on, 2, 3));
        Assert.False(SupervisionRules.RepeatedPenalties([on], on, 2, 3));
        // a later decision does not count towards an earlier one
        Assert.False(SupervisionRules.RepeatedPenalties([on, new DateOnly(2026, 12, 1)], on, 2, 3));
        Assert.True(SupervisionRules.RepeatedPenalties([new DateOnly(2025, 1, 1), new DateOnly(2026, 1, 1), on], on, 3, 3));
    }

    [Theory]
    [InlineData(CaseOutcome.Warning, null, true)]
    [InlineData(CaseOutcome.Fine, 49_999.0, true)]
    [InlineData(CaseOutcome.Fine, 50_000.0, false)]
    [InlineData(CaseOutcome.Confiscation, 100.0, false)]
    [InlineData(CaseOutcome.Suspension, null, false)]
    public void Warnings_and_fines_below_the_large_fine_are_minor_penalties(CaseOutcome outcome, double? amount, bool expected) =>
        Assert.Equal(expected, SupervisionRules.IsMinorPenalty(outcome, (decimal?)amount, 50_000m));

    [Fact]
    public void The_decision_is_due_ninety_days_after_filing_and_is_overdue_the_day_after()
    {
        var filed = new DateOnly(2026, 3, 1);
        var due = SupervisionRules.DecisionDue(filed, 90);
        Assert.Equal(new DateOnly(2026, 5, 30), due);
        Assert.False(SupervisionRules.Overdue(due, null, due, CaseStatus.Reviewed));
        Assert.True(SupervisionRules.Overdue(due, null, due.AddDays(1), CaseStatus.Reviewed));
        Assert.Equal(0, SupervisionRules.DaysLeft(due, null, due));
        Assert.Equal(-3, SupervisionRules.DaysLeft(due, null, due.AddDays(3)));
        // a decision on time stays on time; a late one stays late; a dropped case is never overdue
        Assert.False(SupervisionRules.Overdue(due, due, due.AddDays(100), CaseStatus.Closed));
        Assert.True(SupervisionRules.Overdue(due, due.AddDays(2), due.AddDays(100), CaseStatus.Closed));
        Assert.False(SupervisionRules.Overdue(due, null, due.AddDays(5), CaseStatus.Dropped));
        Assert.Null(SupervisionRules.DaysLeft(due, due, due));
        Assert.False(SupervisionRules.Overdue(null, null, due, CaseStatus.Proposed));
    }

    [Fact]
    public void Steps_follow_the_procedure_and_the_hearing_only_where_the_right_applies()
    {
        Assert.True(SupervisionRules.CanMove(CaseStatus.Proposed, CaseStatus.Filed, false));
        Assert.False(SupervisionRules.CanMove(CaseStatus.Proposed, CaseStatus.Decided, false));
        Assert.False(SupervisionRules.CanMove(CaseStatus.Investigated, CaseStatus.Notified, false));
        Assert.False(SupervisionRules.CanMove(CaseStatus.Notified, CaseStatus.Heard, false));
        Assert.True(SupervisionRules.CanMove(CaseStatus.Notified, CaseStatus.Heard, true));
        Assert.True(SupervisionRules.CanMove(CaseStatus.Notified, CaseStatus.Decided, true));
        Assert.True(SupervisionRules.CanMove(CaseStatus.Heard, CaseStatus.Decided, true));
        Assert.True(SupervisionRules.CanMove(CaseStatus.Reviewed, CaseStatus.Dropped, false));
        Assert.False(SupervisionRules.CanMove(CaseStatus.Decided, CaseStatus.Dropped, false));
        Assert.False(SupervisionRules.CanMove(CaseStatus.Closed, CaseStatus.Filed, false));
    }

    [Fact]
    public void Illegal_organizations_are_banned_or_dispersed_and_registered_ones_penalized()
    {
        Assert.True(SupervisionRules.ForIllegal(CaseOutcome.Ban) && SupervisionRules.ForIllegal(CaseOutcome.Dispersal));
        Assert.False(SupervisionRules.ForIllegal(CaseOutcome.Fine));
        Assert.True(SupervisionRules.ForRegistered(CaseOutcome.Revocation));
        Assert.False(SupervisionRules.ForRegistered(CaseOutcome.Ban));
    }
}
