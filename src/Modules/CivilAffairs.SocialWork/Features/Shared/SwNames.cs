namespace CivilAffairs.SocialWork.Features.Shared;

/// <summary>服务领域 of social work (seed 七: 社区、养老、助残、教育、医疗、精神卫生、禁毒 …).</summary>
public enum SwField
{
    Community = 1,
    Elderly = 2,
    Disability = 3,
    Education = 4,
    Medical = 5,
    MentalHealth = 6,
    DrugRehab = 7,
    Youth = 8,
    Family = 9,
    Corrections = 10,
    RiverProtection = 11,
    Other = 99,
}

/// <summary>社会工作者职业水平 (national examination levels).</summary>
public enum SwQualification
{
    None = 0,
    Assistant = 1,
    Intermediate = 2,
    Senior = 3,
}

public enum WorkerStatus
{
    InPost = 1,
    Left = 2,
}

/// <summary>Chinese names of the module's enums, and Shenzhen's districts for statistics.</summary>
internal static class SwNames
{
    public static string Of(SwField f) => f switch
    {
        SwField.Community => "社区",
        SwField.Elderly => "养老",
        SwField.Disability => "助残",
        SwField.Education => "教育",
        SwField.Medical => "医疗",
        SwField.MentalHealth => "精神卫生",
        SwField.DrugRehab => "禁毒",
        SwField.Youth => "青少年",
        SwField.Family => "家庭",
        SwField.Corrections => "司法矫正",
        SwField.RiverProtection => "治水护河",
        _ => "其他",
    };

    public static string Of(SwQualification q) => q switch
    {
        SwQualification.Assistant => "助理社会工作师",
        SwQualification.Intermediate => "社会工作师",
        SwQualification.Senior => "高级社会工作师",
        _ => "无职业水平证书",
    };

    public static string Of(WorkerStatus s) => s == WorkerStatus.InPost ? "在岗" : "离职";

    public static readonly IReadOnlyDictionary<string, string> Districts = new Dictionary<string, string>
    {
        ["440303"] = "罗湖区", ["440304"] = "福田区", ["440305"] = "南山区", ["440306"] = "宝安区", ["440307"] = "龙岗区",
        ["440308"] = "盐田区", ["440309"] = "龙华区", ["440310"] = "坪山区", ["440311"] = "光明区", ["440312"] = "深汕特别合作区",
    };

    /// <summary>The district a division code lies in ("市本级" for city-level codes).</summary>
    public static string DistrictOf(string divisionCode) =>
        divisionCode.Length >= 6 && Districts.TryGetValue(divisionCode[..6], out var n) ? n : "市本级";
}
