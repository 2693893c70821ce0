using CivilAffairs.Registry.Features.Boundaries;

namespace CivilAffairs.UnitTests.Registry;

/// <summary>Rules of boundary management and division change proposals.</summary>
public sealed class BoundariesRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void The_next_joint_inspection_is_due_one_cycle_after_the_last_round_ended()
    {
        Assert.Equal(new DateOnly(2023, 6, 29), BoundaryRules.NextInspectionDue(new DateOnly(2018, 6, 29), new DateOnly(2003, 12, 1), 5));
        Assert.True(BoundaryRules.IsOverdue(new DateOnly(2023, 6, 29), Today));
        Assert.False(BoundaryRules.IsOverdue(new DateOnly(2026, 11, 28), Today));
        Assert.False(BoundaryRules.IsOverdue(null, Today));
    }

    [Fact]
    public void Without_any_round_the_cycle_runs_from_the_agreement_and_a_changed_cycle_moves_the_due_date()
    {
        Assert.Equal(new DateOnly(2014, 4, 1), BoundaryRules.NextInspectionDue(null, new DateOnly(2009, 4, 1), 5));
        Assert.Equal(new DateOnly(2012, 4, 1), BoundaryRules.NextInspectionDue(null, new DateOnly(2009, 4, 1), 3));
        Assert.Null(BoundaryRules.NextInspectionDue(null, null, 5));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(999.99, true)]
    [InlineData(1000, true)]
    [InlineData(1000.01, false)]
    [InlineData(5000, false)]
    public void A_fine_may_reach_the_cap_but_not_exceed_it(decimal fine, bool allowed)
    {
        Assert.Equal(allowed, BoundaryRules.FineProblem(fine, 1000m) is null);
    }

    [Fact]
    public void A_negative_fine_is_refused_and_the_message_names_the_cap()
    {
        Assert.NotNull(BoundaryRules.FineProblem(-1m, 1000m));
        Assert.Equal("拟处罚款 1200 元超过上限 1000 元", BoundaryRules.FineProblem(1200m, 1000m));
    }

    [Fact]
    public void Stages_follow_one_another_in_order()
    {
        Assert.Equal("风险评估", BoundaryRules.NextStage("调研"));
        Assert.Equal("实施", BoundaryRules.NextStage("批复"));
        Assert.Null(BoundaryRules.NextStage("实施"));
        Assert.Null(BoundaryRules.NextStage("终止"));
    }

    private static string? Advance(string stage, string target, int risks = 1, string? docNo = null, DateOnly? docDate = null, DateOnly? date = null, DateOnly? last = null) =>
        BoundaryRules.AdvanceProblem(stage, target, date ?? Today, last ?? Today.AddDays(-10), Today, risks, docNo, docDate);

    [Fact]
    public void A_stage_cannot_be_skipped_dated_in_the_future_or_before_the_previous_one()
    {
        Assert.Null(Advance("调研", "风险评估"));
        Assert.Contains("只能是“风险评估”", Advance("调研", "征求意见"), StringComparison.Ordinal);
        Assert.Contains("晚于今天", Advance("调研", "风险评估", date: Today.AddDays(1)), StringComparison.Ordinal);
        Assert.Contains("不能早于上一阶段", Advance("调研", "风险评估", date: Today.AddDays(-11)), StringComparison.Ordinal);
    }

    [Fact]
    public void Consultation_needs_a_risk_assessment_and_approval_needs_its_document()
    {
        Assert.Contains("风险点", Advance("风险评估", "征求意见", risks: 0), StringComparison.Ordinal);
        Assert.Null(Advance("风险评估", "征求意见", risks: 2));
        Assert.Contains("批复文号", Advance("报批", "批复"), StringComparison.Ordinal);
        Assert.Contains("批复文号", Advance("报批", "批复", docNo: "粤府函〔2026〕1号"), StringComparison.Ordinal);
        Assert.Null(Advance("报批", "批复", docNo: "粤府函〔2026〕1号", docDate: Today.AddDays(-1)));
        Assert.Contains("批复日期", Advance("报批", "批复", docNo: "粤府函〔2026〕1号", docDate: Today.AddDays(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Implemented_and_terminated_proposals_cannot_move()
    {
        Assert.Contains("不能再推进", Advance("实施", "实施"), StringComparison.Ordinal);
        Assert.Contains("不能再推进", Advance("终止", "调研"), StringComparison.Ordinal);
        Assert.True(BoundaryRules.RisksEditable("风险评估"));
        Assert.False(BoundaryRules.RisksEditable("报批"));
    }

    [Fact]
    public void Scope_codes_keep_Shenzhen_districts_and_map_managed_towns_to_the_city()
    {
        var managed = new Dictionary<string, string> { ["441521103"] = "4403" };
        Assert.Equal("|440304|440305|", BoundaryRules.ScopeOf(["440305", "440304001", "440304"], managed));
        Assert.Equal("|4403|", BoundaryRules.ScopeOf(["4403", "4419"], managed));
        Assert.Equal("|4403|", BoundaryRules.ScopeOf(["441521103001", "441323"], managed));
        Assert.Equal("", BoundaryRules.ScopeOf(["4419", "4413"], managed));
        Assert.True(BoundaryRules.InScope("|440304|440305|", "4403"));
        Assert.True(BoundaryRules.InScope("|440304|440305|", "440305"));
        Assert.False(BoundaryRules.InScope("|4403|", "440304"));
        Assert.False(BoundaryRules.InScope("|440304|", "440304004"));
        Assert.False(BoundaryRules.InScope("|440304|", null));
    }
}
