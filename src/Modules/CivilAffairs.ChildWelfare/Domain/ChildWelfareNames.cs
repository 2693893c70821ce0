namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>Chinese names of the module's enums (translated by Loc in pages).</summary>
internal static class ChildWelfareNames
{
    public static string Of(ChildCategory c) => c switch
    {
        ChildCategory.InstitutionalOrphan => "机构养育孤儿",
        ChildCategory.DispersedOrphan => "社会散居孤儿",
        ChildCategory.DeFactoUnsupported => "事实无人抚养儿童",
        _ => "残疾儿童",
    };

    public static string Of(ChildStatus s) => s switch
    {
        ChildStatus.Registered => "已登记待核定",
        ChildStatus.Approved => "类别已核定",
        ChildStatus.Active => "在册保障",
        _ => "已退出",
    };

    public static string Of(LeaveReason r) => r switch
    {
        LeaveReason.TurnedAdult => "年满18周岁",
        LeaveReason.Adopted => "被收养",
        LeaveReason.ReturnedToFamily => "回归家庭",
        LeaveReason.Died => "死亡",
        _ => "其他",
    };

    public static string Of(AllowanceBasis b) => b switch
    {
        AllowanceBasis.Institutional => "机构养育标准",
        AllowanceBasis.Dispersed => "社会散居标准",
        AllowanceBasis.DeFacto => "事实无人抚养儿童（参照散居孤儿标准）",
        _ => "本模块不发放（居家残疾儿童享受残疾人两项补贴）",
    };

    public static string Of(PlacementStatus s) => s switch
    {
        PlacementStatus.Draft => "拟定",
        PlacementStatus.Approved => "实施中",
        _ => "已结案",
    };

    public static string Of(TomorrowStatus s) => s switch
    {
        TomorrowStatus.Applied => "已申报",
        TomorrowStatus.Assessed => "已评估",
        TomorrowStatus.Approved => "已批准",
        TomorrowStatus.Operated => "已手术",
        TomorrowStatus.Closed => "已结案",
        _ => "不予批准",
    };

    public static string Of(TomorrowOutcome o) => o switch
    {
        TomorrowOutcome.Cured => "治愈",
        TomorrowOutcome.Improved => "好转",
        TomorrowOutcome.Unchanged => "无变化",
        _ => "加重",
    };

    public static string Sex(CivilAffairs.Platform.Values.Sex s) => s switch
    {
        CivilAffairs.Platform.Values.Sex.Male => "男",
        CivilAffairs.Platform.Values.Sex.Female => "女",
        _ => "未知",
    };
}
