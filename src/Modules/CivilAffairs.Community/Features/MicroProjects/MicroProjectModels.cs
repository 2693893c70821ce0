using CivilAffairs.Community.Domain;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>A new project (项目征集). The community defaults to the caller's own when that is a community.</summary>
public sealed class MicroProjectRequest
{
    public string? DivisionCode { get; set; }

    public int? Year { get; set; }

    public MicroProjectType? Type { get; set; }

    public MicroProjectTheme? Theme { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public MicroProjectProposer? ProposerKind { get; set; }

    /// <summary>An organization's name; for residents the lead proposer's name, stored masked.</summary>
    public string? ProposerName { get; set; }

    public int? ProposerCount { get; set; }

    public int? Beneficiaries { get; set; }

    public decimal? Budget { get; set; }
}

/// <summary>项目评议: the meeting and the residents' vote.</summary>
public sealed class MicroReviewRequest
{
    public DateOnly? MeetingOn { get; set; }

    public int? Attendees { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? VotesAbstain { get; set; }

    public string? Note { get; set; }
}

/// <summary>A note or reason: approval remark, 不予立项 / 终止 reason, progress note, closing remark.</summary>
public sealed class MicroNoteRequest
{
    public string? Note { get; set; }
}

public sealed class MicroProcureRequest
{
    public MicroProcurementMethod? Method { get; set; }

    public string? SupplierName { get; set; }

    public string? SupplierCreditCode { get; set; }

    public decimal? ContractAmount { get; set; }

    public DateOnly? ContractOn { get; set; }
}

public sealed class MicroStartRequest
{
    public DateOnly? StartedOn { get; set; }

    public DateOnly? PlannedEndOn { get; set; }

    public string? Note { get; set; }
}

public sealed class MicroAcceptRequest
{
    public DateOnly? AcceptedOn { get; set; }

    public MicroProjectAcceptance? Result { get; set; }

    public decimal? Amount { get; set; }

    public string? Note { get; set; }
}

/// <summary>List filters; the most specific of district / street / community applies.</summary>
public sealed class MicroProjectQuery
{
    public int? Year { get; set; }

    public string? District { get; set; }

    public string? Street { get; set; }

    public string? Community { get; set; }

    public MicroProjectType? Type { get; set; }

    public MicroProjectTheme? Theme { get; set; }

    public MicroProjectStage? Stage { get; set; }

    public bool? Overdue { get; set; }

    public string? Q { get; set; }

    public int? Page { get; set; }
}

public sealed record MicroProjectRow(Guid Id, string Number, int Year, string DivisionCode, string CommunityName, MicroProjectType Type, string TypeName,
    MicroProjectTheme Theme, string ThemeName, string Title, decimal Budget, decimal? ContractAmount, MicroProjectStage Stage, string StageName,
    DateOnly StageSince, bool Overdue);

public sealed record MicroStageCount(MicroProjectStage Stage, string Name, int Count);

public sealed record MicroOption(string Code, string Name);

public sealed record MicroProjectList(int Total, int Page, int PageSize, IReadOnlyList<MicroProjectRow> Items, IReadOnlyList<MicroStageCount> StageCounts,
    decimal BudgetSum, decimal CityAmountSum, decimal DistrictAmountSum, decimal ContractSum, int OverdueCount, int StageLimitDays,
    IReadOnlyList<MicroOption> Districts, IReadOnlyList<MicroOption> Streets, IReadOnlyList<MicroOption> Communities);

public sealed record MicroEventView(DateOnly On, MicroProjectStage Stage, string StageName, string Action, string? Note, string? Parameters, string By);

public sealed record MicroNoticeView(Guid Id, MicroProjectStage Stage, string StageName, string Title, string Text, DateOnly StartsOn, DateOnly EndsOn,
    int PeriodDays);

/// <summary>The community's envelope in the project's year: what is committed (approved and later) and what remains.</summary>
public sealed record MicroEnvelope(string DivisionCode, int Year, decimal Envelope, decimal Committed, decimal Remaining, int Projects);

public sealed record MicroProjectView(Guid Id, string Number, int Year, string DivisionCode, string CommunityName, string PlaceName,
    MicroProjectType Type, string TypeName, MicroProjectTheme Theme, string ThemeName, string Title, string Description,
    MicroProjectProposer ProposerKind, string ProposerKindName, string? ProposerName, int? ProposerCount, int Beneficiaries,
    decimal Budget, decimal CityShare, string RatioText, decimal CityAmount, decimal DistrictAmount, decimal CapApplied, decimal? EnvelopeApplied,
    decimal? EnvelopeUsedBefore, MicroProjectStage Stage, string StageName, DateOnly StageSince, bool Overdue, DateOnly ProposedOn,
    DateOnly? MeetingOn, int? Attendees, int? VotesFor, int? VotesAgainst, int? VotesAbstain, decimal? VotePassRatio,
    DateOnly? ApprovedOn, string? ApprovedBy, MicroProcurementMethod? ProcurementMethod, string? ProcurementMethodName, string? SupplierName,
    string? SupplierCreditCode, decimal? ContractAmount, DateOnly? ContractOn, DateOnly? StartedOn, DateOnly? PlannedEndOn, DateOnly? AcceptedOn,
    MicroProjectAcceptance? AcceptanceResult, string? AcceptanceResultName, decimal? AcceptanceAmount, string? AcceptanceNote, DateOnly? ClosedOn,
    string? EndReason, string CreatedBy, IReadOnlyList<MicroProjectAction> Actions, MicroEnvelope Envelope,
    IReadOnlyList<MicroEventView> Events, IReadOnlyList<MicroNoticeView> Notices);
