using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>Where a home-adaptation case stands.</summary>
public enum AdaptationStatus
{
    /// <summary>申请 (waiting for the assessment visit)</summary>
    Applied = 1,

    /// <summary>已评估 (measures and cost known, waiting for approval)</summary>
    Assessed = 2,

    /// <summary>已批准 (waiting for a contractor)</summary>
    Approved = 3,

    /// <summary>不予批准</summary>
    Refused = 4,

    /// <summary>施工中 (contractor appointed)</summary>
    Contracted = 5,

    /// <summary>验收不合格 (back to the contractor)</summary>
    CheckFailed = 6,

    /// <summary>验收合格，结案</summary>
    Closed = 7,
}

/// <summary>
/// 适老化改造 for one elder's home: application → assessment visit with measures and costs →
/// approval → contractor → completion check with photos → closed. The subsidy is min(cost, cap)
/// where the cap is the parameter in force on the assessment day; the values used are kept.
/// </summary>
internal sealed class AdaptationCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>SLH-{year}-{seq}, from the counter row.</summary>
    public string CaseNumber { get; set; } = "";

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    /// <summary>The elder's residence (street or community), scoped.</summary>
    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Address)]
    public string? Address { get; set; }

    public AdaptationStatus Status { get; set; } = AdaptationStatus.Applied;

    /// <summary>优先: 特困, 低保, 低收入, 失能, 独居 (comma-separated), from the facts on the application day.</summary>
    public string? Priority { get; set; }

    public int AgeOnApplication { get; set; }

    public DateOnly AppliedOn { get; set; }

    public string AppliedBy { get; set; } = "";

    /// <summary>What the family asks for (e.g. 卫生间跌倒过两次).</summary>
    public string? Needs { get; set; }

    /// <summary>The assessment visit is due by this day (application day + the parameter).</summary>
    public DateOnly AssessmentDueOn { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public string? Assessor { get; set; }

    public string? Findings { get; set; }

    public decimal CostTotal { get; set; }

    public decimal Subsidy { get; set; }

    public decimal SelfPaid { get; set; }

    /// <summary>The cap applied (yuan) and the parameter it came from (key, valid-from, legal basis).</summary>
    public decimal? CapApplied { get; set; }

    public string? ParametersUsed { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? RefusalReason { get; set; }

    public string? ContractorName { get; set; }

    public string? ContractorCreditCode { get; set; }

    public DateOnly? ContractDate { get; set; }

    public DateOnly? PlannedCompletion { get; set; }

    public DateOnly? CheckedOn { get; set; }

    public string? Checker { get; set; }

    public string? CheckNote { get; set; }

    public int FailedChecks { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<AdaptationMeasure> Measures { get; set; } = [];
}

/// <summary>One proposed measure of the assessment (扶手 × 3 at 180 yuan …).</summary>
internal sealed class AdaptationMeasure
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public int Quantity { get; set; }

    public string Unit { get; set; } = "";

    public decimal UnitCost { get; set; }

    public decimal Amount => Quantity * UnitCost;
}

/// <summary>A completion-check photo (JPEG or PNG, checked by content), kept in the database.</summary>
internal sealed class AdaptationPhoto
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string ContentType { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>The last case number given out per year.</summary>
internal sealed class AdaptationCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
