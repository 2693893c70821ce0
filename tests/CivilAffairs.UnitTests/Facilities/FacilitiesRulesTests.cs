using System.Globalization;
using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Institutions;

namespace CivilAffairs.UnitTests.Facilities;

public sealed class FacilitiesProjectRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static StageDates S(ProjectStage s, string? planned, string? actual) =>
        new(s, planned is null ? null : DateOnly.Parse(planned, CultureInfo.InvariantCulture), actual is null ? null : DateOnly.Parse(actual, CultureInfo.InvariantCulture));

    [Fact]
    public void A_stage_cannot_be_recorded_before_the_previous_one()
    {
        var stages = new[] { S(ProjectStage.Approval, "2025-01-01", "2025-01-10"), S(ProjectStage.Land, "2025-06-01", null) };
        var problem = ProjectRules.CompletionProblem(stages, ProjectStage.Design, new DateOnly(2026, 1, 1), Today);
        Assert.NotNull(problem);
        Assert.Contains("土地整备", problem, StringComparison.Ordinal);
        Assert.Null(ProjectRules.CompletionProblem(stages, ProjectStage.Land, new DateOnly(2025, 7, 1), Today));
    }

    [Fact]
    public void A_stage_date_cannot_run_backwards_or_lie_in_the_future()
    {
        var stages = new[] { S(ProjectStage.Approval, null, "2025-03-01"), S(ProjectStage.Land, null, "2025-09-01"), S(ProjectStage.Design, null, null) };
        Assert.Contains("不能早于", ProjectRules.CompletionProblem(stages, ProjectStage.Design, new DateOnly(2025, 8, 1), Today), StringComparison.Ordinal);
        Assert.Contains("今天", ProjectRules.CompletionProblem(stages, ProjectStage.Design, Today.AddDays(1), Today), StringComparison.Ordinal);
        // correcting an earlier stage to after a later one is refused too
        Assert.Contains("不能晚于", ProjectRules.CompletionProblem(stages, ProjectStage.Approval, new DateOnly(2025, 10, 1), Today), StringComparison.Ordinal);
        Assert.Null(ProjectRules.CompletionProblem(stages, ProjectStage.Design, new DateOnly(2025, 9, 1), Today));
    }

    [Fact]
    public void The_current_stage_is_the_furthest_one_entered()
    {
        Assert.Null(ProjectRules.Current([S(ProjectStage.Approval, "2027-01-01", null)]));
        Assert.Equal(ProjectStage.Construction, ProjectRules.Current([S(ProjectStage.Approval, null, "2024-01-01"), S(ProjectStage.Land, null, "2024-05-01"),
            S(ProjectStage.Design, null, "2024-09-01"), S(ProjectStage.Construction, null, "2025-03-01"), S(ProjectStage.Completion, "2026-09-01", null)]));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-21", 20)]
    [InlineData("2026-01-01", "2025-12-20", 0)]
    [InlineData("2026-06-01", null, 14)]
    [InlineData("2026-07-01", null, 0)]
    public void Delay_is_actual_or_today_minus_planned_and_never_negative(string planned, string? actual, int expected) =>
        Assert.Equal(expected, ProjectRules.DelayDays(DateOnly.Parse(planned, CultureInfo.InvariantCulture), actual is null ? null : DateOnly.Parse(actual, CultureInfo.InvariantCulture), Today));

    [Fact]
    public void Without_a_plan_there_is_no_delay_and_a_project_is_as_late_as_its_latest_stage()
    {
        Assert.Null(ProjectRules.DelayDays(null, null, Today));
        Assert.Equal(30, ProjectRules.Delay([S(ProjectStage.Approval, "2025-01-01", "2025-01-11"), S(ProjectStage.Land, "2026-05-16", null)], Today));
    }

    [Fact]
    public void A_report_may_not_go_back_in_percent_or_spend_beyond_the_investment()
    {
        Assert.Contains("不能低于", ProjectRules.ReportProblem(40, 45, 0m, 0m, 100m), StringComparison.Ordinal);
        Assert.Contains("超过总投资", ProjectRules.ReportProblem(50, 45, 90m, 10.01m, 100m), StringComparison.Ordinal);
        Assert.Null(ProjectRules.ReportProblem(50, 45, 90m, 10m, 100m));
        Assert.Null(ProjectRules.ReportProblem(0, null, 0m, 0m, 100m));
    }
}

