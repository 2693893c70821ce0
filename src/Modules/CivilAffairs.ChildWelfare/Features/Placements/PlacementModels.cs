using CivilAffairs.ChildWelfare.Domain;

namespace CivilAffairs.ChildWelfare.Features.Placements;

public sealed class PlacementRequest
{
    public Guid? ChildId { get; set; }

    public string? Education { get; set; }

    public DateOnly? EducationDue { get; set; }

    public string? Employment { get; set; }

    public DateOnly? EmploymentDue { get; set; }

    public string? Housing { get; set; }

    public DateOnly? HousingDue { get; set; }

    public string? AssistanceReferral { get; set; }

    public DateOnly? AssistanceDue { get; set; }

    public string? ResponsiblePerson { get; set; }

    /// <summary>First follow-up visit; the interval parameter after the 18th birthday when empty.</summary>
    public DateOnly? FirstVisitDue { get; set; }
}

public sealed class VisitRequest
{
    public DateOnly? VisitedOn { get; set; }

    public string? Notes { get; set; }

    /// <summary>Next visit; the visit date plus the interval parameter when empty.</summary>
    public DateOnly? NextDue { get; set; }
}

public sealed class CloseRequest
{
    public string? Note { get; set; }
}

/// <summary>An orphan who turns 18 soon (or did in the last year) without an open or closed plan.</summary>
public sealed record UpcomingAdult(Guid ChildId, string Name, string MaskedIdNumber, string CategoryName, string? InstitutionName, string DivisionCode,
    DateOnly TurnsAdultOn, int DaysLeft);

public sealed record PlacementListItem(Guid Id, Guid ChildId, string ChildName, string MaskedIdNumber, DateOnly TurnsAdultOn, string DivisionCode,
    string Arrangements, string ResponsiblePerson, PlacementStatus Status, string StatusName, DateOnly? LastVisitOn, DateOnly? NextVisitDue, bool Overdue);

public sealed record PlacementBoard(IReadOnlyList<UpcomingAdult> Upcoming, IReadOnlyList<PlacementListItem> Placements, int Open, int Overdue, int LookaheadMonths);

public sealed record VisitView(Guid Id, DateOnly VisitedOn, string Notes, DateOnly? NextDue, string VisitedBy);

public sealed record PlacementDetail(Guid Id, Guid ChildId, string ChildName, string MaskedIdNumber, DateOnly TurnsAdultOn, string DivisionCode,
    string? Education, DateOnly? EducationDue, string? Employment, DateOnly? EmploymentDue, string? Housing, DateOnly? HousingDue,
    string? AssistanceReferral, DateOnly? AssistanceDue, string ResponsiblePerson, PlacementStatus Status, string StatusName, string CreatedBy,
    DateOnly CreatedOn, string? ApprovedBy, DateOnly? ApprovedOn, DateOnly? ClosedOn, string? ClosingNote, DateOnly? NextVisitDue, bool Overdue,
    IReadOnlyList<VisitView> Visits, bool CanApprove, bool CanVisit, bool CanClose);
