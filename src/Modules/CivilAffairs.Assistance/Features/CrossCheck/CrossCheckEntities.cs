using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>The kind of external dataset a file holds (one kind per file).</summary>
public enum ExternalSource
{
    /// <summary>不动产登记 (natural resources and planning): properties per owner.</summary>
    RealEstate,

    /// <summary>机动车登记 (traffic police): vehicles per owner.</summary>
    Vehicle,

    /// <summary>存款、证券等金融资产 (banks and securities firms, with the household's written authorisation).</summary>
    Financial,

    /// <summary>商事登记 (market regulation): businesses per registered person.</summary>
    Business,

    /// <summary>社保、公积金、个税 (HR, provident fund, tax): monthly income per person.</summary>
    Income,
}

/// <summary>One imported file (导入批次). The same file (by SHA-256) is never imported twice.</summary>
internal sealed class ExternalBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public ExternalSource Source { get; set; }

    public string FileName { get; set; } = "";

    public string Sha256 { get; set; } = "";

    /// <summary>The date the data describes (数据截止日期); the newest batch of a source is the one matched.</summary>
    public DateOnly AsOf { get; set; }

    public int RowsRead { get; set; }

    public int RowsImported { get; set; }

    public int RowsRejected { get; set; }

    /// <summary>The first rejected rows (line and reason), for the import history.</summary>
    public string? RejectionsJson { get; set; }

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }
}

/// <summary>
/// One row of an external dataset in normalised columns (staging). Written in bulk (COPY on
/// PostgreSQL), so not audited row by row: the import writes one summary audit row.
/// </summary>
[NotAudited]
internal sealed class ExternalRecord
{
    public long Id { get; set; }

    public Guid BatchId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    /// <summary>residential / non_residential; vehicle type; asset type; business status; income kind code.</summary>
    public string Kind { get; set; } = "";

    /// <summary>不动产单元号, plate number, institution, credit code.</summary>
    public string? Reference { get; set; }

    /// <summary>Address, business name, property type as written.</summary>
    public string? Description { get; set; }

    /// <summary>Area (㎡), balance (元) or monthly income (元).</summary>
    public decimal? Amount { get; set; }

    /// <summary>Income: the first day of the month the amount belongs to.</summary>
    public DateOnly? Month { get; set; }

    public int Line { get; set; }
}

/// <summary>One matching pass (比对) over the households in the runner's jurisdiction.</summary>
internal sealed class CrossCheckRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The division prefix the run covered ("" = the whole system).</summary>
    public string Jurisdiction { get; set; } = "";

    public DateOnly ReportDate { get; set; }

    public int Households { get; set; }

    public int Breaking { get; set; }

    public int Items { get; set; }

    /// <summary>The batches that were current for each source, e.g. "RealEstate:2026-10-31".</summary>
    public string Sources { get; set; } = "";

    public long DurationMs { get; set; }

    public string RunBy { get; set; } = "";

    public DateTime RunAtUtc { get; set; }
}

/// <summary>Whose household a report is about.</summary>
public enum HouseholdKind
{
    /// <summary>办理中的申请</summary>
    Application,

    /// <summary>在保家庭</summary>
    Enrolment,
}

/// <summary>核对报告: what the external data says about one household, and which rules it breaks.</summary>
internal sealed class CrossCheckReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public HouseholdKind HouseholdKind { get; set; }

    /// <summary>The application or enrolment id.</summary>
    public Guid HouseholdId { get; set; }

    public Programme Programme { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string HeadIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string HeadName { get; set; } = "";

    public int HouseholdSize { get; set; }

    public DateOnly ReportDate { get; set; }

    public DateOnly ValidUntil { get; set; }

    public decimal FinancialAssets { get; set; }

    public int ResidentialUnits { get; set; }

    public int NonResidentialUnits { get; set; }

    public int Vehicles { get; set; }

    public int BusinessRegistrations { get; set; }

    /// <summary>Counted monthly income found in the income source (excluded kinds left out).</summary>
    public decimal VerifiedIncome { get; set; }

    public bool BreaksRules { get; set; }

    /// <summary>The rules broken, one Chinese sentence a line.</summary>
    public string Reasons { get; set; } = "";

    public int ItemCount { get; set; }
}

/// <summary>One thing found: a property, a vehicle, an account, a business, an income.</summary>
internal sealed class CrossCheckItem
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string MemberIdNumber { get; set; } = "";

    public ExternalSource Source { get; set; }

    public string Description { get; set; } = "";

    public decimal? Value { get; set; }

    /// <summary>元, ㎡, 元/月.</summary>
    public string? Unit { get; set; }

    /// <summary>False where the rules leave it out (exempt vehicle, deregistered business, excluded income).</summary>
    public bool Counted { get; set; }

    /// <summary>The rule this item's source breaks, if any.</summary>
    public string? Rule { get; set; }
}
