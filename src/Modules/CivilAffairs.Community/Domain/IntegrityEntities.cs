using CivilAffairs.Platform.Values;

namespace CivilAffairs.Community.Domain;

internal enum LeadField
{
    Begging,
    Funeral,
    GrassrootsOrganization,
    SocialOrganization,
    Other,
}

internal enum LeadSource
{
    PublicReport,
    Hotline12345,
    Superior,
    Patrol,
    Discipline,
    Other,
}

internal enum LeadStatus
{
    Received,
    Verifying,
    Verified,
    HandedOver,
    Closed,
}

internal enum LeadResult
{
    Confirmed,
    PartlyConfirmed,
    Unfounded,
}

internal enum RemovalGrounds
{
    GangRelated,
    Crime,
    Misconduct,
    Other,
}

internal enum MeetingKind
{
    ResidentsMeeting,
    RepresentativesMeeting,
    HouseholdRepresentatives,
}

internal enum RemovalStatus
{
    Proposed,
    Confirmed,
    Rejected,
}

/// <summary>
/// A lead (线索) about gang-related influence. Restricted: only community.integrity sees these rows
/// (a query filter, not just the pages). What the lead says and whom it is about are masked in the audit trail.
/// </summary>
internal sealed class IntegrityLead
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public LeadSource Source { get; set; }

    public LeadField Field { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Secret)]
    public string Summary { get; set; } = "";

    [PersonalData(MaskKind.Secret)]
    public string? SubjectName { get; set; }

    [PersonalData(MaskKind.Secret)]
    public string? SubjectPosition { get; set; }

    public DateOnly VerifyDue { get; set; }

    public string ParametersUsed { get; set; } = "";

    public LeadStatus Status { get; set; }

    public LeadResult? Result { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public DateOnly? HandedOverOn { get; set; }

    [PersonalData(MaskKind.Secret)]
    public string? ReceivingUnit { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<IntegrityLeadStep> Steps { get; set; } = [];
}

/// <summary>One verification step or transition of a lead, in order.</summary>
internal sealed class IntegrityLeadStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid LeadId { get; set; }

    public DateOnly On { get; set; }

    public string Action { get; set; } = "";

    [PersonalData(MaskKind.Secret)]
    public string Note { get; set; } = "";

    public string By { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>One road patrol against organized begging (打击涉乱乞讨路面巡查). No personal data.</summary>
internal sealed class BeggingPatrol
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly PatrolOn { get; set; }

    /// <summary>The street (9 digits) or district (6) patrolled.</summary>
    public string DivisionCode { get; set; } = "";

    public string Route { get; set; } = "";

    public int TeamSize { get; set; }

    public int PersonsFound { get; set; }

    public int PersonsToStation { get; set; }

    public int HandedToPolice { get; set; }

    public string? Notes { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }
}

/// <summary>罢免 / 终止职务 of a residents' committee member, with the meeting's vote and the decision record.</summary>
internal sealed class MemberRemoval
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    /// <summary>The community (12 digits).</summary>
    public string DivisionCode { get; set; } = "";

    public string CommunityName { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string MemberName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string MemberIdNumber { get; set; } = "";

    public string Position { get; set; } = "";

    public RemovalGrounds Grounds { get; set; }

    public string GroundsDetail { get; set; } = "";

    public DateOnly ProposedOn { get; set; }

    public string ProposedBy { get; set; } = "";

    public MeetingKind Meeting { get; set; }

    public DateOnly MeetingOn { get; set; }

    public int Eligible { get; set; }

    public int Attended { get; set; }

    public int VotesFor { get; set; }

    public int VotesAgainst { get; set; }

    public int Abstained { get; set; }

    /// <summary>Attendance and votes the law required on the meeting date (from the parameters in force).</summary>
    public int AttendanceNeeded { get; set; }

    public int VotesNeeded { get; set; }

    public bool VotePassed { get; set; }

    public string ParametersUsed { get; set; } = "";

    public RemovalStatus Status { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionNumber { get; set; }

    public string? DecisionNote { get; set; }

    /// <summary>The lead that started it; shown only to community.integrity.</summary>
    public Guid? LeadId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}
