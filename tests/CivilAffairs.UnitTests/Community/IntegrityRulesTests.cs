using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Calendar;

namespace CivilAffairs.UnitTests.Community;

/// <summary>The removal vote (quorum and majority of the Organic Law), the lead verification deadline in working days, the order of a lead's steps.</summary>
public sealed class IntegrityRulesTests
{
    [Theory]
    [InlineData(50, 26, 14, true)]
    [InlineData(50, 25, 25, false)] // exactly half present is not "more than half"
    [InlineData(50, 30, 15, false)] // exactly half of those present is not a majority
    [InlineData(50, 30, 16, true)]
    [InlineData(101, 51, 26, true)]
    [InlineData(101, 50, 50, false)]
    [InlineData(1, 1, 1, true)]
    public void A_removal_needs_more_than_half_present_and_more_than_half_of_those_present_in_favour(int eligible, int attended, int votesFor, bool passed)
    {
        var v = IntegrityRules.CheckVote(eligible, attended, votesFor, 0.5m, 0.5m);
        Assert.Equal(passed, v.Passed);
    }

    [Fact]
    public void The_thresholds_follow_the_parameters_not_a_literal()
    {
        var half = IntegrityRules.CheckVote(90, 60, 40, 0.5m, 0.5m);
        Assert.Equal(46, half.AttendanceNeeded);
        Assert.Equal(31, half.VotesNeeded);
        Assert.True(half.Passed);
        // a stricter rule (two thirds of those present) changes the outcome of the same meeting
        var twoThirds = IntegrityRules.CheckVote(90, 60, 40, 0.5m, 2m / 3m);
        Assert.Equal(41, twoThirds.VotesNeeded);
        Assert.False(twoThirds.MajorityMet);
        Assert.True(twoThirds.QuorumMet);
    }

    [Fact]
    public void The_verification_deadline_counts_working_days_across_the_national_day_holiday()
    {
        var days = new List<CalendarDay>
        {
            new() { Date = new DateOnly(2018, 9, 29), Kind = CalendarDayKind.Workday, Name = "调休上班" },
            new() { Date = new DateOnly(2018, 9, 30), Kind = CalendarDayKind.Workday, Name = "调休上班" },
        };
        days.AddRange(Enumerable.Range(1, 7).Select(d => new CalendarDay { Date = new DateOnly(2018, 10, d), Kind = CalendarDayKind.Holiday, Name = "国庆节" }));
        var calendar = new WorkingDays(days);
        // received on Friday 28 September 2018: two make-up Saturdays/Sundays count, the seven holidays do not
        var due = IntegrityRules.VerifyDue(calendar, new DateOnly(2018, 9, 28), 30);
        Assert.Equal(new DateOnly(2018, 11, 14), due);
        Assert.False(IntegrityRules.Overdue(LeadStatus.Verifying, due, due));
        Assert.True(IntegrityRules.Overdue(LeadStatus.Verifying, due, due.AddDays(1)));
        Assert.True(IntegrityRules.Overdue(LeadStatus.Received, due, due.AddDays(1)));
        // once concluded, a lead is no longer overdue whatever the date
        Assert.False(IntegrityRules.Overdue(LeadStatus.Verified, due, due.AddDays(30)));
        Assert.False(IntegrityRules.Overdue(LeadStatus.Closed, due, due.AddDays(30)));
    }

    [Fact]
    public void A_lead_goes_verify_result_then_hand_over_if_confirmed_and_close()
    {
        Assert.True(IntegrityRules.Allows(LeadStatus.Received, "verify", null));
        Assert.False(IntegrityRules.Allows(LeadStatus.Received, "handover", null));
        Assert.False(IntegrityRules.Allows(LeadStatus.Received, "close", null));
        Assert.True(IntegrityRules.Allows(LeadStatus.Verifying, "result", LeadResult.Unfounded));
        Assert.True(IntegrityRules.Allows(LeadStatus.Verified, "handover", LeadResult.Confirmed));
        Assert.True(IntegrityRules.Allows(LeadStatus.Verified, "handover", LeadResult.PartlyConfirmed));
        Assert.False(IntegrityRules.Allows(LeadStatus.Verified, "close", LeadResult.Confirmed));
        Assert.True(IntegrityRules.Allows(LeadStatus.Verified, "close", LeadResult.Unfounded));
        Assert.False(IntegrityRules.Allows(LeadStatus.Verified, "handover", LeadResult.Unfounded));
        Assert.True(IntegrityRules.Allows(LeadStatus.HandedOver, "close", LeadResult.Confirmed));
        Assert.False(IntegrityRules.Allows(LeadStatus.Closed, "verify", LeadResult.Confirmed));
    }
}
