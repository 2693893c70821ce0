using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.MicroProjects;

namespace CivilAffairs.UnitTests.Community;

/// <summary>民生微实事: the funding split, the residents' vote, caps and the envelope, the stage machine, overdue stages.</summary>
public sealed class MicroProjectsRulesTests
{
    [Theory]
    [InlineData(500_000, 0.5, 250_000, 250_000)]
    [InlineData(100_000.01, 0.5, 50_000.01, 50_000.00)]
    [InlineData(333_333.33, 0.6, 200_000.00, 133_333.33)]
    [InlineData(86_000, 1, 86_000, 0)]
    public void The_city_and_district_amounts_follow_the_share_and_always_add_up_to_the_budget(decimal budget, decimal share, decimal city, decimal district)
    {
        var split = MicroProjectRules.Split(budget, share);
        Assert.Equal(city, split.City);
        Assert.Equal(district, split.District);
        Assert.Equal(budget, split.City + split.District);
    }

    [Theory]
    [InlineData(0.5, "1:1")]
    [InlineData(0.6, "6:4")]
    [InlineData(0.55, "5.5:4.5")]
    public void The_split_is_shown_as_a_ratio(decimal share, string text) => Assert.Equal(text, MicroProjectRules.RatioText(share));

    [Theory]
    [InlineData(21, 10, 9, true)]   // 21 of 40 valid: more than half
    [InlineData(20, 10, 10, false)] // exactly half is not more than half
    [InlineData(20, 20, 0, false)]
    [InlineData(1, 0, 0, true)]
    [InlineData(0, 0, 0, false)]    // nobody voted: never passes
    [InlineData(15, 14, 0, true)]
    public void The_vote_passes_only_with_more_than_half_of_the_valid_votes(int votesFor, int against, int abstain, bool passes) =>
        Assert.Equal(passes, MicroProjectRules.VotePasses(votesFor, against, abstain, 0.5m));

    [Fact]
    public void A_two_thirds_threshold_asks_for_more_votes()
    {
        Assert.False(MicroProjectRules.VotePasses(20, 10, 0, 2m / 3));
        Assert.True(MicroProjectRules.VotePasses(21, 9, 0, 2m / 3));
    }

    [Fact]
    public void Caps_are_per_type_and_inclusive()
    {
        var pars = new MicroParams(1_000_000m, 500_000m, 500_000m, 2_000_000m, 0.5m, 0.5m, 5, 90);
        Assert.Equal(1_000_000m, pars.CapOf(MicroProjectType.Works));
        Assert.Equal(500_000m, pars.CapOf(MicroProjectType.Service));
        Assert.Equal(500_000m, pars.CapOf(MicroProjectType.Goods));
        Assert.True(MicroProjectRules.WithinCap(500_000m, pars.CapOf(MicroProjectType.Service)));
        Assert.False(MicroProjectRules.WithinCap(500_000.01m, pars.CapOf(MicroProjectType.Goods)));
        Assert.True(MicroProjectRules.WithinCap(900_000m, pars.CapOf(MicroProjectType.Works)));
        Assert.Equal(MicroProjectParameters.CapWorks, MicroProjectParameters.CapOf(MicroProjectType.Works));
        Assert.Equal(MicroProjectParameters.CapGoods, MicroProjectParameters.CapOf(MicroProjectType.Goods));
    }

    [Fact]
    public void The_envelope_counts_what_is_already_committed()
    {
        Assert.True(MicroProjectRules.WithinEnvelope(1_500_000m, 500_000m, 2_000_000m));
        Assert.False(MicroProjectRules.WithinEnvelope(1_500_000.01m, 500_000m, 2_000_000m));
        // once procured, the contract (not the budget) is what the project commits
        Assert.Equal(430_000m, MicroProjectRules.Committed(500_000m, 430_000m));
        Assert.Equal(500_000m, MicroProjectRules.Committed(500_000m, null));
        Assert.False(MicroProjectRules.Commits(MicroProjectStage.Reviewed));
        Assert.False(MicroProjectRules.Commits(MicroProjectStage.Rejected));
        Assert.False(MicroProjectRules.Commits(MicroProjectStage.Terminated));
        Assert.True(MicroProjectRules.Commits(MicroProjectStage.Approved));
        Assert.True(MicroProjectRules.Commits(MicroProjectStage.Closed));
    }

    [Theory]
    [InlineData(MicroProjectStage.Proposed, MicroProjectAction.Review, true)]
    [InlineData(MicroProjectStage.Proposed, MicroProjectAction.Approve, false)]
    [InlineData(MicroProjectStage.Reviewed, MicroProjectAction.Approve, true)]
    [InlineData(MicroProjectStage.Reviewed, MicroProjectAction.Reject, true)]
    [InlineData(MicroProjectStage.Approved, MicroProjectAction.Reject, false)]
    [InlineData(MicroProjectStage.Approved, MicroProjectAction.Procure, true)]
    [InlineData(MicroProjectStage.Approved, MicroProjectAction.Start, false)]
    [InlineData(MicroProjectStage.Procured, MicroProjectAction.Start, true)]
    [InlineData(MicroProjectStage.Procured, MicroProjectAction.Accept, false)]
    [InlineData(MicroProjectStage.Implementing, MicroProjectAction.Progress, true)]
    [InlineData(MicroProjectStage.Implementing, MicroProjectAction.Accept, true)]
    [InlineData(MicroProjectStage.Implementing, MicroProjectAction.Close, false)]
    [InlineData(MicroProjectStage.Accepted, MicroProjectAction.Close, true)]
    [InlineData(MicroProjectStage.Accepted, MicroProjectAction.Terminate, false)]
    [InlineData(MicroProjectStage.Implementing, MicroProjectAction.Terminate, true)]
    [InlineData(MicroProjectStage.Closed, MicroProjectAction.Terminate, false)]
    [InlineData(MicroProjectStage.Rejected, MicroProjectAction.Review, false)]
    [InlineData(MicroProjectStage.Terminated, MicroProjectAction.Start, false)]
    public void Each_action_is_allowed_from_its_stages_only(MicroProjectStage from, MicroProjectAction action, bool allowed) =>
        Assert.Equal(allowed, MicroProjectRules.Allowed(from, action));

    [Fact]
    public void A_refused_transition_is_explained_in_Chinese() =>
        Assert.Equal("项目当前处于“项目征集”环节，不能审核确定", MicroProjectRules.NotAllowedMessage(MicroProjectStage.Proposed, MicroProjectAction.Approve));

    [Fact]
    public void An_open_project_is_overdue_after_the_stage_limit_and_a_finished_one_never()
    {
        var today = new DateOnly(2019, 1, 30);
        Assert.False(MicroProjectRules.Overdue(MicroProjectStage.Implementing, today.AddDays(-90), today, 90));
        Assert.True(MicroProjectRules.Overdue(MicroProjectStage.Implementing, today.AddDays(-91), today, 90));
        Assert.True(MicroProjectRules.Overdue(MicroProjectStage.Reviewed, today.AddDays(-200), today, 90));
        Assert.False(MicroProjectRules.Overdue(MicroProjectStage.Closed, today.AddDays(-400), today, 90));
        Assert.False(MicroProjectRules.Overdue(MicroProjectStage.Rejected, today.AddDays(-400), today, 90));
    }

    [Theory]
    [InlineData("福华社区居委会", "福华社区")]
    [InlineData("大塘龙社区居民委员会", "大塘龙社区")]
    [InlineData("福田街道", "福田街道")]
    public void Community_names_drop_the_committee_title(string register, string shown) => Assert.Equal(shown, MicroProjectNames.Community(register));
}
