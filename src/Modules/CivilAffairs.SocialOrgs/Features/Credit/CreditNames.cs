using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>Names the credit pages print: Shenzhen's districts, registration authorities, removal states.</summary>
internal static class CreditNames
{
    public static readonly IReadOnlyList<(string Code, string Name)> Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"), ("440308", "盐田区"),
        ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"), ("440312", "大鹏新区"),
    ];

    public static string District(string divisionCode) =>
        divisionCode.Length >= 6 && Districts.FirstOrDefault(d => d.Code == divisionCode[..6]) is { Name: { } n } ? n : "深圳市";

    public static string Authority(string authorityCode) => authorityCode == "4403" ? "深圳市民政局" : District(authorityCode) + "民政局";

    public static string Of(RemovalStatus s) => s switch
    {
        RemovalStatus.Pending => "待核实",
        RemovalStatus.Verified => "待审批",
        RemovalStatus.Removed => "已移出",
        _ => "不予移出",
    };

    public static string Badge(CreditList l) => l == CreditList.Serious ? "text-bg-danger" : "text-bg-warning";

    public static string Badge(RemovalStatus s) => s switch
    {
        RemovalStatus.Pending => "text-bg-info",
        RemovalStatus.Verified => "text-bg-primary",
        RemovalStatus.Removed => "text-bg-success",
        _ => "text-bg-secondary",
    };
}
