namespace CivilAffairs.SocialOrgs.Features.Supervision;

public sealed class InspectionRequest
{
    public Guid? OrganizationId { get; set; }

    public string? Kind { get; set; }

    public DateOnly? InspectedOn { get; set; }

    /// <summary>Staff user names, separated by commas or spaces.</summary>
    public string? Inspectors { get; set; }

    public string? Findings { get; set; }

    public string? Notes { get; set; }

    public string? Outcome { get; set; }

    public DateOnly? RectifyBy { get; set; }
}

public sealed class ComplaintRequest
{
    public DateOnly? ReceivedOn { get; set; }

    public string? Channel { get; set; }

    /// <summary>A registered organization; or leave empty and give the name, place and division of an unregistered one.</summary>
    public Guid? OrganizationId { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectPlace { get; set; }

    public string? DivisionCode { get; set; }

    public string? Summary { get; set; }

    public string? ComplainantName { get; set; }

    public string? ComplainantPhone { get; set; }
}

public sealed class ComplaintHandlingRequest
{
    /// <summary>assign, verify or reply.</summary>
    public string? Action { get; set; }

    public DateOnly? On { get; set; }

    public string? AssignedTo { get; set; }

    public bool? Substantiated { get; set; }

    public string? Result { get; set; }
}

public sealed class CaseRequest
{
    public Guid? OrganizationId { get; set; }

    public string? SubjectName { get; set; }

    public string? SubjectPlace { get; set; }

    public string? DivisionCode { get; set; }

    public string? Source { get; set; }

    public string? SourceRef { get; set; }

    public string? Facts { get; set; }
}

/// <summary>Input of one procedure step; each step reads the fields it needs.</summary>
public sealed class CaseStepRequest
{
    public DateOnly? On { get; set; }

    public string? Note { get; set; }

    /// <summary>调查取证: staff user names, separated by commas or spaces.</summary>
    public string? Investigators { get; set; }

    /// <summary>事先告知 (proposed) and 处罚决定: Warning, Fine, Confiscation, Suspension, Revocation, Ban, Dispersal; 不予处罚/撤案: NoPenalty or Withdrawn.</summary>
    public string? Outcome { get; set; }

    public decimal? Amount { get; set; }

    public int? Months { get; set; }
}

public sealed class CaseSearch
{
    public string? Status { get; set; }

    public int? Year { get; set; }

    public Guid? Org { get; set; }

    public string? Division { get; set; }

    public bool? Illegal { get; set; }

    public bool? Overdue { get; set; }

    public string? Q { get; set; }
}

public sealed record CaseStepView(string Step, string StepName, DateOnly On, string By, string? Note);

/// <summary>A case; for an organization's own account the notes and investigators are left out.</summary>
public sealed record CaseView(
    Guid Id, string Number, Guid? OrganizationId, string? CreditCode, string SubjectName, string? SubjectPlace, bool IllegalOrganization, string DivisionCode,
    string Source, string SourceName, string? SourceRef, string Facts, string Status, string StatusName, string ProposedBy, DateOnly ProposedOn,
    DateOnly? FiledOn, string? FiledBy, DateOnly? DecisionDue, int? DaysLeft, bool Overdue, string? Investigators,
    string? ProposedOutcome, decimal? ProposedAmount, bool HearingRight, string? Outcome, string? OutcomeName, decimal? Amount, int? SuspensionMonths,
    DateOnly? DecidedOn, string? DecidedBy, string? DecisionReason, DateOnly? ClosedOn, string? ParametersUsed, string? CreditEntries,
    IReadOnlyList<CaseStepView> Steps);

public sealed record CaseCounts(int Total, int Proposed, int Open, int AwaitingDecision, int Decided, int Closed, int Overdue);

public sealed record CaseList(CaseCounts Counts, IReadOnlyList<CaseView> Items);

/// <summary>For an organization's own account the inspectors' notes are null.</summary>
public sealed record InspectionView(Guid Id, string Number, Guid OrganizationId, string OrganizationName, string DivisionCode, string Kind, string KindName,
    DateOnly InspectedOn, string Inspectors, string Findings, string? Notes, string Outcome, string OutcomeName, DateOnly? RectifyBy, DateOnly? RectifiedOn,
    bool RectificationOverdue);

/// <summary>The complainant's name and phone are masked.</summary>
public sealed record ComplaintView(Guid Id, string Number, DateOnly ReceivedOn, string Channel, string ChannelName, Guid? OrganizationId, bool Unregistered,
    string SubjectName, string? SubjectPlace, string DivisionCode, string Summary, string? ComplainantName, string? ComplainantPhone, string Status,
    string StatusName, string? AssignedTo, DateOnly? VerifiedOn, bool? Substantiated, string? Result, DateOnly? RepliedOn, DateOnly ReplyDue, bool Overdue,
    string? ParametersUsed);

public sealed record CountRow(string Key, string Name, int Count);

public sealed record DistrictCaseRow(string District, int Cases, int Registered, int Illegal, int Decided, decimal Fines);

/// <summary>A year's cases: by source, subject kind, outcome and district; the crackdown on illegal organizations.</summary>
public sealed record CaseStats(int Year, int Total, int Registered, int Illegal, IReadOnlyList<CountRow> BySource, IReadOnlyList<CountRow> ByOutcome,
    IReadOnlyList<CountRow> ByStatus, IReadOnlyList<DistrictCaseRow> ByDistrict, int Banned, int Dispersed, decimal FinesTotal, decimal ConfiscatedTotal);

public sealed class PartyUnitRequest
{
    public int? PartyMembers { get; set; }

