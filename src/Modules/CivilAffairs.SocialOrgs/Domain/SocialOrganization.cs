using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>The three kinds of registered social organization (社会团体登记管理条例 1998/2016, 民办非企业单位登记管理暂行条例 1998, 基金会管理条例 2004).</summary>
internal enum SocialOrgType
{
    /// <summary>社会团体 (USCC type character 1).</summary>
    SocialGroup = 1,

    /// <summary>社会服务机构, formerly 民办非企业单位 (USCC type character 2).</summary>
    ServiceOrg = 2,

    /// <summary>基金会 (USCC type character 3).</summary>
    Foundation = 3,
}

/// <summary>Which registration authority keeps the organization: the city bureau or a district bureau.</summary>
internal enum RegistrationLevel
{
    City = 1,
    District = 2,
}

internal enum OrgStatus
{
    /// <summary>Registered and active (正常).</summary>
    Active = 1,

    /// <summary>Deregistered on its own application or after liquidation (注销).</summary>
    Deregistered = 2,

    /// <summary>Registration revoked as a penalty (撤销登记), e.g. after two consecutive years without inspection.</summary>
    Revoked = 3,
}

/// <summary>Annual inspection grades (年检结论).</summary>
internal enum InspectionResult
{
    /// <summary>合格.</summary>
    Pass = 1,

    /// <summary>基本合格: minor breaches, rectification ordered.</summary>
    BasicPass = 2,

    /// <summary>不合格: serious breaches, rectification ordered; no change of name or scope, no branches while rectifying.</summary>
    Fail = 3,
}

/// <summary>Where the organization stands on the credit lists (社会组织信用信息管理办法, 民政部令第60号).</summary>
internal enum CreditStatus
{
    Normal = 0,

    /// <summary>On the 活动异常名录.</summary>
    Abnormal = 1,

    /// <summary>On the 严重违法失信名单.</summary>
    Serious = 2,
}

/// <summary>
/// A registered social organization: the core record every area works on. Child rows of an
/// organization carry its id, credit code and division code so the data layer can filter them.
/// </summary>
internal sealed class SocialOrganization
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>统一社会信用代码 (GB 32100), unique. New registrations must pass the check; imported ones may not (see <see cref="CreditCodeWarning"/>).</summary>
    public string CreditCode { get; set; } = "";

    /// <summary>Set on imported records whose code fails the check: kept, shown as a warning, never silently corrected.</summary>
    public string? CreditCodeWarning { get; set; }

    public string Name { get; set; } = "";

    public SocialOrgType Type { get; set; }

    public RegistrationLevel Level { get; set; }

    /// <summary>Division code of the registration authority: 4403 for the city bureau, 6 digits for a district bureau.</summary>
    public string AuthorityCode { get; set; } = "";

    /// <summary>业务主管单位; null for organizations registered directly (直接登记: industry associations, charities, community services …).</summary>
    public string? SupervisingUnit { get; set; }

    /// <summary>Field of activity (行业协会商会, 科技, 教育, 社会服务, 慈善, 文化, 体育 …).</summary>
    public string Field { get; set; } = "";

    /// <summary>An industry association or chamber of commerce (行业协会商会): the self-regulation pilots are drawn from these.</summary>
    public bool IsIndustryAssociation { get; set; }

    [PersonalData(MaskKind.Name)]
    public string LegalRepresentative { get; set; } = "";

    /// <summary>Registered activity funds (社团), founding funds (社会服务机构) or original fund (基金会), yuan.</summary>
    public decimal RegisteredCapital { get; set; }

    public string Address { get; set; } = "";

    /// <summary>Where it is located (street or community code): the jurisdiction filter uses this.</summary>
    public string DivisionCode { get; set; } = "";

    public string? Phone { get; set; }

    /// <summary>业务范围 as in the charter.</summary>
    public string BusinessScope { get; set; } = "";

    public OrgStatus Status { get; set; } = OrgStatus.Active;

    public DateOnly EstablishedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Recognised as a 慈善组织 (慈善法 art. 10) and since when.</summary>
    public bool IsCharitable { get; set; }

    public DateOnly? CharitableSince { get; set; }

    /// <summary>Holds public-fundraising status (公开募捐资格, 慈善法 art. 22): decides the foundation spending rule.</summary>
    public bool PublicFundraising { get; set; }

    /// <summary>The latest graded annual inspection (kept by the annual-report area for lists and the public lookup).</summary>
    public int? LastInspectionYear { get; set; }

    public InspectionResult? LastInspectionResult { get; set; }

    /// <summary>Kept by the credit-list area from the open list entries.</summary>
    public CreditStatus CreditStatus { get; set; }

    /// <summary>Under rectification (after 基本合格/不合格 or an order): no change of name or scope, no branches.</summary>
    public bool Rectifying { get; set; }

    /// <summary>Came from an import of the existing register rather than a registration here.</summary>
    public bool Imported { get; set; }

    public int Version { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}

/// <summary>What happened to an organization: the history on its page.</summary>
internal enum OrgEventKind
{
    Established = 1,
    Imported,
    Changed,
    Deregistered,
    Revoked,
    AnnualReport,
    Inspection,
    CreditListed,
    CreditRemoved,
    Enforcement,
    PartyBuilding,
    Note,
}

/// <summary>One line of an organization's history (changes record old → new values in <see cref="Details"/>).</summary>
internal sealed class OrganizationEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public OrgEventKind Kind { get; set; }

    public string Summary { get; set; } = "";

    public string? Details { get; set; }

    /// <summary>The application, report, list entry or case number this event came from.</summary>
    public string? Reference { get; set; }

    public DateOnly OccurredOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
