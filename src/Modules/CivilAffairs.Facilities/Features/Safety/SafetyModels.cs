using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Domain;

namespace CivilAffairs.Facilities.Features.Safety;

internal sealed class SafetyRiskRequest
{
    public Guid? FacilityId { get; set; }

    public string? Hazard { get; set; }

    public int? Likelihood { get; set; }

    public int? Severity { get; set; }

    public string? Controls { get; set; }

    public string? ResponsiblePerson { get; set; }
}

internal sealed class HazardLine
{
    public string? Description { get; set; }

    public HazardLevel? Level { get; set; }
}

internal sealed class InspectionRequest
{
    public Guid? FacilityId { get; set; }

    public DateOnly? InspectedOn { get; set; }

    public InspectionKind? Kind { get; set; }

    public string? Inspectors { get; set; }

    public string? Findings { get; set; }

    /// <summary>Hidden dangers found; each gets its deadline from the period of its level.</summary>
    public List<HazardLine>? Hazards { get; set; }
}

internal sealed class RectifyRequest
{
    public DateOnly? RectifiedOn { get; set; }

    public string? Rectification { get; set; }
}

internal sealed record SafetyRiskView(Guid Id, Guid FacilityId, string FacilityName, string Hazard, int Likelihood, int Severity, int Score, SafetyRiskLevel Level,
    string LevelName, string Controls, string ResponsibleMasked, DateOnly AssessedOn, string ParametersUsed);

internal sealed record InspectionView(Guid Id, string Number, Guid FacilityId, string FacilityName, string District, DateOnly InspectedOn, InspectionKind Kind,
    string KindName, string Inspectors, string Findings, int Hazards, string RecordedBy);

internal sealed record HazardView(Guid Id, string Number, Guid FacilityId, string FacilityName, string District, string? InspectionNumber, string Description,
    HazardLevel Level, string LevelName, DateOnly FoundOn, DateOnly Deadline, string ParametersUsed, HazardStatus Status, string StatusName, bool Overdue, int? DaysLeft,
    DateOnly? RectifiedOn, bool Late, string? Rectification, string RecordedBy, string? VerifiedBy, DateOnly? VerifiedOn);

internal sealed record DueView(Guid FacilityId, string Code, string Name, FacilityType Type, string TypeName, string District, DateOnly? LastInspected, int CycleDays,
    DateOnly? NextDue, InspectionDueState State, string StateName, int OpenHazards);

internal sealed record SafetyOverview(int Facilities, int Overdue, int DueSoon, int Never, int OpenHazards, int OverdueHazards, int MajorHazards, int AwaitingVerification,
    int InspectionsThisYear);
