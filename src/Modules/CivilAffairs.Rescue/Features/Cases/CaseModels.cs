namespace CivilAffairs.Rescue.Features.Cases;

public sealed class BelongingRequest
{
    public string? Item { get; set; }

    public int? Quantity { get; set; }

    public string? Note { get; set; }
}

/// <summary>受助登记. Without an ID number the estimated age is required.</summary>
public sealed class IntakeRequest
{
    public string? FoundPlace { get; set; }

    /// <summary>The street (9 digits) where the person was found.</summary>
    public string? FoundDivisionCode { get; set; }

    /// <summary>With offset, e.g. 2026-11-27T21:30:00+08:00.</summary>
    public DateTimeOffset? FoundAt { get; set; }

    /// <summary>Police, Patrol, SelfReferral, Citizen, Other.</summary>
    public string? FoundBy { get; set; }

    public string? FoundByUnit { get; set; }

    public bool? PoliceEscorted { get; set; }

    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    /// <summary>Male or Female (taken from the ID number when there is one).</summary>
    public string? Sex { get; set; }

    public int? EstimatedAge { get; set; }

    public int? HeightCm { get; set; }

    public string? Build { get; set; }

    public string? Accent { get; set; }

    public string? Health { get; set; }

    public string? MentalState { get; set; }

    public string? IntellectualState { get; set; }

    public string? Clothing { get; set; }

    public string? PhysicalFeatures { get; set; }

    public bool? Disabled { get; set; }

    public bool? MentalIllness { get; set; }

    public bool? Sick { get; set; }

    /// <summary>Staff's category; the suggestion when left out (then unconfirmed).</summary>
    public string? Category { get; set; }

    public List<BelongingRequest>? Belongings { get; set; }
}

public sealed class CategoryRequest
{
    public string? Category { get; set; }
}

public sealed class RoomAssignRequest
{
    public Guid? RoomId { get; set; }
}

public sealed class ReturnBelongingRequest
{
    public bool? Signed { get; set; }
}

public sealed class ExtensionRequest
{
    /// <summary>AwaitingPickup, MedicalTreatment, AwaitingSettlement.</summary>
    public string? Reason { get; set; }

    public int? Days { get; set; }

    public string? Note { get; set; }
}

public sealed class MedicalRequest
{
    public string? Hospital { get; set; }

    public string? Reason { get; set; }

    public DateOnly? SentOn { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    public string? Outcome { get; set; }
}

public sealed class TicketRequest
{
    public string? Destination { get; set; }

    /// <summary>Train, Bus, Air, Ship, Other.</summary>
    public string? Mode { get; set; }

    public DateOnly? TravelOn { get; set; }

    public decimal? Fare { get; set; }

    public string? Escort { get; set; }
}

public sealed class HandOverRequest
{
    /// <summary>Relative, Guardian, SentHome, SelfLeave.</summary>
    public string? Kind { get; set; }

    public string? ReceiverName { get; set; }

    public string? Relationship { get; set; }

    public string? ReceiverIdNumber { get; set; }

    public DateOnly? HandedOverOn { get; set; }

    /// <summary>All registered belongings were given back and signed for.</summary>
    public bool? BelongingsReturned { get; set; }
}

public sealed class NoteRequest
{
    public string? Note { get; set; }
}

public sealed class PlacementRequest
{
    public string? Institution { get; set; }

    public DateOnly? PlacedOn { get; set; }
}

public sealed class HukouRequest
{
    public DateOnly? SettledOn { get; set; }

    public string? Note { get; set; }
}

public sealed class CloseRequest
{
    public string? Reason { get; set; }
}

public sealed class AssistanceReferralRequest
{
    public string? Reason { get; set; }

    public decimal? SuggestedAmount { get; set; }
}

public sealed class RoomRequest
{
    public string? Code { get; set; }

    public string? Sex { get; set; }

    public int? Capacity { get; set; }

    public string? Note { get; set; }
}

public sealed class CaseSearch
{
    public string? Status { get; set; }

    public string? Category { get; set; }