    /// <summary>Own, Joint, Functional; empty: no party organization.</summary>
    public string? Form { get; set; }

    public string? PartyOrgName { get; set; }

    public DateOnly? EstablishedOn { get; set; }

    public string? Secretary { get; set; }

    public string? Superior { get; set; }

    public string? Instructor { get; set; }
}

/// <summary>An active organization with its party standing; secretary and instructor masked.</summary>
public sealed record PartyUnitView(Guid OrganizationId, string OrganizationName, string CreditCode, string Type, string TypeName, string DivisionCode,
    int PartyMembers, string? Form, string? FormName, string? PartyOrgName, DateOnly? EstablishedOn, string? Secretary, string? Superior, string? Instructor,
    bool ShouldHaveParty, string CreditStatus);

public sealed record CoverageRow(string District, string Type, string TypeName, int Active, int WithParty, int Own, int Joint, int Functional,
    decimal CoveragePercent, int Members, int ShouldHaveButNone);

public sealed record CensusView(int Year, int PartyOrganizations, int Members, string Source);

public sealed record CoverageStats(IReadOnlyList<CoverageRow> Rows, CoverageRow Total, int Threshold, IReadOnlyList<CensusView> Reported);

public sealed class PilotRequest
{
    public Guid? OrganizationId { get; set; }

    public int? BatchYear { get; set; }

    public DateOnly? StartedOn { get; set; }

    public string? Measures { get; set; }
}

public sealed class PilotEvaluationRequest
{
    public decimal? Score { get; set; }

    public string? Result { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>true: the pilot ends (终止) instead of being evaluated.</summary>
    public bool End { get; set; }
}

public sealed record PilotView(Guid Id, Guid OrganizationId, string OrganizationName, string DivisionCode, int BatchYear, DateOnly StartedOn, string Measures,
    string Status, string StatusName, decimal? Score, string? Result, DateOnly? EvaluatedOn);

public sealed class CentreRequest
{
    public string? Name { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public string? Host { get; set; }

    public Guid? HostOrganizationId { get; set; }

    public string? Services { get; set; }

    public int? VisitsPerYear { get; set; }
}

public sealed record CentreView(Guid Id, string Name, string DivisionCode, string Address, DateOnly OpenedOn, string Host, string Services, int VisitsPerYear);

/// <summary>A credit-list entry of the case's organization, as the case page shows it.</summary>
public sealed record CreditLine(string Number, string List, string Trigger, string Basis, DateOnly ListedOn, bool Open);

/// <summary>An organization a form may pick: in reach, active; <see cref="MayAct"/> when the caller's bureau registered it.</summary>
public sealed record OrgChoice(Guid Id, string Name, string CreditCode, string DivisionCode, bool IsIndustryAssociation, bool MayAct);
