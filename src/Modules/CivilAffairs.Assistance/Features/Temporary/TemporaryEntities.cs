using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>临时救助 kinds (深圳市临时救助暂行办法, 2018).</summary>
public enum TemporaryKind
{
    /// <summary>急难型: simplified procedure, granted first, papers follow.</summary>
    Urgent,

    /// <summary>过渡型: application, street review, approval.</summary>
    Transitional,
}

public enum TemporaryStatus
{
    /// <summary>待街道审核.</summary>
    Pending,

    /// <summary>待区审批 (amount above the street's limit).</summary>
    AwaitingDistrict,

    /// <summary>已批准 (救助金 may be paid).</summary>
    Approved,

    /// <summary>不予救助.</summary>
    Refused,
}

/// <summary>Which level approves an amount: 街道 up to its limit, 区 above.</summary>
public enum ApprovalLevel
{
    Street,
    District,
}

/// <summary>
/// A 临时救助 case. The applicant may lack Shenzhen hukou or an ID number (a vagrant referred by
/// the Rescue module is described instead), so the person is kept on the case itself.
/// </summary>
internal sealed class TemporaryCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public TemporaryKind Kind { get; set; }

    public TemporaryStatus Status { get; set; }

    [PersonalData(MaskKind.Name)]
    public string ApplicantName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string? IdNumber { get; set; }

    /// <summary>For someone without an ID number: sex, apparent age, where found, features.</summary>
    public string? PersonDescription { get; set; }

    public bool ShenzhenHukou { get; set; }

    public int HouseholdSize { get; set; } = 1;

    /// <summary>The street (or community) handling the case (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>What happened: fire, accident, sudden illness, stranded...</summary>
    public string Reason { get; set; } = "";

    public decimal RequestedAmount { get; set; }

    public decimal? ApprovedAmount { get; set; }

    /// <summary>The 低保 standard in force when the amount was last checked, and the cap and street limit it gave.</summary>
    public decimal Standard { get; set; }

    public decimal Cap { get; set; }

    public decimal StreetLimit { get; set; }

    public ApprovalLevel Level { get; set; }

    public DateOnly SubmittedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    /// <summary>急难型: papers are due this many working days after the grant.</summary>
    public DateOnly? PapersDueOn { get; set; }

    public DateOnly? PapersReceivedOn { get; set; }

    /// <summary>"window" (窗口/社区) or "rescue" (referred by the Rescue module).</summary>
    public string Source { get; set; } = "window";

    /// <summary>The Rescue module's case reference of a referral (one case per reference).</summary>
    public string? RescueCaseRef { get; set; }

    public string? DecisionNote { get; set; }

    public int Version { get; set; }

    public List<TemporaryStep> Steps { get; set; } = [];

    public List<TemporaryPayment> Payments { get; set; } = [];
}

internal sealed class TemporaryStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Action { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Note { get; set; }
}

/// <summary>Money handed over or transferred for a case (a plain record; no bank file).</summary>
internal sealed class TemporaryPayment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public DateOnly PaidOn { get; set; }

    public decimal Amount { get; set; }

    public string? Note { get; set; }

    public string UserName { get; set; } = "";
}
