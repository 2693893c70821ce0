using CivilAffairs.Contracts.Assistance;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Adaptation;
using CivilAffairs.ElderCare.Features.Shared;

namespace CivilAffairs.UnitTests.ElderCare;

public sealed class AdaptationRulesTests
{
    [Fact]
    public void Subsidy_is_the_cost_when_under_the_cap_and_the_family_pays_nothing()
    {
        var s = AdaptationRules.Subsidy([(3, 180m), (1, 650m)], cap: 3000m);
        Assert.Equal(1190m, s.Cost);
        Assert.Equal(1190m, s.Subsidy);
        Assert.Equal(0m, s.SelfPaid);
    }

    [Fact]
    public void Subsidy_stops_at_the_cap_and_the_rest_is_self_paid()
    {
        var s = AdaptationRules.Subsidy([(3, 180m), (1, 650m), (1, 2600m)], cap: 3000m);
        Assert.Equal(3790m, s.Cost);
        Assert.Equal(3000m, s.Subsidy);
        Assert.Equal(790m, s.SelfPaid);
        Assert.Equal(s.Cost, s.Subsidy + s.SelfPaid);
    }

    [Fact]
    public void Cost_exactly_at_the_cap_is_fully_subsidised_and_fen_are_kept()
    {
        Assert.Equal(new AdaptationRules.Split(5000m, 5000m, 0m), AdaptationRules.Subsidy([(2, 2500m)], 5000m));
        var s = AdaptationRules.Subsidy([(3, 33.335m)], 50m);
        Assert.Equal(100.01m, s.Cost);
        Assert.Equal(50.01m, s.SelfPaid);
    }

    [Theory]
    [InlineData(AdaptationStatus.Applied, AdaptationStatus.Assessed, true)]
    [InlineData(AdaptationStatus.Applied, AdaptationStatus.Approved, false)] // no approval without an assessment
    [InlineData(AdaptationStatus.Assessed, AdaptationStatus.Approved, true)]
    [InlineData(AdaptationStatus.Assessed, AdaptationStatus.Refused, true)]
    [InlineData(AdaptationStatus.Approved, AdaptationStatus.Closed, false)] // no closing without contractor and check
    [InlineData(AdaptationStatus.Approved, AdaptationStatus.Contracted, true)]
    [InlineData(AdaptationStatus.Contracted, AdaptationStatus.CheckFailed, true)]
    [InlineData(AdaptationStatus.CheckFailed, AdaptationStatus.Closed, true)]
    [InlineData(AdaptationStatus.Closed, AdaptationStatus.Assessed, false)]
    [InlineData(AdaptationStatus.Refused, AdaptationStatus.Approved, false)]
    public void The_state_machine_allows_only_the_steps_in_order(AdaptationStatus from, AdaptationStatus to, bool allowed) =>
        Assert.Equal(allowed, AdaptationRules.CanMove(from, to));

    [Fact]
    public void Overdue_means_past_the_deadline_of_the_current_step_only()
    {
        var due = new DateOnly(2026, 3, 15);
        Assert.False(AdaptationRules.IsOverdue(AdaptationStatus.Applied, due, null, due));
        Assert.True(AdaptationRules.IsOverdue(AdaptationStatus.Applied, due, null, due.AddDays(1)));
        // once assessed the visit deadline no longer counts
        Assert.False(AdaptationRules.IsOverdue(AdaptationStatus.Assessed, due, null, due.AddDays(30)));
        Assert.True(AdaptationRules.IsOverdue(AdaptationStatus.Contracted, due, new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 2)));
        Assert.False(AdaptationRules.IsOverdue(AdaptationStatus.Closed, due, new DateOnly(2026, 4, 1), new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Priority_lists_assistance_disability_and_living_alone()
    {
        var f = new ElderFact(Guid.NewGuid(), "x", new DateOnly(1940, 1, 1), 86, true, "440304", "440304004", AssistanceStatus.Dibao | AssistanceStatus.ExtremePoverty,
            false, false, false, false, CareLevel.Severe, true);
        Assert.Equal("特困,低保,失能,独居", Adaptations.PriorityOf(f, LivingSituation.Alone));
        var none = f with { Assistance = AssistanceStatus.None, CareLevel = null };
        Assert.Null(Adaptations.PriorityOf(none, null));
    }
}
