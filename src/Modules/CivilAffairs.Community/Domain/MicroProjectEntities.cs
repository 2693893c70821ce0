using CivilAffairs.Platform.Values;

namespace CivilAffairs.Community.Domain;

/// <summary>民生微实事的三类项目 (rules §8).</summary>
public enum MicroProjectType
{
    Works = 1,
    Service = 2,
    Goods = 3,
}

/// <summary>The five themes of rules §8.</summary>
public enum MicroProjectTheme
{
    Convenience = 1,
    Activities = 2,
    PublicSpirit = 3,
    Facilities = 4,
    OtherServices = 9,
}

/// <summary>Who proposed the project; a resident is never named in public.</summary>
public enum MicroProjectProposer
{
    Residents = 1,
    PartyCommittee = 2,
    ResidentsCommittee = 3,
    SocialOrganization = 4,
    LocalUnit = 5,
    Other = 9,
}

/// <summary>
/// The stage a project is in: 项目征集 → 项目评议 (vote passed, awaiting the street) → 项目确定 →
/// 采购 → 实施 → 验收 → 结项; 不予立项 and 终止 end it early.
/// </summary>
public enum MicroProjectStage
{
    Proposed = 1,
    Reviewed = 2,
    Approved = 3,
    Procured = 4,
    Implementing = 5,
    Accepted = 6,
    Closed = 7,
    Rejected = 8,
    Terminated = 9,
}

public enum MicroProjectAcceptance
{
    Passed = 1,
    Failed = 2,
}

public enum MicroProcurementMethod
{
    OpenTender = 1,
    Competitive = 2,
    Inquiry = 3,
    SingleSource = 4,
    Direct = 5,
}

/// <summary>
/// One 民生微实事 project of a community. The row carries the community's 12-digit code, so the
/// jurisdiction filter applies; every budget figure that came from a parameter is stored with it.
/// </summary>
internal sealed class MicroProject
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>WSS-yyyy-nnnnnn.</summary>
    public string Number { get; set; } = "";

    public int Year { get; set; }

    public string DivisionCode { get; set; } = "";

    public string CommunityName { get; set; } = "";

    public MicroProjectType Type { get; set; }

    public MicroProjectTheme Theme { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public MicroProjectProposer ProposerKind { get; set; }

    /// <summary>An organization's name; for residents only the masked name of the lead proposer (never public).</summary>
    [PersonalData(MaskKind.Name)]
    public string? ProposerName { get; set; }

    /// <summary>联名居民人数 when residents proposed it.</summary>
    public int? ProposerCount { get; set; }

    public int Beneficiaries { get; set; }

    public decimal Budget { get; set; }

    /// <summary>City share of the budget (0–1) in force when the split was computed.</summary>
    public decimal CityShare { get; set; }

    public decimal CityAmount { get; set; }

    public decimal DistrictAmount { get; set; }

    /// <summary>The per-type cap in force at the last check (create, then approval).</summary>
    public decimal CapApplied { get; set; }

    public decimal? EnvelopeApplied { get; set; }

    /// <summary>What the community had already committed that year when the street approved.</summary>
    public decimal? EnvelopeUsedBefore { get; set; }

    public MicroProjectStage Stage { get; set; } = MicroProjectStage.Proposed;

    public DateOnly StageSince { get; set; }

    public DateOnly ProposedOn { get; set; }

    public DateOnly? MeetingOn { get; set; }

    public int? Attendees { get; set; }

    public int? VotesFor { get; set; }

    public int? VotesAgainst { get; set; }

    public int? VotesAbstain { get; set; }

    public decimal? VotePassRatio { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? ApprovedBy { get; set; }

    public MicroProcurementMethod? ProcurementMethod { get; set; }

    public string? SupplierName { get; set; }

    public string? SupplierCreditCode { get; set; }

    public decimal? ContractAmount { get; set; }

    public DateOnly? ContractOn { get; set; }

    public DateOnly? StartedOn { get; set; }

    public DateOnly? PlannedEndOn { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public MicroProjectAcceptance? AcceptanceResult { get; set; }

    public decimal? AcceptanceAmount { get; set; }

    public string? AcceptanceNote { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? EndReason { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>One step of a project's timeline (internal: names the staff account that acted).</summary>
internal sealed class MicroProjectEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly On { get; set; }

    public MicroProjectStage Stage { get; set; }

    public string Action { get; set; } = "";

    public string? Note { get; set; }

    /// <summary>The parameter values the step used, e.g. "cap=500000; envelope=2000000".</summary>
    public string? Parameters { get; set; }

    public string By { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>A public notice (公示) of one stage: what residents read on /m/community. Never personal data.</summary>
internal sealed class MicroProjectNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProjectId { get; set; }

    public string DivisionCode { get; set; } = "";

    public MicroProjectStage Stage { get; set; }

    public string Title { get; set; } = "";

    public string Text { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>The notice period (working days) in force when it was published.</summary>
    public int PeriodDays { get; set; }

    public DateTime PublishedAtUtc { get; set; }
}
