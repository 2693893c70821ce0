namespace CivilAffairs.ElderCare.Domain;

/// <summary>民办养老机构资助: one-off per new bed, or monthly per occupied bed.</summary>
public enum SubsidyKind
{
    /// <summary>建设资助（新增床位一次性）</summary>
    Construction = 1,

    /// <summary>运营资助（按月、按实际入住床日）</summary>
    Operating = 2,
}

public enum SubsidyStatus
{
    /// <summary>已申请，待区审批</summary>
    Submitted = 1,

    /// <summary>已批准</summary>
    Approved = 2,

    /// <summary>不予批准</summary>
    Refused = 3,
}

/// <summary>
/// A private institution's application for the construction or the operating subsidy. The amount
/// and the parameter values it was computed with are stored; a month (operating) or a bed change
/// (construction) is never claimed twice.
/// </summary>
internal sealed class InstitutionSubsidy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>e.g. ZZ-2026-000012 (from the counter).</summary>
    public string Number { get; set; } = "";

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public SubsidyKind Kind { get; set; }

    /// <summary>Operating: the first day of the month claimed; null for construction.</summary>
    public DateOnly? Month { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Per bed type: beds or bed-days, rate, amount (one line each), as shown to the approver.</summary>
    public string Calculation { get; set; } = "";

    /// <summary>The parameter values used: key=value (valid from, division).</summary>
    public string ParametersUsed { get; set; } = "";

    public SubsidyStatus Status { get; set; } = SubsidyStatus.Submitted;

    public string AppliedBy { get; set; } = "";

    public DateTime AppliedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? DecisionNote { get; set; }

    public int Version { get; set; }
}

/// <summary>The last number given per year (numbers never come from count + 1).</summary>
internal sealed class InstitutionSubsidyCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
