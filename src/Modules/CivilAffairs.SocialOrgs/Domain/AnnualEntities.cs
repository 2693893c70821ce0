namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>Where an annual report stands.</summary>
internal enum AnnualReportStatus
{
    /// <summary>草稿: the organization is still filling it in.</summary>
    Draft = 1,

    /// <summary>已提交，待审查.</summary>
    Submitted = 2,

    /// <summary>退回修改: the registry asked for corrections; the organization corrects and submits again.</summary>
    Returned = 3,

    /// <summary>已审查: graded 合格 / 基本合格 / 不合格.</summary>
    Graded = 4,
}

/// <summary>Rectification after 基本合格 or 不合格.</summary>
internal enum RectificationStatus
{
    None = 0,

    /// <summary>责令整改: ordered with a deadline.</summary>
    Ordered = 1,

    /// <summary>The organization reported it done; the registrar checks.</summary>
    Reported = 2,

    /// <summary>整改完成: closed by the registrar.</summary>
    Closed = 3,
}

/// <summary>
/// One organization's annual work report (年度工作报告) for one year and the registry's inspection
/// of it (年检结论). The figures are as the organization declared them; the grade, the foundation
/// spending checks and the parameter values they used are stored with it.
/// </summary>
internal sealed class AnnualReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>NB-2025-000012, taken at the first submission (a draft has none).</summary>
    public string? Number { get; set; }

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>The registration authority when the report was made (4403 or a district), for queues and statistics.</summary>
    public string AuthorityCode { get; set; } = "";

    public SocialOrgType OrgType { get; set; }

    /// <summary>The reporting year (the previous calendar year when it is filed).</summary>
    public int Year { get; set; }

    public AnnualReportStatus Status { get; set; } = AnnualReportStatus.Draft;

    /// <summary>The registration authority's deadline for this type and year (a parameter), kept with the report.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>First submission; a report returned for correction keeps it.</summary>
    public DateOnly? SubmittedOn { get; set; }

    /// <summary>逾期提交: first submitted after <see cref="DueOn"/>.</summary>
    public bool Late { get; set; }

    public string? SubmittedBy { get; set; }

    public int IndividualMembers { get; set; }

    public int UnitMembers { get; set; }

    public int FullTimeStaff { get; set; }

    /// <summary>理事会/常务理事会 meetings held in the year.</summary>
    public int CouncilMeetings { get; set; }

    /// <summary>会员（代表）大会 held in the year.</summary>
    public int GeneralMeetings { get; set; }

    public string ActivitiesSummary { get; set; } = "";

    public decimal IncomeTotal { get; set; }

    public decimal ExpenditureTotal { get; set; }

    /// <summary>用于公益事业/慈善活动的支出.</summary>
    public decimal CharitableExpenditure { get; set; }

    /// <summary>工作人员工资福利和行政办公支出.</summary>
    public decimal StaffAndAdminCosts { get; set; }

    /// <summary>Foundations: total income of the year before the reporting year (the 70 % rule's base), as declared.</summary>
    public decimal? PriorYearIncome { get; set; }

    /// <summary>Foundations: fund balance at the end of the year before (the 8 % rule's base).</summary>
    public decimal? PriorYearFundBalance { get; set; }

    public decimal NetAssets { get; set; }

    public string? MajorChanges { get; set; }

    /// <summary>Breaches the organization declares itself.</summary>
    public string? SelfDeclaredBreaches { get; set; }

    public string? ReturnReason { get; set; }

    public int ReturnCount { get; set; }

    public InspectionResult? Result { get; set; }

    /// <summary>Codes of the checklist items found (see AnnualBreaches), comma-separated.</summary>
    public string? Breaches { get; set; }

    public string? Opinion { get; set; }

    public DateOnly? GradedOn { get; set; }

    public string? GradedBy { get; set; }

    /// <summary>The foundation spending checks at grading (JSON list: value, threshold, pass/fail).</summary>
    public string? RatioChecks { get; set; }

    /// <summary>True when any foundation spending check failed at grading.</summary>
    public bool RatioFailed { get; set; }

    /// <summary>The parameter values the checks and the rectification deadline used, with their legal basis.</summary>
    public string? ParametersUsed { get; set; }

    public RectificationStatus Rectification { get; set; }

    public DateOnly? RectifyBy { get; set; }

    public string? RectificationNote { get; set; }

    public DateOnly? RectificationReportedOn { get; set; }

    public DateOnly? RectificationClosedOn { get; set; }

    public string? RectificationClosedBy { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

internal enum SanctionKind
{
    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>撤销登记.</summary>
    Revocation = 2,
}

internal enum ProposalStatus
{
    /// <summary>待处理.</summary>
    Pending = 1,

    /// <summary>已处理：确认 (a revocation goes to enforcement).</summary>
    Confirmed = 2,

    /// <summary>已处理：不予处理.</summary>
    Dismissed = 3,
}

/// <summary>
/// A sanction the annual-inspection rules propose (one year missed or 不合格 → 警告; two consecutive
/// → 撤销登记) for the approver to confirm or dismiss. One per organization and year.
/// </summary>
internal sealed class AnnualSanctionProposal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string AuthorityCode { get; set; } = "";

    /// <summary>The year whose outcome raised it.</summary>
    public int Year { get; set; }

    /// <summary>The years counted, e.g. "2024 未参加年检；2025 不合格".</summary>
    public string Years { get; set; } = "";

    public SanctionKind Kind { get; set; }

    public ProposalStatus Status { get; set; } = ProposalStatus.Pending;

    public DateOnly ProposedOn { get; set; }

    public string ProposedBy { get; set; } = "";

    public string? DecisionNote { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    /// <summary>A confirmed revocation is handed to enforcement (the Supervision area opens the case).</summary>
    public bool HandedToEnforcement { get; set; }

    public int Version { get; set; }
}
