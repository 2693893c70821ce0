using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

public enum HomeCareSubsidyStatus
{
    /// <summary>待审批</summary>
    Submitted = 1,

    /// <summary>已批准 (paid from the month after approval)</summary>
    Approved = 2,

    /// <summary>不予批准</summary>
    Refused = 3,

    /// <summary>已停发 (death, moved out, no longer eligible)</summary>
    Stopped = 4,
}

/// <summary>The subsidy line chosen: only the highest one applies (就高不就低，不重复).</summary>
public enum HomeCareTier
{
    /// <summary>低保且介护</summary>
    DibaoFullCare = 1,

    /// <summary>非低保介护</summary>
    FullCare = 2,

    /// <summary>三无、低保或优抚老人</summary>
    Priority = 3,
}

public enum HomeCareBillStatus
{
    /// <summary>已提交，待街道审核</summary>
    Submitted = 1,

    /// <summary>已退回 (the provider may submit again)</summary>
    Returned = 2,

    /// <summary>街道已审核</summary>
    Approved = 3,

    /// <summary>已拨付</summary>
    Paid = 4,
}

/// <summary>居家养老服务补贴: a bureau row (providers never see it; they ask for the allowance only).</summary>
internal sealed class HomeCareSubsidy
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>JY-{year}-{seq:000000}, from the counter.</summary>
    public string Number { get; set; } = "";

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    /// <summary>Residence community or street of the elder (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public HomeCareSubsidyStatus Status { get; set; }

    public HomeCareTier Tier { get; set; }

    public decimal MonthlyAmount { get; set; }

    /// <summary>The facts and parameter values the tier was chosen with (key=value, legal basis).</summary>
    public string Basis { get; set; } = "";

    public string? Note { get; set; }

    public DateOnly AppliedOn { get; set; }

    public string AppliedBy { get; set; } = "";

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public string? RefusalReason { get; set; }

    /// <summary>First day of the first month paid (the month after approval).</summary>
    public DateOnly? StartMonth { get; set; }

    /// <summary>Last day paid once stopped.</summary>
    public DateOnly? EndOn { get; set; }

    public string? StopReason { get; set; }

    public DateOnly? LastCheckedOn { get; set; }

    public int Version { get; set; }

    public List<HomeCareSubsidyEvent> Events { get; set; } = [];
}

/// <summary>What happened to a subsidy: applied, approved, rechecked with changes, stopped.</summary>
internal sealed class HomeCareSubsidyEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SubsidyId { get; set; }

    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    public string By { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>服务工单: one visit by a provider's worker. Provider-owned (InstitutionCode).</summary>
internal sealed class HomeCareOrder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    /// <summary>The provider's street (scoped; the street approves its bills).</summary>
    public string DivisionCode { get; set; } = "";

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public string ItemCode { get; set; } = "";

    public DateOnly ServiceDate { get; set; }

    public TimeOnly StartTime { get; set; }

    public int Minutes { get; set; }

    [PersonalData(MaskKind.Name)]
    public string WorkerName { get; set; } = "";

    /// <summary>Hourly price in force on the service date (parameter value recorded).</summary>
    public decimal UnitPrice { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The approved subsidy covering the date, when any; without one the order is self-paid.</summary>
    public Guid? SubsidyId { get; set; }

    public Guid? BillId { get; set; }

    /// <summary>manual | upload:{file}</summary>
    public string Source { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>One provider's bill for one month (月度结算). Provider-owned; the street of the provider approves.</summary>
internal sealed class HomeCareBill
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>JS-{yyyyMM}-{institution}.</summary>
    public string Number { get; set; } = "";

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month billed.</summary>
    public DateOnly Month { get; set; }

    public HomeCareBillStatus Status { get; set; }

    public int Orders { get; set; }

    public int Minutes { get; set; }

    public decimal Total { get; set; }

    public decimal Subsidised { get; set; }

    public decimal SelfPaid { get; set; }

    public string SubmittedBy { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public decimal? PaidAmount { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? PaidBy { get; set; }

    public int Version { get; set; }

    public List<HomeCareBillLine> Lines { get; set; } = [];
}

/// <summary>One elder on a bill: orders priced, capped at the monthly entitlement.</summary>
internal sealed class HomeCareBillLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid BillId { get; set; }

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public int Orders { get; set; }

    public int Minutes { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The month's entitlement (0 without an approved subsidy).</summary>
    public decimal Entitlement { get; set; }

    public decimal Subsidised { get; set; }

    public decimal SelfPaid { get; set; }

    public string? SubsidyNumber { get; set; }
}

/// <summary>A bulk upload of orders and its row-level report (kept so the report can be downloaded).</summary>
internal sealed class HomeCareUpload
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string FileName { get; set; } = "";

    public int Rows { get; set; }

    public int Accepted { get; set; }

    public int Duplicates { get; set; }

    public int Rejected { get; set; }

    /// <summary>JSON array of {row, column, message}.</summary>
    public string ErrorsJson { get; set; } = "[]";

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

/// <summary>Subsidy numbers: the last given per year.</summary>
internal sealed class HomeCareCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
