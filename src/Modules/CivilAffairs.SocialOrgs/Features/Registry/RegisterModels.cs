using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>Filters of the register (query string and API alike).</summary>
internal sealed class RegisterQuery
{
    public string? Q { get; set; }

    public SocialOrgType? Type { get; set; }

    public RegistrationLevel? Level { get; set; }

    /// <summary>Registration authority code (4403 or a district).</summary>
    public string? Authority { get; set; }

    public OrgStatus? Status { get; set; }

    /// <summary>Division prefix (district or street) where the organization is located.</summary>
    public string? District { get; set; }

    public CreditStatus? Credit { get; set; }

    public string? Field { get; set; }

    public bool? Industry { get; set; }

    public bool? Charitable { get; set; }

    public int? Page { get; set; }
}

internal sealed record OrgRow(Guid Id, string CreditCode, string? CreditCodeWarning, string Name, SocialOrgType Type, string TypeName,
    RegistrationLevel Level, string AuthorityCode, string Field, string LegalRepresentativeMasked, decimal RegisteredCapital, string DivisionCode,
    OrgStatus Status, string StatusName, CreditStatus CreditStatus, string CreditStatusName, int? LastInspectionYear, string? LastInspectionResult,
    bool IsCharitable, bool PublicFundraising, bool IsIndustryAssociation, bool Rectifying, bool Imported, DateOnly EstablishedOn);

internal sealed record OrgList(int Total, int Page, int PageSize, IReadOnlyList<OrgRow> Items, IReadOnlyDictionary<string, int> ByType);

internal sealed record OrgDetail(Guid Id, string CreditCode, string? CreditCodeWarning, string Name, SocialOrgType Type, string TypeName,
    RegistrationLevel Level, string LevelName, string AuthorityCode, string AuthorityName, string? SupervisingUnit, string Field, bool IsIndustryAssociation,
    string LegalRepresentative, decimal RegisteredCapital, string Address, string DivisionCode, string? Phone, string BusinessScope,
    OrgStatus Status, string StatusName, DateOnly EstablishedOn, DateOnly? EndedOn, bool IsCharitable, DateOnly? CharitableSince, bool PublicFundraising,
    int? LastInspectionYear, string? LastInspectionResult, CreditStatus CreditStatus, string CreditStatusName, bool Rectifying, bool Imported,
    IReadOnlyList<OrgEventView> Events, IReadOnlyList<ApplicationRow> Applications);

internal sealed record OrgEventView(Guid Id, DateOnly OccurredOn, string Kind, string Summary, string? Details, string? Reference, string RecordedBy);

/// <summary>Import result: counts and the row-level errors and warnings (row, column, Chinese message).</summary>
internal sealed record ImportIssue(int Row, string Column, string Message, bool Warning);

internal sealed record ImportResult(Guid Id, string FileName, int Rows, int Added, int Updated, int Warnings, int Errors, IReadOnlyList<ImportIssue> Issues);

internal sealed record ImportHistoryRow(Guid Id, string FileName, int Rows, int Added, int Updated, int Warnings, int Errors, string ImportedBy, DateTime ImportedAtUtc);
