using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>成立登记 filed by the registrar on the founders' behalf.</summary>
internal sealed class EstablishmentRequest
{
    public string? Name { get; set; }

    public SocialOrgType? Type { get; set; }

    /// <summary>业务主管单位; empty for 直接登记.</summary>
    public string? SupervisingUnit { get; set; }

    public string? Field { get; set; }

    public bool IsIndustryAssociation { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? Address { get; set; }

    /// <summary>The proposed address's division (street or community code).</summary>
    public string? DivisionCode { get; set; }

    public string? BusinessScope { get; set; }

    public int? IndividualMembers { get; set; }

    public int? UnitMembers { get; set; }

    public decimal? Funds { get; set; }

    public bool PublicFundraising { get; set; }

    /// <summary>主体标识码 (8 or 9 characters), if already issued; otherwise typed at review.</summary>
    public string? OrgCode { get; set; }
}

/// <summary>变更登记: fill only what changes.</summary>
internal sealed class ChangeRequest
{
    /// <summary>The organization (the registrar files); an organization's own account files for itself.</summary>
    public Guid? OrganizationId { get; set; }

    public string? Name { get; set; }

    public string? Address { get; set; }

    public string? DivisionCode { get; set; }

    public string? LegalRepresentative { get; set; }

    public string? BusinessScope { get; set; }

    public decimal? RegisteredCapital { get; set; }

    /// <summary>New 业务主管单位; "直接登记" to register directly from now on.</summary>
    public string? SupervisingUnit { get; set; }

    public string? Reason { get; set; }
}

internal sealed class DeregistrationRequest
{
    public Guid? OrganizationId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The liquidation report (清算报告) has been filed and confirmed by the liquidation group.</summary>
    public bool LiquidationReportConfirmed { get; set; }
}

internal sealed class AcceptRequest
{
    public bool LiquidationReportConfirmed { get; set; }
}

internal sealed class ReviewRequest
{
    public string? Opinion { get; set; }

    /// <summary>Establishment: the 主体标识码 from the national code centre (8 or 9 characters).</summary>
    public string? OrgCode { get; set; }
}

internal sealed class DecideRequest
{
    public bool Approve { get; set; }

    public string? Reason { get; set; }
}

internal sealed class ReturnRequest
{
    public string? Reason { get; set; }
}

internal sealed class ApplicationQuery
{
    public ApplicationStatus? Status { get; set; }

    public ApplicationKind? Kind { get; set; }

    public string? Q { get; set; }

    /// <summary>Only open ones past their promised limit.</summary>
    public bool? Overdue { get; set; }

    public int? Page { get; set; }
}

internal sealed record ApplicationRow(Guid Id, string Number, ApplicationKind Kind, string KindName, ApplicationStatus Status, string StatusName,
    string Name, string CreditCode, string DivisionCode, string AuthorityCode, DateOnly SubmittedOn, DateOnly? AcceptedOn, DateOnly? DueOn, int? DaysLeft,
    bool Overdue, string FiledBy, bool FiledByOrganization);

internal sealed record ApplicationList(int Total, int Page, int PageSize, IReadOnlyList<ApplicationRow> Items, IReadOnlyDictionary<string, int> ByStatus);

internal sealed record ChangeLine(string Field, string? Current, string Requested);

internal sealed record ApplicationDetail(ApplicationRow Row, string AuthorityName, string? TypeName, string? LevelName, string? SupervisingUnit, string? Field,
    bool IsIndustryAssociation, string? LegalRepresentative, string? Address, string? BusinessScope, int? IndividualMembers, int? UnitMembers, decimal? Funds,
    bool PublicFundraising, string? OrgCode, string? ThresholdBasis, string? Reason, bool LiquidationReportConfirmed, Guid? OrganizationId,
    string? AcceptedBy, string? ReviewedBy, DateOnly? ReviewedOn, string? ReviewOpinion, string? DecidedBy, DateOnly? DecidedOn, string? DecisionReason,
    DateOnly? ReturnedOn, string? ReturnReason, int PausedWorkingDays, DateOnly? StatutoryDueOn, string? DeadlineBasis, IReadOnlyList<ChangeLine> Changes);
