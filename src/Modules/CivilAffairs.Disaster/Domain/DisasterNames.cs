namespace CivilAffairs.Disaster.Domain;

/// <summary>Chinese names for the module's codes (shown in lists, PDFs and Excel).</summary>
internal static class DisasterNames
{
    public static string Type(DisasterType t) => t switch
    {
        DisasterType.Typhoon => "台风",
        DisasterType.Flood => "洪涝",
        DisasterType.Rainstorm => "暴雨",
        DisasterType.Landslide => "山体滑坡",
        DisasterType.Earthquake => "地震",
        DisasterType.Fire => "火灾",
        _ => "其他",
    };

    public static string Level(int level) => level switch
    {
        1 => "Ⅰ级",
        2 => "Ⅱ级",
        3 => "Ⅲ级",
        4 => "Ⅳ级",
        _ => "—",
    };

    public static string Damage(HouseDamage d) => d switch
    {
        HouseDamage.Collapsed => "倒塌",
        HouseDamage.Severe => "严重损坏",
        HouseDamage.Moderate => "一般损坏",
        _ => "无房屋损坏",
    };

    public static string Status(SubsidyStatus s) => s switch
    {
        SubsidyStatus.Submitted => "待民主评议",
        SubsidyStatus.Publicity => "公示中",
        SubsidyStatus.StreetReviewed => "街道已审核",
        SubsidyStatus.Approved => "已批准",
        _ => "不予批准",
    };

    public static string Step(SubsidyStep s) => s switch
    {
        SubsidyStep.CommunityReview => "社区民主评议",
        SubsidyStep.StreetReview => "街道审核",
        _ => "区审批",
    };

    public static string Winter(WinterListStatus s) => s switch
    {
        WinterListStatus.Draft => "编制中",
        WinterListStatus.StreetReviewed => "街道已审核",
        WinterListStatus.Approved => "区已批准",
        _ => "已退回",
    };
}
