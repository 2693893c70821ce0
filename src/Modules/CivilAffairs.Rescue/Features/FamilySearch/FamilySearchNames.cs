using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>Display names of the family-search states, channels and Shenzhen's districts.</summary>
internal static class FamilySearchNames
{
    public static readonly (string Code, string Name)[] Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"),
        ("440308", "盐田区"), ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"),
    ];

    public static readonly string[] Relationships = ["父亲", "母亲", "配偶", "子女", "兄弟姐妹", "祖父母/外祖父母", "其他亲属", "同乡/邻居", "其他"];

    public static string District(string? code) =>
        code is { Length: >= 6 } && Districts.FirstOrDefault(d => d.Code == code[..6]) is { Name: { } n } ? n : "深圳市";

    public static string Notice(NoticeStatus s) => s switch
    {
        NoticeStatus.Draft => "草稿",
        NoticeStatus.Published => "已发布",
        _ => "已撤下",
    };

    public static string NoticeBadge(NoticeStatus s) => s switch
    {
        NoticeStatus.Draft => "text-bg-secondary",
        NoticeStatus.Published => "text-bg-success",
        _ => "text-bg-light border",
    };

    public static string Report(MissingReportStatus s) => s switch
    {
        MissingReportStatus.Open => "寻找中",
        MissingReportStatus.Found => "已找到",
        _ => "已关闭",
    };

    public static string ReportBadge(MissingReportStatus s) => s switch
    {
        MissingReportStatus.Open => "text-bg-warning",
        MissingReportStatus.Found => "text-bg-success",
        _ => "text-bg-light border",
    };

    public static string Channel(ReunionChannel c) => c switch
    {
        ReunionChannel.Notice => "寻亲公告",
        ReunionChannel.Dna => "DNA比对",
        ReunionChannel.Face => "人脸识别",
        ReunionChannel.Questioning => "甄别问话",
        ReunionChannel.Police => "公安协查",
        _ => "其他",
    };

    public static string Sex(Sex s) => s switch
    {
        Platform.Values.Sex.Male => "男",
        Platform.Values.Sex.Female => "女",
        _ => "不详",
    };

    public static string Case(RescueCaseStatus s) => s switch
    {
        RescueCaseStatus.Registered => "受助登记",
        RescueCaseStatus.Identifying => "身份甄别中",
        RescueCaseStatus.NoticePublished => "寻亲公告已发布",
        RescueCaseStatus.DnaComparing => "DNA比对中",
        RescueCaseStatus.SuspectedMatch => "疑似匹配",
        RescueCaseStatus.FamilyVerification => "亲属核验",
        RescueCaseStatus.Returned => "返乡/接回",
        RescueCaseStatus.LongStay => "滞留",
        RescueCaseStatus.Placed => "安置",
        RescueCaseStatus.HukouSettled => "落户",
        _ => "结案",
    };
}