public sealed class FacilitiesSafetyRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly RiskMatrix Matrix = new(20, 15, 9, new DateOnly(2018, 1, 1));

    [Theory]
    [InlineData(5, 4, SafetyRiskLevel.Major)]
    [InlineData(3, 5, SafetyRiskLevel.Large)]
    [InlineData(4, 3, SafetyRiskLevel.General)]
    [InlineData(3, 3, SafetyRiskLevel.General)]
    [InlineData(2, 4, SafetyRiskLevel.Low)]
    public void A_risk_is_graded_by_the_matrix_thresholds(int l, int s, SafetyRiskLevel expected) =>
        Assert.Equal(expected, SafetyRules.Grade(l, s, Matrix));

    [Fact]
    public void Different_thresholds_grade_differently_and_are_recorded()
    {
        var stricter = new RiskMatrix(16, 12, 6, new DateOnly(2026, 1, 1));
        Assert.Equal(SafetyRiskLevel.Major, SafetyRules.Grade(4, 4, stricter));
        Assert.Equal(SafetyRiskLevel.Large, SafetyRules.Grade(4, 4, Matrix));
        Assert.Contains("重大≥16", stricter.Key, StringComparison.Ordinal);
        Assert.Contains("@2026-01-01", stricter.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rectification_deadline_is_the_day_found_plus_the_period()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), SafetyRules.Deadline(Today, 15));
        Assert.Equal(new DateOnly(2026, 8, 14), SafetyRules.Deadline(Today, 60));
    }

    [Fact]
    public void A_danger_is_overdue_only_while_open_after_its_deadline_and_a_late_fix_stays_late()
    {
        var deadline = new DateOnly(2026, 6, 14);
        Assert.True(SafetyRules.IsOverdue(HazardStatus.Open, deadline, Today));
        Assert.False(SafetyRules.IsOverdue(HazardStatus.Open, Today, Today));
        Assert.False(SafetyRules.IsOverdue(HazardStatus.Rectified, deadline, Today));
        Assert.True(SafetyRules.WasLate(Today, deadline));
        Assert.False(SafetyRules.WasLate(deadline, deadline));
        Assert.False(SafetyRules.WasLate(null, deadline));
    }

    [Fact]
    public void The_next_inspection_is_a_cycle_after_the_last_and_its_state_follows_today()
    {
        Assert.Equal(new DateOnly(2026, 6, 30), SafetyRules.NextDue(new DateOnly(2026, 5, 31), 30));
        Assert.Null(SafetyRules.NextDue(null, 30));
        Assert.Equal(InspectionDueState.Never, SafetyRules.DueState(null, Today, 7));
        Assert.Equal(InspectionDueState.Overdue, SafetyRules.DueState(Today.AddDays(-1), Today, 7));
        Assert.Equal(InspectionDueState.DueSoon, SafetyRules.DueState(Today, Today, 7));
        Assert.Equal(InspectionDueState.DueSoon, SafetyRules.DueState(Today.AddDays(7), Today, 7));
        Assert.Equal(InspectionDueState.Ok, SafetyRules.DueState(Today.AddDays(8), Today, 7));
    }

    [Fact]
    public void A_licence_warns_within_the_window_and_after_it_ended()
    {
        Assert.True(SafetyRules.LicenceExpiring(Today.AddDays(90), Today, 90));
        Assert.True(SafetyRules.LicenceExpiring(Today.AddDays(-1), Today, 90));
        Assert.False(SafetyRules.LicenceExpiring(Today.AddDays(91), Today, 90));
        Assert.False(SafetyRules.LicenceExpiring(null, Today, 90));
    }
}

public sealed class FacilitiesSyncRulesTests
{
    private static FacilitySourceItem Item(string name = "福田区福康颐养院", int? beds = 120, string? licence = "440304-YL-001") =>
        new("YL440304001", name, FacilityType.ElderlyCare, "440304004", "福田区福华路1号", beds, beds is null ? null : "床", licence, "深圳市福康养老服务中心", null,
            FacilityOwnership.PublicBuiltPrivateRun, FacilityStatus.Operating);

    [Fact]
    public void A_second_sync_of_the_same_item_changes_nothing()
    {
        var f = new Facility();
        Assert.True(FacilitySync.Apply(f, Item()));
        Assert.False(FacilitySync.Apply(f, Item()));
        Assert.Equal(120, f.Capacity);
    }

    [Fact]
    public void What_the_source_does_not_know_keeps_the_registry_value_and_the_registry_fields_are_never_touched()
    {
        var f = new Facility { LicenceValidUntil = new DateOnly(2027, 1, 1), Latitude = 22.5m, Note = "市局核实" };
        FacilitySync.Apply(f, Item());
        Assert.False(FacilitySync.Apply(f, Item(beds: null, licence: null)));
        Assert.Equal(120, f.Capacity);
        Assert.Equal("440304-YL-001", f.LicenceNumber);
        Assert.True(FacilitySync.Apply(f, Item(name: "福田区福康颐养院（新址）")));
        Assert.Equal(new DateOnly(2027, 1, 1), f.LicenceValidUntil);
        Assert.Equal(22.5m, f.Latitude);
        Assert.Equal("市局核实", f.Note);
    }
}
