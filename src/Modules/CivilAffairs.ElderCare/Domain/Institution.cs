namespace CivilAffairs.ElderCare.Domain;

/// <summary>What an elderly-care institution or service point is.</summary>
public enum InstitutionKind
{
    /// <summary>养老院 / 敬老院 / 社会福利中心 (养老机构 with beds).</summary>
    NursingHome = 1,

    /// <summary>护理院 / 护理型养老机构 (nursing-type beds, medical staff).</summary>
    CareHome = 2,

    /// <summary>社区日间照料中心 (day care, a few respite beds).</summary>
    DayCareCenter = 3,

    /// <summary>居家养老服务中心 / 服务商 (services in people's homes).</summary>
    HomeCareCenter = 4,

    /// <summary>长者饭堂 / 助餐点 (meal aid).</summary>
    MealProvider = 5,
}

/// <summary>Who runs it: public ones get their budget; private ones may get the construction and operating subsidies.</summary>
public enum InstitutionOwnership
{
    /// <summary>公办公营</summary>
    Public = 1,

    /// <summary>公建民营 (public building, private operator)</summary>
    PublicBuiltPrivateRun = 2,

    /// <summary>民办</summary>
    Private = 3,
}

public enum InstitutionStatus
{
    /// <summary>筹建 (registered, not yet open)</summary>
    Preparing = 1,

    /// <summary>运营</summary>
    Operating = 2,

    /// <summary>暂停 (e.g. rectification ordered)</summary>
    Suspended = 3,

    /// <summary>停业 / 注销</summary>
    Closed = 4,
}

/// <summary>
/// An elderly-care institution or service provider in the register. Every provider-owned row in
/// this module carries the institution's <see cref="Code"/>: a provider's staff account holds the
/// same code (StaffUser.Organization) and sees only its own rows.
/// </summary>
internal sealed class Institution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Register code, e.g. YL440304001 (养老机构), ZC440304004 (助餐点), JJ440304001 (居家服务商), RZ… (日间照料).</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public InstitutionKind Kind { get; set; }

    public InstitutionOwnership Ownership { get; set; }

    public InstitutionStatus Status { get; set; } = InstitutionStatus.Operating;

    /// <summary>养老机构备案号 (filing since 2019) or the licence number it replaced.</summary>
    public string? LicenceNumber { get; set; }

    /// <summary>Unified social credit code of the operator (社会服务机构/企业/事业单位).</summary>
    public string? CreditCode { get; set; }

    public string? Operator { get; set; }

    /// <summary>The institution's address (a place, not personal data).</summary>
    public string Address { get; set; } = "";

    /// <summary>Street or community where it stands (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public string? Phone { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}
