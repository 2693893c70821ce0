using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>长者助餐 eligibility group (Futian notice 2023, rules §6).</summary>
public enum MealGroup
{
    /// <summary>优先保障: 深圳户籍 60+ who are 特困/低保/低保边缘, 三属五老, 失独 or only child disabled (≤3), or 100+ (up to 15 yuan).</summary>
    Priority = 1,

    /// <summary>深圳户籍 70–99 (up to 5 yuan).</summary>
    Age70To99 = 2,

    /// <summary>普惠: residents 60+ who pay the base price without subsidy.</summary>
    Ordinary = 3,
}

public enum MealEnrolmentStatus
{
    Active = 1,

    /// <summary>Stopped (death, moved away, on request): meals on the card after the stop day are flagged and not subsidised.</summary>
    Stopped = 2,
}

public enum MealKind
{
    Breakfast = 1,
    Lunch = 2,
    Dinner = 3,
}

/// <summary>Why a meal record deserves a second look; stored with the record so settlement never recomputes.</summary>
[Flags]
public enum MealFlags
{
    None = 0,

    /// <summary>Beyond the subsidised meals per person per day (recorded, not subsidised).</summary>
    OverDailyLimit = 1,

    /// <summary>The canteen is outside the elder's hukou district while the hukou-district rule is on (not subsidised).</summary>
    OutsideHukouDistrict = 2,

    /// <summary>No enrolment for the ID number (pays the 普惠价).</summary>
    NotEnrolled = 4,

    /// <summary>Weekend or public holiday by the official calendar (not subsidised while the weekday rule is on).</summary>
    NonWorkingDay = 8,

    /// <summary>The card was stopped (death, moved away) before the meal day.</summary>
    CardStopped = 16,

    /// <summary>Another meal of the same person within the duplicate window, at any canteen.</summary>
    NearDuplicate = 32,

    /// <summary>The meal kind is not subsidised (breakfast, dinner) under the parameters in force.</summary>
    MealNotSubsidised = 64,
}

/// <summary>助餐资格登记: one per registry person; the card number is what the counter scans.</summary>
internal sealed class MealEnrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>助餐卡号, e.g. 4403040000123 (hukou or residence district + a counter).</summary>
    public string CardNumber { get; set; } = "";

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    /// <summary>Residence community at enrolment (scoped: the 社区工作站 that registered the elder).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Hukou district (6 digits) when a Shenzhen 户籍; the subsidy is normally valid only at canteens there.</summary>
    public string? HukouDistrictCode { get; set; }

    public MealGroup Group { get; set; }

    /// <summary>Which fact decided the group, in Chinese (e.g. "低保", "年满100周岁", "深圳户籍70–99周岁").</summary>
    public string GroupReason { get; set; } = "";

    public DateOnly ValidFrom { get; set; }

    public MealEnrolmentStatus Status { get; set; } = MealEnrolmentStatus.Active;

    public DateOnly? StoppedOn { get; set; }

    public string? StopReason { get; set; }

    public DateOnly CheckedOn { get; set; }

    public string EnrolledBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>History of an enrolment: created, group changed on a recheck, stopped.</summary>
internal sealed class MealEnrolmentChange
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly On { get; set; }

    public string Change { get; set; } = "";

    public MealGroup? FromGroup { get; set; }

    public MealGroup? ToGroup { get; set; }

    public string Reason { get; set; } = "";

    public string ChangedBy { get; set; } = "";

    public DateTime AtUtc { get; set; }
}

/// <summary>The last card number given per district (card numbers come from a counter row, never count+1).</summary>
internal sealed class MealCardCounter
{
    public string DistrictCode { get; set; } = "";

    public int Last { get; set; }

    public int Version { get; set; }
}

public enum MealRecordSource
{
    Counter = 1,
    Upload = 2,
}

/// <summary>
/// One meal served at a canteen, with the subsidy decided when it was recorded and the parameter
/// values used (<see cref="RuleKey"/>), so settlement only sums. Natural key: canteen, date, meal, person.
/// </summary>
internal sealed class MealRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The canteen (助餐点) code; a provider account sees only its own.</summary>
    public string InstitutionCode { get; set; } = "";

    /// <summary>The canteen's street (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The card number when enrolled, else the ID number given at the counter.</summary>
    [PersonalData(MaskKind.IdNumber)]
    public string PersonKey { get; set; } = "";

    public Guid? EnrolmentId { get; set; }

    public DateOnly MealDate { get; set; }

    /// <summary>Minutes after midnight, China time.</summary>
    public int ServedMinute { get; set; }

    public MealKind Meal { get; set; }

    public MealGroup? Group { get; set; }

    public decimal Subsidy { get; set; }

    public MealFlags Flags { get; set; }

    /// <summary>The parameter values used, e.g. "440304@2023-07-01 p=15 a=5 lim=1 hk=1 wd=1 m=L".</summary>
    public string RuleKey { get; set; } = "";

    public MealRecordSource Source { get; set; }

    public Guid? UploadId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>A provider's file upload and its row-level error report.</summary>
internal sealed class MealUpload
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string FileName { get; set; } = "";

    public int Rows { get; set; }

    public int Accepted { get; set; }

    public int Duplicates { get; set; }

    public int Rejected { get; set; }

    /// <summary>[{row, column, message}] in Chinese; no personal data.</summary>
    public string ErrorsJson { get; set; } = "[]";

    public string UploadedBy { get; set; } = "";

    public DateTime UploadedAtUtc { get; set; }
}

public enum MealSettlementStatus
{
    Submitted = 1,
    Returned = 2,
    Approved = 3,
    Paid = 4,
}

/// <summary>A provider's monthly settlement: sums over its records, approved by the canteen's street.</summary>
internal sealed class MealSettlement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string InstitutionCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month.</summary>
    public DateOnly Month { get; set; }

    public MealSettlementStatus Status { get; set; }

    public int Meals { get; set; }

    public int SubsidisedMeals { get; set; }

    public int PriorityMeals { get; set; }

    public decimal PrioritySubsidy { get; set; }

    public int Age70Meals { get; set; }

    public decimal Age70Subsidy { get; set; }

    public decimal SubsidyTotal { get; set; }

    /// <summary>Meals with an anomaly flag (recorded but not subsidised).</summary>
    public int ExcludedMeals { get; set; }

    public string SubmittedBy { get; set; } = "";

    public DateTime SubmittedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public DateOnly? PaidOn { get; set; }

    public int Version { get; set; }
}
