namespace CivilAffairs.Community.Features.Integrity;

public sealed class LeadRequest
{
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>PublicReport | Hotline12345 | Superior | Patrol | Discipline | Other.</summary>
    public string? Source { get; set; }

    /// <summary>Begging | Funeral | GrassrootsOrganization | SocialOrganization | Other.</summary>
    public string? Field { get; set; }

    public string? DivisionCode { get; set; }

    public string? Summary { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectPosition { get; set; }
}

public sealed class LeadStepRequest
{
    /// <summary>verify (a verification step) | result (Confirmed / PartlyConfirmed / Unfounded) | handover (to public security) | close.</summary>
    public string? Action { get; set; }

    public DateOnly? On { get; set; }

    public string? Note { get; set; }

    public string? Result { get; set; }

    public string? ReceivingUnit { get; set; }
}

public sealed class LeadSearch
{
    public int? Year { get; set; }

    public string? Field { get; set; }

    public string? Status { get; set; }

    public string? Division { get; set; }

    public bool? Overdue { get; set; }
}

public sealed record LeadStepView(DateOnly On, string Action, string ActionName, string Note, string By);

public sealed record LeadView(Guid Id, string Number, DateOnly ReceivedOn, string Source, string SourceName, string Field, string FieldName, string DivisionCode,
    string District, string Summary, string? SubjectName, string? SubjectPosition, DateOnly VerifyDue, bool Overdue, string Status, string StatusName,
    string? Result, string? ResultName, DateOnly? VerifiedOn, DateOnly? HandedOverOn, string? ReceivingUnit, DateOnly? ClosedOn, string ParametersUsed,
    IReadOnlyList<LeadStepView> Steps);

public sealed record LeadFieldCount(string Field, string FieldName, int Total, int Confirmed, int PartlyConfirmed, int Unfounded, int Open, int HandedOver);

public sealed record LeadList(int Total, int Open, int Overdue, IReadOnlyList<LeadView> Items, IReadOnlyList<LeadFieldCount> ByField);

public sealed class PatrolRequest
{
    public DateOnly? PatrolOn { get; set; }

    public string? DivisionCode { get; set; }

    public string? Route { get; set; }

    public int? TeamSize { get; set; }

    public int? PersonsFound { get; set; }

    public int? PersonsToStation { get; set; }

    public int? HandedToPolice { get; set; }

    public string? Notes { get; set; }
}

public sealed class PatrolSearch
{
    public int? Year { get; set; }

    public int? Month { get; set; }

    public string? Division { get; set; }

    public int? Page { get; set; }
}

public sealed record PatrolView(Guid Id, DateOnly PatrolOn, string DivisionCode, string District, string Route, int TeamSize, int PersonsFound,
    int PersonsToStation, int HandedToPolice, string? Notes, string RecordedBy);

public sealed record PatrolLine(string Key, string Name, int Patrols, int TeamMembers, int PersonsFound, int PersonsToStation, int HandedToPolice);

public sealed record PatrolStats(int Year, PatrolLine Total, IReadOnlyList<PatrolLine> ByMonth, IReadOnlyList<PatrolLine> ByDistrict);

public sealed record PatrolPage(int Total, int Page, int PageSize, IReadOnlyList<PatrolView> Items);

public sealed class RemovalRequest
{
    public string? DivisionCode { get; set; }

    public string? MemberName { get; set; }

    public string? MemberIdNumber { get; set; }

    /// <summary>主任 / 副主任 / 委员.</summary>
    public string? Position { get; set; }

    /// <summary>GangRelated | Crime | Misconduct | Other.</summary>
    public string? Grounds { get; set; }

    public string? GroundsDetail { get; set; }

    public DateOnly? ProposedOn { get; set; }

    /// <summary>ResidentsMeeting | RepresentativesMeeting | HouseholdRepresentatives.</summary>
    public string? Meeting { get; set; }

    public DateOnly? MeetingOn { get; set; }

    public int? Eligible { get; set; }

    public int? Attended { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? Abstained { get; set; }

    /// <summary>The lead's number (XS-…); only community.integrity may link one.</summary>
    public string? LeadNumber { get; set; }
}

public sealed class RemovalDecisionRequest
{
    /// <summary>true: confirm the removal; false: do not confirm.</summary>
    public bool? Confirm { get; set; }

    public DateOnly? On { get; set; }

    /// <summary>The decision record's 文书 number (required to confirm).</summary>
    public string? DecisionNumber { get; set; }

    public string? Note { get; set; }
}

public sealed class RemovalSearch
{
    public int? Year { get; set; }

    public string? Status { get; set; }

    public string? Division { get; set; }
}

public sealed record RemovalView(Guid Id, string Number, string DivisionCode, string CommunityName, string District, string MemberName, string MemberIdNumber,
    string Position, string Grounds, string GroundsName, string GroundsDetail, DateOnly ProposedOn, string ProposedBy, string Meeting, string MeetingName,
    DateOnly MeetingOn, int Eligible, int Attended, int VotesFor, int VotesAgainst, int Abstained, int AttendanceNeeded, int VotesNeeded, bool VotePassed,
    string ParametersUsed, string Status, string StatusName, DateOnly? DecidedOn, string? DecidedBy, string? DecisionNumber, string? DecisionNote,
    Guid? LeadId, string? LeadNumber);
