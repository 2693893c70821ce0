using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>成立登记, 变更登记 or 注销登记.</summary>
internal enum ApplicationKind
{
    Establishment = 1,
    Change = 2,
    Deregistration = 3,
}

/// <summary>Where an application stands: 待受理 → 审查中 → 待决定 → 准予 / 不予; 补正中 stops the clock.</summary>
internal enum ApplicationStatus
{
    Submitted = 1,
    Accepted = 2,
    Reviewed = 3,
    Returned = 4,
    Approved = 5,
    Refused = 6,
}

/// <summary>
/// A registration application. For an establishment the proposed organization's particulars are
/// held here until approval creates it; for a change the non-null particulars are the requested new
/// values. Carries the organization's credit code and division code for the data-layer filters (an
/// establishment has no code until approved, so an organization's account never sees one).
/// </summary>
internal sealed class RegistrationApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>DJ-2026-000012.</summary>
    public string Number { get; set; } = "";

    public ApplicationKind Kind { get; set; }

    public ApplicationStatus Status { get; set; } = ApplicationStatus.Submitted;

    /// <summary>The registration authority that decides: 4403 (city) or a district's code.</summary>
    public string AuthorityCode { get; set; } = "";

    public Guid? OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    /// <summary>Where the organization is (or is to be) located.</summary>
    public string DivisionCode { get; set; } = "";

    public string? Name { get; set; }

    public SocialOrgType? Type { get; set; }

    public RegistrationLevel? Level { get; set; }

    /// <summary>业务主管单位; "" on a change means "now registered directly".</summary>
    public string? SupervisingUnit { get; set; }

    public string? Field { get; set; }

    public bool IsIndustryAssociation { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? LegalRepresentative { get; set; }

    public string? Address { get; set; }

    /// <summary>Change: the new address's division (the row keeps the current one for the filters until approval).</summary>
    public string? NewDivisionCode { get; set; }

    public string? BusinessScope { get; set; }

    public int? IndividualMembers { get; set; }

    public int? UnitMembers { get; set; }

    /// <summary>Activity funds, founding funds or original fund (yuan); on a change the new registered capital.</summary>
    public decimal? Funds { get; set; }

    /// <summary>A foundation applying as a public-fundraising foundation (decides its original-fund threshold).</summary>
    public bool PublicFundraising { get; set; }

    /// <summary>The 主体标识码 typed by the registrar (8 or 9 characters from the national code centre).</summary>
    public string? OrgCode { get; set; }

    /// <summary>The founding thresholds that were checked and their values, e.g. "个人会员≥50; 活动资金≥30000 (2016-02-06)".</summary>
    public string? ThresholdBasis { get; set; }

    public string? Reason { get; set; }

    /// <summary>Deregistration: the liquidation report has been received and confirmed.</summary>
    public bool LiquidationReportConfirmed { get; set; }

    public bool FiledByOrganization { get; set; }

    public string FiledBy { get; set; } = "";

    public DateOnly SubmittedOn { get; set; }

    public string? AcceptedBy { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public string? ReviewedBy { get; set; }

    public DateOnly? ReviewedOn { get; set; }

    public string? ReviewOpinion { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>补正: when returned, why, and the state to resume.</summary>
    public DateOnly? ReturnedOn { get; set; }

    public string? ReturnReason { get; set; }

    public ApplicationStatus? ResumeStatus { get; set; }

    /// <summary>Working days and calendar days spent waiting for more documents (not counted against the limits).</summary>
    public int PausedWorkingDays { get; set; }

    public int PausedDays { get; set; }

    /// <summary>Shenzhen's promised limit (working days) from acceptance.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>The statutory limit (calendar days) from acceptance.</summary>
    public DateOnly? StatutoryDueOn { get; set; }

    /// <summary>The limits used, e.g. "承诺15个工作日 / 法定60日 (参数 2019-01-01)".</summary>
    public string? DeadlineBasis { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>One import of the existing register: what it did (the rows themselves are in the register and the audit trail).</summary>
internal sealed class RegistryImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The importer's jurisdiction: import history is bureau-only.</summary>
    public string DivisionCode { get; set; } = "";

    public string FileName { get; set; } = "";

    public int Rows { get; set; }

    public int Added { get; set; }

    public int Updated { get; set; }

    public int Warnings { get; set; }

    public int Errors { get; set; }

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }
}
