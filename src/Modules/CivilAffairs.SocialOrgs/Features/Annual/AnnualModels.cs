using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Annual;

/// <summary>The report form (API body and page form): what the organization declares for a year.</summary>
public sealed class AnnualReportForm
{
    /// <summary>Reporting year; defaults to the previous calendar year.</summary>
    public int? Year { get; set; }

    public int? IndividualMembers { get; set; }

    public int? UnitMembers { get; set; }

    public int? FullTimeStaff { get; set; }

    public int? CouncilMeetings { get; set; }

    public int? GeneralMeetings { get; set; }

    public string? ActivitiesSummary { get; set; }

    public decimal? IncomeTotal { get; set; }

    public decimal? ExpenditureTotal { get; set; }

    public decimal? CharitableExpenditure { get; set; }

    public decimal? StaffAndAdminCosts { get; set; }

    public decimal? PriorYearIncome { get; set; }

    public decimal? PriorYearFundBalance { get; set; }

    public decimal? NetAssets { get; set; }

    public string? MajorChanges { get; set; }

    public string? SelfDeclaredBreaches { get; set; }
}

/// <summary>The registrar's grade: result (Pass / BasicPass / Fail), the checklist items found, opinion, optional earlier rectification deadline.</summary>
public sealed class AnnualGradeRequest
{
    public string? Result { get; set; }

    public List<string> Breaches { get; set; } = [];

    public string? Opinion { get; set; }

    /// <summary>Defaults to the grading day plus the rectification period (a parameter).</summary>
    public DateOnly? RectifyBy { get; set; }
}

public sealed class AnnualReasonRequest
{
    public string? Reason { get; set; }
}

public sealed class AnnualQueueQuery
{
    public int? Year { get; set; }

    public string? Type { get; set; }

    public string? Status { get; set; }

    public string? Authority { get; set; }

    public string? Result { get; set; }

    public string? Q { get; set; }
}

internal sealed record AnnualReportRow(Guid Id, string? Number, int Year, Guid OrganizationId, string OrgName, string CreditCode, string TypeName,
    string AuthorityCode, AnnualReportStatus Status, string StatusName, DateOnly DueOn, DateOnly? SubmittedOn, bool Late, InspectionResult? Result,
    string? ResultName, RectificationStatus Rectification, DateOnly? RectifyBy, bool RectificationOverdue, bool RatioFailed);

internal sealed record AnnualQueueCounts(int Draft, int Submitted, int Returned, int Graded, int NotSubmitted, int Rectifying);

internal sealed record AnnualQueue(int Year, AnnualQueueCounts Counts, IReadOnlyList<AnnualReportRow> Items);

internal sealed record AnnualReportView(Guid Id, string? Number, int Year, Guid OrganizationId, string OrgName, string CreditCode, SocialOrgType OrgType,
    string TypeName, string AuthorityCode, bool PublicFundraising, AnnualReportStatus Status, string StatusName, DateOnly DueOn, DateOnly? SupervisorDueOn,
    DateOnly? SubmittedOn, bool Late, string? SubmittedBy, AnnualReportForm Form, string? ReturnReason, int ReturnCount, InspectionResult? Result,
    string? ResultName, IReadOnlyList<string> Breaches, string? Opinion, DateOnly? GradedOn, string? GradedBy, IReadOnlyList<RatioCheck> RatioChecks,
    bool RatioChecksStored, string? ParametersUsed, InspectionResult? SuggestedResult, RectificationStatus Rectification, DateOnly? RectifyBy,
    string? RectificationNote, DateOnly? RectificationReportedOn, DateOnly? RectificationClosedOn, bool RectificationOverdue);

/// <summary>An organization's own page: what is due and its reports by year.</summary>
internal sealed record MyAnnual(Guid OrganizationId, string OrgName, string CreditCode, string TypeName, int ReportingYear, bool Owes, DateOnly DueOn,
    DateOnly? SupervisorDueOn, bool Overdue, AnnualReportRow? Current, IReadOnlyList<AnnualReportRow> Reports);

internal sealed record AnnualOverdueOrg(Guid OrganizationId, string Name, string CreditCode, string TypeName, string AuthorityCode, DateOnly DueOn,
    int DaysOverdue, bool HasDraft, string? ListedNumber);

internal sealed record AnnualSweepLine(Guid OrganizationId, string Name, string CreditCode, string EntryNumber, bool NewlyListed, string? Proposal);

internal sealed record AnnualSweepResult(int Year, int NewlyListed, int AlreadyListed, int ProposalsRaised, IReadOnlyList<AnnualSweepLine> Lines);

internal sealed record AnnualProposalRow(Guid Id, Guid OrganizationId, string OrgName, string CreditCode, string AuthorityCode, int Year, string Years,
    SanctionKind Kind, string KindName, ProposalStatus Status, string StatusName, DateOnly ProposedOn, string ProposedBy, string? DecisionNote,
    DateOnly? DecidedOn, string? DecidedBy, bool HandedToEnforcement);

internal sealed record AnnualStatsLine(string AuthorityCode, string AuthorityName, int Due, int OnTime, int Late, int NotSubmitted, int Pass,
    int BasicPass, int Fail, int AwaitingReview, int RatioFailed);

internal sealed record AnnualStats(int Year, IReadOnlyList<AnnualStatsLine> Lines, AnnualStatsLine Total, IReadOnlyList<AnnualReportRow> RatioFailures);
