using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>
/// 银龄安康 roster line: a Shenzhen-户籍 resident covered from midnight of the 60th birthday until
/// death (unnamed group cover, so enrolment is automatic). Name and sex stay in the registry.
/// </summary>
internal sealed class InsuranceEnrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    /// <summary>Residence division when enrolled (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public DateOnly CoveredFrom { get; set; }

    /// <summary>The death date; null while covered.</summary>
    public DateOnly? CoveredUntil { get; set; }

    public string? EndReason { get; set; }

    public DateTime EnrolledAtUtc { get; set; }

    public string EnrolledBy { get; set; } = "";

    public int Version { get; set; }
}

/// <summary>Which cover a claim is made under.</summary>
public enum ClaimItem
{
    /// <summary>意外身故</summary>
    Death = 0,

    /// <summary>意外伤残</summary>
    Disability = 1,

    /// <summary>意外医疗</summary>
    Medical = 2,
}

public enum ClaimStatus
{
    /// <summary>已报案 (recorded by the street or community)</summary>
    Reported = 0,

    /// <summary>已报送保险公司</summary>
    Submitted = 1,

    /// <summary>已赔付</summary>
    Paid = 2,

    /// <summary>拒赔</summary>
    Refused = 3,
}

/// <summary>A 银龄安康 claim, tracked from report to the insurer's decision.</summary>
internal sealed class InsuranceClaim
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>YLAK-{year}-{seq:00000} from the counter row.</summary>
    public string Number { get; set; } = "";

    public Guid EnrolmentId { get; set; }

    public Guid PersonId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>Code in <see cref="AccidentTypes"/>.</summary>
    public int AccidentType { get; set; }

    public DateOnly AccidentOn { get; set; }

    public string Place { get; set; } = "";

    public string Description { get; set; } = "";

    public ClaimItem Item { get; set; }

    public decimal Claimed { get; set; }

    /// <summary>The cover for the item on the accident date (the cap on the amount paid).</summary>
    public decimal CoverLimit { get; set; }

    public string ParametersUsed { get; set; } = "";

    public ClaimStatus Status { get; set; }

    public decimal? PaidAmount { get; set; }

    public string? RefusalReason { get; set; }

    public DateOnly ReportedOn { get; set; }

    public DateOnly? SubmittedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string ReportedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>The last claim number given per year.</summary>
internal sealed class InsuranceClaimCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// The 22 accident types of the Shenzhen plan. The source names only 跌倒, 烧烫伤, 动物咬伤 and
/// public transport; the rest of the list is inferred (推定) and must be checked against the policy.
/// </summary>
internal static class AccidentTypes
{
    public static readonly IReadOnlyList<(int Code, string Name)> All =
    [
        (1, "跌倒"), (2, "烧烫伤"), (3, "动物咬伤"), (4, "乘坐公共交通意外"), (5, "其他交通意外"), (6, "溺水"), (7, "触电"), (8, "燃气中毒"),
        (9, "食物中毒"), (10, "高处坠落"), (11, "物体打击"), (12, "挤压碰撞"), (13, "锐器割刺伤"), (14, "火灾"), (15, "爆炸"), (16, "雷击"),
        (17, "自然灾害"), (18, "异物窒息"), (19, "中暑"), (20, "冻伤"), (21, "运动意外"), (22, "其他意外伤害"),
    ];

    public static string? NameOf(int code) => All.FirstOrDefault(a => a.Code == code).Name;

    public static string ItemName(ClaimItem item) => item switch
    {
        ClaimItem.Death => "意外身故",
        ClaimItem.Disability => "意外伤残",
        _ => "意外医疗",
    };

    public static string StatusName(ClaimStatus s) => s switch
    {
        ClaimStatus.Reported => "已报案",
        ClaimStatus.Submitted => "已报送保险公司",
        ClaimStatus.Paid => "已赔付",
        _ => "拒赔",
    };
}
