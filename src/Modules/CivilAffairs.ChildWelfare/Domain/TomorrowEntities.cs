namespace CivilAffairs.ChildWelfare.Domain;

public enum TomorrowStatus
{
    /// <summary>已申报.</summary>
    Applied,

    /// <summary>已评估: medical assessment done.</summary>
    Assessed,

    /// <summary>已批准: funding approved (childwelfare.approve).</summary>
    Approved,

    /// <summary>已手术.</summary>
    Operated,

    /// <summary>已结案: rehabilitation finished with an outcome.</summary>
    Closed,

    /// <summary>不予批准.</summary>
    Rejected,
}

public enum TomorrowOutcome
{
    Cured,
    Improved,
    Unchanged,
    Worse,
}

/// <summary>A Tomorrow Plan (明天计划) case: surgery and rehabilitation of a child in care, paid mainly from the welfare lottery fund.</summary>
internal sealed class TomorrowCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ChildId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly AppliedOn { get; set; }

    public string Diagnosis { get; set; } = "";

    public TomorrowStatus Status { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public string? Assessor { get; set; }

    public string? AssessmentConclusion { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    public string? Hospital { get; set; }

    public DateOnly? SurgeryOn { get; set; }

    public decimal? TotalCost { get; set; }

    /// <summary>福彩公益金 share.</summary>
    public decimal? LotteryFund { get; set; }

    public decimal? MedicalInsurance { get; set; }

    public decimal? OtherFunding { get; set; }

    public string? RehabPlan { get; set; }

    public TomorrowOutcome? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? Note { get; set; }

    public string CreatedBy { get; set; } = "";

    public int Version { get; set; }
}
