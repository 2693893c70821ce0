using CivilAffairs.Platform.Values;

namespace CivilAffairs.Charity.Domain;

/// <summary>The small rules of donations and pledges, kept pure for the unit tests.</summary>
internal static class CampaignRules
{
    /// <summary>未到位 / 部分到位 / 全部到位 from what has arrived.</summary>
    public static PledgeStatus StatusOf(decimal pledged, decimal delivered) =>
        delivered <= 0 ? PledgeStatus.NotDelivered : delivered >= pledged ? PledgeStatus.Delivered : PledgeStatus.Partial;

    /// <summary>Share delivered, 0–1 (more than pledged counts as all).</summary>
    public static decimal Rate(decimal pledged, decimal delivered) =>
        pledged <= 0 ? 0 : Math.Min(1m, Math.Round(delivered / pledged, 4));

    /// <summary>Overdue: due date passed and not all delivered.</summary>
    public static bool Overdue(PledgeStatus status, DateOnly dueOn, DateOnly today) => status != PledgeStatus.Delivered && dueOn < today;

    /// <summary>
    /// The counter prefix of a recipient's receipts: JZ and its nine-character organization code
    /// (positions 9–17 of the credit code), so each recipient numbers its own receipts per year.
    /// </summary>
    public static string ReceiptPrefix(string creditCode) =>
        creditCode.Length == 18 ? "JZ" + creditCode[8..17] : throw new ArgumentException("credit code of 18 characters expected", nameof(creditCode));

    /// <summary>How a donor appears in lists: individuals masked, 匿名 without a name, organizations by name.</summary>
    public static string ListName(DonorKind kind, string? name) => kind switch
    {
        DonorKind.Anonymous => "匿名",
        DonorKind.Individual => Masking.Name(name),
        _ => name ?? "",
    };

    /// <summary>How a donor appears in public: only organizations that chose to be named; everyone else by kind.</summary>
    public static string PublicName(DonorKind kind, string? name, bool namePublicly) =>
        kind == DonorKind.Organization && namePublicly && !string.IsNullOrWhiteSpace(name) ? name : kind switch
        {
            DonorKind.Anonymous => "匿名捐赠人",
            DonorKind.Individual => "个人捐赠人",
            _ => "单位捐赠人",
        };
}

/// <summary>Chinese names of the campaign area's enums.</summary>
internal static class CampaignNames
{
    public static string Of(CampaignKind k) => k switch
    {
        CampaignKind.PovertyReliefDay => "广东扶贫济困日",
        CampaignKind.CharityMonth => "深圳慈善月",
        CampaignKind.CharityDay => "深圳慈善日",
        CampaignKind.CharityFair => "慈善展会",
        CampaignKind.Special => "专项募捐",
        _ => "其他",
    };

    public static string Of(CampaignStatus s) => s switch
    {
        CampaignStatus.Preparing => "筹备",
        CampaignStatus.Active => "进行中",
        _ => "已结束",
    };

    public static string Of(DonorKind k) => k switch
    {
        DonorKind.Individual => "个人",
        DonorKind.Organization => "单位",
        _ => "匿名",
    };

    public static string Of(DonationForm f) => f == DonationForm.Money ? "资金" : "物资";

    public static string Of(DonationPurpose p) => p == DonationPurpose.Restricted ? "定向" : "非定向";

    public static string Of(DonationStatus s) => s == DonationStatus.Valid ? "有效" : "已作废";

    public static string Of(PledgeStatus s) => s switch
    {
        PledgeStatus.NotDelivered => "未到位",
        PledgeStatus.Partial => "部分到位",
        _ => "全部到位",
    };

    /// <summary>Beneficiary areas offered on the pledge form (free text is accepted too).</summary>
    public static readonly string[] BeneficiaryAreas = ["对口帮扶 河源", "对口帮扶 汕尾", "对口帮扶 广西百色", "对口帮扶 广西河池", "本市困难群体", "其他"];

    public static readonly string[] Fields = ["扶贫济困", "助老", "助残", "助学", "医疗救助", "社区发展", "灾害救助", "其他"];
}
