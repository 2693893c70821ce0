using CivilAffairs.Governance.Features.Experts;
using CivilAffairs.Governance.Features.Performance;
using CivilAffairs.Governance.Features.Policies;
using CivilAffairs.Governance.Features.Proposals;

namespace CivilAffairs.UnitTests.Governance;

/// <summary>The rules of bureau management: document status, reply deadlines, grade bands and the 优秀 cap, conflicts of interest.</summary>
public sealed class GovernanceRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static PolicyDocument Doc(PolicyKind kind = PolicyKind.Normative, string? published = "2020-01-10", string? effective = "2020-02-01", string? expires = null,
        string? repealed = null) => new()
    {
        Kind = kind, PublishedOn = published is null ? null : DateOnly.Parse(published), EffectiveFrom = effective is null ? null : DateOnly.Parse(effective),
        ExpiresOn = expires is null ? null : DateOnly.Parse(expires), RepealedOn = repealed is null ? null : DateOnly.Parse(repealed),
    };

    [Fact]
    public void A_document_without_publication_is_a_draft_and_before_its_effective_day_is_pending()
    {
        Assert.Equal(PolicyStatus.Draft, PolicyRules.Status(Doc(published: null, effective: null), Today, null, 5));
        Assert.Equal(PolicyStatus.Pending, PolicyRules.Status(Doc(published: "2026-11-20", effective: "2026-12-01"), Today, null, 5));
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(Doc(published: "2026-11-20", effective: "2026-11-28"), Today, null, 5));
    }

    [Fact]
    public void A_normative_document_expires_after_the_validity_period_unless_it_states_its_own_expiry()
    {
        var d = Doc(effective: "2021-11-29");
        Assert.Equal(new DateOnly(2026, 11, 28), PolicyRules.ExpiryDate(d, 5));
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(d, Today, null, 5));
        Assert.Equal(PolicyStatus.Expired, PolicyRules.Status(d, Today.AddDays(1), null, 5));
        Assert.Equal(PolicyStatus.Expired, PolicyRules.Status(Doc(effective: "2021-01-01"), Today, null, 5));
        // a longer validity parameter keeps it in force
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(Doc(effective: "2021-01-01"), Today, null, 6));
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(Doc(effective: "2021-01-01", expires: "2027-12-31"), Today, null, 5));
        // internal rules do not lapse by themselves
        Assert.Null(PolicyRules.ExpiryDate(Doc(PolicyKind.Internal, effective: "2018-01-01"), 5));
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(Doc(PolicyKind.Internal, effective: "2018-01-01"), Today, null, 5));
    }

    [Fact]
    public void Revision_takes_effect_on_the_new_documents_day_and_repeal_on_its_own_day()
    {
        var d = Doc();
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(d, Today, Today.AddDays(1), 10));
        Assert.Equal(PolicyStatus.Revised, PolicyRules.Status(d, Today, Today, 10));
        Assert.Equal(PolicyStatus.InForce, PolicyRules.Status(Doc(repealed: "2026-12-31"), Today, null, 10));
        Assert.Equal(PolicyStatus.Repealed, PolicyRules.Status(Doc(repealed: "2026-11-28"), Today, null, 10));
        Assert.Equal(PolicyStatus.Repealed, PolicyRules.Status(Doc(repealed: "2026-11-01"), Today, Today.AddDays(-100), 10));
    }

    [Fact]
    public void Only_current_or_pending_documents_may_be_cited_and_review_falls_due_within_the_lead_time()
    {
        Assert.True(PolicyRules.Citable(PolicyStatus.InForce));
        Assert.True(PolicyRules.Citable(PolicyStatus.Pending));
        Assert.All(new[] { PolicyStatus.Draft, PolicyStatus.Revised, PolicyStatus.Repealed, PolicyStatus.Expired }, s => Assert.False(PolicyRules.Citable(s)));
        Assert.True(PolicyRules.ReviewDue(PolicyStatus.InForce, Today.AddMonths(6), Today, 6));
        Assert.False(PolicyRules.ReviewDue(PolicyStatus.InForce, Today.AddMonths(6).AddDays(1), Today, 6));
        Assert.False(PolicyRules.ReviewDue(PolicyStatus.Expired, Today.AddDays(-1), Today, 6));
        Assert.False(PolicyRules.ReviewDue(PolicyStatus.InForce, null, Today, 6));
    }

    [Fact]
    public void The_reply_deadline_runs_from_assignment_and_overdue_covers_open_and_late_replies()
    {
        var assigned = new DateOnly(2026, 8, 31);
        var due = ProposalRules.Due(assigned, 3);
        Assert.Equal(new DateOnly(2026, 11, 30), due);
        Assert.False(ProposalRules.Overdue(due, null, Today));
        Assert.True(ProposalRules.Overdue(due, null, new DateOnly(2026, 12, 1)));
        Assert.False(ProposalRules.Overdue(due, new DateOnly(2026, 11, 30), new DateOnly(2027, 1, 1)));
        Assert.True(ProposalRules.Overdue(due, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)));
        Assert.False(ProposalRules.Overdue(null, null, Today));
    }

    [Fact]
    public void Satisfaction_rate_counts_satisfied_and_basically_satisfied_over_evaluated()
    {
        Assert.Equal(80.0m, ProposalRules.SatisfactionRate(3, 1, 5));
        Assert.Null(ProposalRules.SatisfactionRate(0, 0, 0));
        Assert.Equal(66.7m, ProposalRules.Rate(2, 3));
    }

    [Theory]
    [InlineData(95, "Excellent")]
    [InlineData(90, "Excellent")]
    [InlineData(89.9, "Good")]
    [InlineData(80, "Good")]
    [InlineData(79.9, "Pass")]
    [InlineData(60, "Pass")]
    [InlineData(59.9, "Fail")]
    public void Grades_follow_the_bands(double score, string grade) =>
        Assert.Equal(grade, PerformanceRules.GradeOf((decimal)score, new GradeBands(90, 80, 60, 0.2m)).ToString());

    [Fact]
    public void Changed_bands_change_the_grade()
    {
        Assert.Equal(Grade.Good, PerformanceRules.GradeOf(92, new GradeBands(95, 85, 60, 0.2m)));
    }

    [Fact]
    public void The_excellent_cap_allows_a_fifth_of_those_assessed()
    {
        Assert.False(PerformanceRules.ExcellentCapExceeded(2, 10, 0.2m));
        Assert.True(PerformanceRules.ExcellentCapExceeded(3, 10, 0.2m));
        Assert.True(PerformanceRules.ExcellentCapExceeded(1, 4, 0.2m));
        Assert.False(PerformanceRules.ExcellentCapExceeded(1, 5, 0.2m));
        Assert.Equal(0, PerformanceRules.ExcellentAllowed(4, 0.2m));
        Assert.Equal(2, PerformanceRules.ExcellentAllowed(12, 0.2m));
    }

    [Fact]
    public void The_total_is_the_weighted_average()
    {
        Assert.Equal(87.0m, PerformanceRules.Weighted([(20m, 90m), (40m, 85m), (20m, 80m), (20m, 95m)]));
        Assert.Equal(0m, PerformanceRules.Weighted([]));
    }

    [Fact]
    public void An_expert_conflicted_with_a_party_or_named_in_the_topic_must_step_aside()
    {
        ExpertConflict[] conflicts = [new() { Party = "深圳市长者关爱协会", Reason = "理事" }, new() { Party = "福田区阳光社工服务中心", Reason = "顾问" }];
        Assert.Single(ExpertRules.Conflicting(conflicts, "深圳市长者关爱协会、某基金会", "资助标准论证"));
        Assert.Single(ExpertRules.Conflicting(conflicts, "", "福田区阳光社工服务中心项目评审"));
        Assert.Empty(ExpertRules.Conflicting(conflicts, "深圳市慈善会", "低保标准调整论证"));
        Assert.True(ExpertRules.EnoughOpinions(5, 5));
        Assert.False(ExpertRules.EnoughOpinions(4, 5));
    }
}
