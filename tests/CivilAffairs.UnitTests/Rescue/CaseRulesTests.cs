using CivilAffairs.Platform.Http;
using CivilAffairs.Rescue.Domain;

namespace CivilAffairs.UnitTests.Rescue;

public sealed class CaseRulesTests
{
    private static readonly AgeLimits Limits = new(18, 60);

    [Theory]
    [InlineData(15, false, false, false, "Minor")]
    [InlineData(17, true, true, true, "Minor")]
    [InlineData(18, false, false, false, "Ordinary")]
    [InlineData(59, false, false, true, "Sick")]
    [InlineData(60, false, false, false, "Elderly")]
    [InlineData(78, false, true, false, "Elderly")]
    [InlineData(40, true, true, false, "Disabled")]
    [InlineData(40, false, true, true, "MentallyIll")]
    [InlineData(null, false, false, false, "Ordinary")]
    public void The_suggestion_follows_age_then_observations(int? age, bool disabled, bool mental, bool sick, string expected) =>
        Assert.Equal(Enum.Parse<CareCategory>(expected), CaseRules.Suggest(new ClassificationFacts(age, disabled, mental, sick), Limits));

    [Fact]
    public void The_age_limits_are_parameters_not_literals() =>
        Assert.Equal(CareCategory.Ordinary, CaseRules.Suggest(new ClassificationFacts(62, false, false, false), new AgeLimits(18, 65)));

    [Theory]
    [InlineData("SelfLeave", true, false)]
    [InlineData("SentHome", true, false)]
    [InlineData("Relative", true, true)]
    [InlineData("Guardian", true, true)]
    [InlineData("SelfLeave", false, true)]
    [InlineData("SentHome", false, true)]
    public void The_vulnerable_go_only_to_relatives_or_guardians(string kind, bool vulnerable, bool allowed) =>
        Assert.Equal(allowed, CaseRules.HandOverRefusal(Enum.Parse<HandOverKind>(kind), vulnerable) is null);

    [Fact]
    public void A_child_confirmed_as_ordinary_is_still_vulnerable_by_age()
    {
        Assert.True(CaseRules.IsVulnerable(CareCategory.Ordinary, 14, Limits));
        Assert.True(CaseRules.IsVulnerable(CareCategory.Ordinary, 61, Limits));
        Assert.False(CaseRules.IsVulnerable(CareCategory.Sick, 40, Limits));
        Assert.True(CaseRules.IsVulnerable(CareCategory.MentallyIll, 40, Limits));
    }

    [Fact]
    public void Transitions_allow_the_casework_moves_and_nothing_else()
    {
        Assert.True(CaseTransitions.CanMove(RescueCaseStatus.DnaComparing, RescueCaseStatus.Returned));
        Assert.True(CaseTransitions.CanMove(RescueCaseStatus.LongStay, RescueCaseStatus.Placed));
        Assert.True(CaseTransitions.CanMove(RescueCaseStatus.Placed, RescueCaseStatus.HukouSettled));
        Assert.True(CaseTransitions.CanMove(RescueCaseStatus.LeftOnOwn, RescueCaseStatus.Closed));
        Assert.False(CaseTransitions.CanMove(RescueCaseStatus.Registered, RescueCaseStatus.Placed));
        Assert.False(CaseTransitions.CanMove(RescueCaseStatus.Registered, RescueCaseStatus.Closed));
        Assert.False(CaseTransitions.CanMove(RescueCaseStatus.Placed, RescueCaseStatus.LeftOnOwn));
        Assert.Empty(CaseTransitions.Next(RescueCaseStatus.Closed));
        var c = new RescueCase { Status = RescueCaseStatus.Registered };
        var ex = Assert.Throws<BusinessRuleException>(() => CaseTransitions.Move(c, RescueCaseStatus.Closed));
        Assert.Contains("受助登记", ex.Message);
        CaseTransitions.Move(c, RescueCaseStatus.LongStay);
        Assert.Equal(RescueCaseStatus.LongStay, c.Status);
        Assert.Equal(1, c.Version);
    }

    [Fact]
    public void Advance_still_moves_only_forward_on_the_search_track()
    {
        var c = new RescueCase { Status = RescueCaseStatus.Identifying };
        Assert.True(c.Advance(RescueCaseStatus.DnaComparing));
        Assert.False(c.Advance(RescueCaseStatus.NoticePublished));
        Assert.False(c.Advance(RescueCaseStatus.Returned));
        c.Status = RescueCaseStatus.LeftOnOwn;
        Assert.False(c.Advance(RescueCaseStatus.SuspectedMatch));
        Assert.False(c.InCare);
        c.Status = RescueCaseStatus.LongStay;
        Assert.True(c.InCare);
        Assert.False(c.Advance(RescueCaseStatus.SuspectedMatch));
    }

    [Fact]
    public void The_admission_day_is_day_one_and_overdue_starts_after_norm_plus_approved_extensions()
    {
        var admitted = new DateOnly(2018, 9, 16);
        var day10 = StayRules.Position(admitted, new DateOnly(2018, 9, 25), 10, 0, true);
        Assert.Equal(10, day10.DaysInCare);
        Assert.False(day10.Overdue);
        Assert.Equal(new DateOnly(2018, 9, 25), day10.DueOn);
        var day11 = StayRules.Position(admitted, new DateOnly(2018, 9, 26), 10, 0, true);
        Assert.True(day11.Overdue);
        var extended = StayRules.Position(admitted, new DateOnly(2018, 9, 26), 10, 5, true);
        Assert.False(extended.Overdue);
        Assert.Equal(15, extended.AllowedDays);
        Assert.Equal(new DateOnly(2018, 9, 30), extended.DueOn);
        Assert.False(StayRules.Position(admitted, new DateOnly(2018, 10, 30), 10, 0, false).Overdue); // gone home: never overdue
        Assert.Equal(1, StayRules.Position(admitted, admitted, 10, 0, true).DaysInCare);
        Assert.True(StayRules.Position(admitted, new DateOnly(2018, 9, 22), 5, 0, true).Overdue); // a shorter norm counts as set
    }
}