    public string? Sex { get; set; }

    /// <summary>true: only overdue stays.</summary>
    public bool? Overdue { get; set; }

    /// <summary>true: only people still at the station (default for the page).</summary>
    public bool? InCare { get; set; }

    public DateOnly? FoundFrom { get; set; }

    public DateOnly? FoundTo { get; set; }

    /// <summary>Case number or name.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record CaseListItem(Guid Id, string CaseNumber, string Name, string IdNumber, string Sex, string Age, string Category, bool CategoryConfirmed,
    string Status, string StatusName, DateOnly FoundOn, string FoundPlace, DateOnly AdmittedOn, int DaysInCare, int AllowedDays, bool Overdue,
    bool ExtensionPending, string? Room);

public sealed record CaseCounts(int InCare, int Overdue, int LongStay, int Minors, int ExtensionsPending, int Returned);

public sealed record CasePage(int Total, int Page, int PageSize, CaseCounts Counts, IReadOnlyList<CaseListItem> Items);

public sealed record BelongingView(Guid Id, string Item, int Quantity, string? Note, DateTime? ReturnedAtUtc, bool ReturnSigned);

public sealed record EventView(DateTime AtUtc, string By, string What, string? Detail);

public sealed record ExtensionView(Guid Id, string Reason, string ReasonName, int Days, string? Note, string Status, string RequestedBy, DateTime RequestedAtUtc,
    string? DecidedBy, DateTime? DecidedAtUtc);

public sealed record MedicalView(Guid Id, string Hospital, string Reason, DateOnly SentOn, DateOnly? ReturnedOn, string? Outcome);

public sealed record TicketView(Guid Id, string Destination, string Mode, DateOnly TravelOn, decimal Fare, string? Escort, string IssuedBy);

public sealed record HandOverView(string Kind, string KindName, string? ReceiverName, string? Relationship, string? ReceiverIdNumber, DateOnly HandedOverOn,
    string RecordedBy);

public sealed record PhotoView(Guid Id, string ContentType, bool IsPrimary, DateTime TakenAtUtc);

public sealed record ReferralView(Guid CaseId, string Status, string StatusName, decimal? ApprovedAmount, DateTime? ReferredAtUtc);

public sealed record StayView(int DaysInCare, int NormDays, int ExtensionDays, int AllowedDays, DateOnly DueOn, bool Overdue, string NormBasis);

public sealed record CaseView(Guid Id, string CaseNumber, string Status, string StatusName, string? Name, string IdNumber, string Sex, int? Age, bool AgeEstimated,
    int? HeightCm, string? Build, string? Accent, string? Health, string? MentalState, string? IntellectualState, string? Clothing, string? PhysicalFeatures,
    bool ObservedDisabled, bool ObservedMentalIllness, bool ObservedSick, string Category, string CategoryName, string SuggestedCategory, string? CategoryConfirmedBy,
    bool Vulnerable, string DivisionCode, string DivisionName, string FoundPlace, DateTime FoundAtUtc, string FoundBy, string? FoundByUnit, bool PoliceEscorted,
    bool PoliceEscortRequired, DateTime AdmittedAtUtc, string IntakeBy, Guid? RoomId, string? Room, StayView Stay, string? PlacementInstitution, DateOnly? PlacedOn,
    DateOnly? HukouSettledOn, string? HukouApprovedBy, string? ClosureReason, DateTime? LeftAtUtc, DateTime? ClosedAtUtc, IReadOnlyList<string> NextStatuses,
    IReadOnlyList<BelongingView> Belongings, IReadOnlyList<PhotoView> Photos, IReadOnlyList<ExtensionView> Extensions, IReadOnlyList<MedicalView> Medical,
    IReadOnlyList<TicketView> Tickets, HandOverView? HandOver, ReferralView? AssistanceReferral, IReadOnlyList<EventView> Timeline, int Version);

public sealed record RoomView(Guid Id, string Code, string Sex, int Capacity, int Occupied, string? Note, bool IsActive, IReadOnlyList<string> Occupants);
