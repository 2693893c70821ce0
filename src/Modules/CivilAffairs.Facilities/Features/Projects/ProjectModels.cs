using CivilAffairs.Facilities.Domain;

namespace CivilAffairs.Facilities.Features.Projects;

internal sealed class ProjectRequest
{
    public string? Name { get; set; }

    public ProjectKind? Kind { get; set; }

    public ProjectLevel? Level { get; set; }

    /// <summary>The district (6 digits) of a district project; a city project is 4403.</summary>
    public string? District { get; set; }

    public string? FutureInstitution { get; set; }

    public string? FacilityCode { get; set; }

    public decimal? Investment { get; set; }

    public DeliveryMode? Delivery { get; set; }

    public string? AgentName { get; set; }

    public string? Scale { get; set; }

    public string? Note { get; set; }

    /// <summary>Planned completion date of each stage (optional).</summary>
    public Dictionary<ProjectStage, DateOnly>? Planned { get; set; }
}

internal sealed class StageRequest
{
    public DateOnly? PlannedOn { get; set; }

    /// <summary>The day the project entered the stage; empty keeps what is recorded.</summary>
    public DateOnly? ActualOn { get; set; }

    /// <summary>Withdraw a recorded actual date (only while no later stage has one).</summary>
    public bool ClearActual { get; set; }
}

internal sealed class MilestoneRequest
{
    public string? Title { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }

    public string? Note { get; set; }
}

internal sealed class RiskRequest
{
    public string? Description { get; set; }

    public RiskLevel? Level { get; set; }

    public string? Owner { get; set; }

    public string? Mitigation { get; set; }

    public RiskStatus? Status { get; set; }
}

internal sealed class ReportRequest
{
    /// <summary>yyyy-MM.</summary>
    public string? Month { get; set; }

    public string? Text { get; set; }

    public int? Percent { get; set; }

    public decimal? Spend { get; set; }
}

internal sealed record ProjectRow(Guid Id, string Number, string Name, ProjectKind Kind, string KindName, ProjectLevel Level, string LevelName, string DivisionCode,
    string District, ProjectStage? Stage, string StageName, int DelayDays, decimal Investment, decimal Spent, int Percent, DeliveryMode Delivery, string DeliveryName,
    string? AgentName, int OpenRisks, DateOnly? LastReport);

internal sealed record ProjectList(IReadOnlyList<ProjectRow> Items, int Delayed, decimal Investment, decimal Spent);

internal sealed record StageView(ProjectStage Stage, string Name, DateOnly? PlannedOn, DateOnly? ActualOn, int? DelayDays, bool Current);

internal sealed record MilestoneView(Guid Id, string Title, DateOnly DueOn, DateOnly? DoneOn, bool Overdue, string? Note);

internal sealed record RiskView(Guid Id, string Description, RiskLevel Level, string LevelName, string Owner, string Mitigation, RiskStatus Status, string StatusName,
    DateOnly RaisedOn, DateOnly? ClosedOn);

internal sealed record ReportView(Guid Id, DateOnly Month, DateOnly ReportedOn, string Text, int Percent, decimal Spend, decimal SpendToDate, string ReportedBy);

internal sealed record ProjectView(ProjectRow Row, string? FutureInstitution, string? FacilityCode, string? Scale, string? Note, IReadOnlyList<StageView> Stages,
    IReadOnlyList<MilestoneView> Milestones, IReadOnlyList<RiskView> Risks, IReadOnlyList<ReportView> Reports);

internal sealed record DashboardCell(string District, string DistrictName, ProjectStage? Stage, int Count);

internal sealed record DashboardStage(ProjectStage? Stage, string Name, int Count, int Delayed);

internal sealed record ProjectDashboard(IReadOnlyList<DashboardStage> Stages, IReadOnlyList<DistrictColumn> Districts, IReadOnlyList<DashboardCell> Matrix,
    IReadOnlyList<ProjectRow> Delayed, int Total, decimal Investment, decimal Spent);

internal sealed record DistrictColumn(string Code, string Name);
