using CivilAffairs.Contracts.Facilities;

namespace CivilAffairs.Facilities.Domain;

/// <summary>Chinese names of the module's codes, and Shenzhen's districts.</summary>
internal static class FacilityNames
{
    public static readonly (string Code, string Name)[] Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"),
        ("440308", "盐田区"), ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"),
    ];

    public static string District(string? divisionCode)
    {
        if (string.IsNullOrEmpty(divisionCode) || divisionCode.Length < 6)
        {
            return "市本级";
        }
        var d = divisionCode[..6];
        return Districts.FirstOrDefault(x => x.Code == d).Name ?? d;
    }

    public static string Type(FacilityType t) => t switch
    {
        FacilityType.ElderlyCare => "养老机构",
        FacilityType.WelfareHome => "福利院/儿童福利机构",
        FacilityType.RescueStation => "救助管理站",
        FacilityType.FuneralHome => "殡仪馆",
        FacilityType.Cemetery => "公墓/骨灰堂",
        FacilityType.MarriageRegistry => "婚姻登记处",
        FacilityType.SocialWorkStation => "社工站/党群服务中心",
        FacilityType.DayCareCenter => "日间照料中心",
        FacilityType.ElderlyCanteen => "长者饭堂",
        FacilityType.HomeCareCenter => "居家养老服务中心",
        _ => "其他民政服务设施",
    };

    public static string Ownership(FacilityOwnership o) => o switch
    {
        FacilityOwnership.Public => "公办",
        FacilityOwnership.PublicBuiltPrivateRun => "公建民营",
        _ => "民办",
    };

    public static string Status(FacilityStatus s) => s switch
    {
        FacilityStatus.Preparing => "筹建",
        FacilityStatus.Operating => "运营",
        FacilityStatus.Suspended => "暂停",
        _ => "停用",
    };

    public static string Module(string? key) => key switch
    {
        null => "名录直录",
        "eldercare" => "养老服务",
        "funeral" => "殡葬管理",
        "marriage" => "婚姻登记",
        "rescue" => "救助管理",
        "childwelfare" => "儿童福利",
        _ => key,
    };

    public static string Kind(ProjectKind k) => k switch
    {
        ProjectKind.ElderlyCare => "养老护理院/养老院",
        ProjectKind.Welfare => "社会福利院/中心",
        ProjectKind.ChildWelfare => "儿童福利院",
        ProjectKind.RescueSettlement => "救助安置院",
        ProjectKind.RescueStation => "救助管理站",
        ProjectKind.Funeral => "殡仪馆",
        ProjectKind.MentalHealth => "精神卫生福利机构",
        _ => "其他",
    };

    public static string Level(ProjectLevel l) => l == ProjectLevel.City ? "市级" : "区级";

    public static string Delivery(DeliveryMode d) => d switch
    {
        DeliveryMode.GovernmentDirect => "政府直接投资",
        DeliveryMode.AgentConstruction => "市场化代建",
        DeliveryMode.PublicWorksAgency => "工务署集中代建",
        _ => "社会资本合作（PPP）",
    };

    public static string Risk(RiskLevel l) => l switch { RiskLevel.High => "高", RiskLevel.Medium => "中", _ => "低" };

    public static string RiskStatus(RiskStatus s) => s switch { Domain.RiskStatus.Open => "未消除", Domain.RiskStatus.Mitigated => "已缓解", _ => "已关闭" };

    public static string SafetyLevel(SafetyRiskLevel l) => l switch
    {
        SafetyRiskLevel.Major => "重大风险",
        SafetyRiskLevel.Large => "较大风险",
        SafetyRiskLevel.General => "一般风险",
        _ => "低风险",
    };

    public static string SafetyLevelCss(SafetyRiskLevel l) => l switch
    {
        SafetyRiskLevel.Major => "text-bg-danger",
        SafetyRiskLevel.Large => "text-bg-warning",
        SafetyRiskLevel.General => "text-bg-info",
        _ => "text-bg-primary",
    };

    public static string Inspection(InspectionKind k) => k switch
    {
        InspectionKind.Routine => "日常检查",
        InspectionKind.Special => "专项检查",
        _ => "联合检查（消防）",
    };

    public static string Hazard(HazardLevel l) => l == HazardLevel.Major ? "重大隐患" : "一般隐患";

    public static string HazardStatus(HazardStatus s) => s switch
    {
        Domain.HazardStatus.Open => "整改中",
        Domain.HazardStatus.Rectified => "已整改待验收",
        _ => "已验收销号",
    };

    public static string Due(InspectionDueState s) => s switch
    {
        InspectionDueState.Ok => "未到期",
        InspectionDueState.DueSoon => "即将到期",
        InspectionDueState.Overdue => "已逾期",
        _ => "从未检查",
    };
}
