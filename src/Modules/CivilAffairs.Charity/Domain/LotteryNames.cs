namespace CivilAffairs.Charity.Domain;

/// <summary>A programme run by another module and paid (in part) from the fund.</summary>
internal sealed record LotteryProgramme(string Key, string Name, string Module, string Link);

/// <summary>Chinese names of the lottery enums, and the funded programmes of other modules.</summary>
internal static class LotteryNames
{
    public static string Game(LotteryGame g) => g switch
    {
        LotteryGame.DoubleColorBall => "双色球",
        LotteryGame.Fc3D => "福彩3D",
        LotteryGame.Happy8 => "快乐8",
        LotteryGame.SevenLe => "七乐彩",
        LotteryGame.Instant => "即开票",
        _ => "中福在线",
    };

    /// <summary>The game named in an import cell (Chinese name or enum name).</summary>
    public static LotteryGame? ParseGame(string? text)
    {
        var t = (text ?? "").Trim();
        foreach (var g in Enum.GetValues<LotteryGame>())
        {
            if (t == Game(g) || string.Equals(t, g.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return g;
            }
        }
        return t switch { "3D" or "福彩3d" => LotteryGame.Fc3D, "快乐八" => LotteryGame.Happy8, "即开型" or "刮刮乐" => LotteryGame.Instant, "视频型" => LotteryGame.VideoLottery, _ => null };
    }

    public static string Use(LotteryFundUse u) => u switch
    {
        LotteryFundUse.ElderlyCare => "养老服务",
        LotteryFundUse.ChildWelfare => "儿童福利",
        LotteryFundUse.DisabilityWelfare => "残疾人福利",
        LotteryFundUse.SocialAssistance => "社会救助",
        LotteryFundUse.CharityPublicWelfare => "慈善公益",
        _ => "其他",
    };

    public static string Outlet(LotteryOutletStatus s) => s switch
    {
        LotteryOutletStatus.Open => "营业",
        LotteryOutletStatus.Suspended => "暂停",
        _ => "已关闭",
    };

    public static string Month(LotteryMonthStatus s) => s == LotteryMonthStatus.Closed ? "已结账" : "未结账";

    public static string Budget(LotteryBudgetStatus s) => s switch
    {
        LotteryBudgetStatus.Draft => "编制中",
        LotteryBudgetStatus.Submitted => "待审批",
        LotteryBudgetStatus.Approved => "已批准",
        _ => "已退回",
    };

    public static string Grant(LotteryGrantStatus s) => s switch
    {
        LotteryGrantStatus.Submitted => "待审批",
        LotteryGrantStatus.Approved => "已批准",
        _ => "已退回",
    };

    public static string Indicator(LotteryIndicatorKind k) => k switch
    {
        LotteryIndicatorKind.Output => "产出",
        LotteryIndicatorKind.Effect => "效益",
        _ => "满意度",
    };

    public static readonly IReadOnlyList<LotteryProgramme> Programmes =
    [
        new("eldercare.silver-insurance", "银龄安康行动（老年人意外伤害保险）", "养老服务", "/eldercare/insurance"),
        new("childwelfare.tomorrow-plan", "明天计划（孤残儿童手术康复）", "儿童福利", "/childwelfare/tomorrow-plan"),
    ];

    public static LotteryProgramme? Programme(string? key) => Programmes.FirstOrDefault(p => p.Key == key);

    /// <summary>Districts of Shenzhen (6 digits) for the totals.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Districts =
    [
        ("440303", "罗湖区"), ("440304", "福田区"), ("440305", "南山区"), ("440306", "宝安区"), ("440307", "龙岗区"), ("440308", "盐田区"),
        ("440309", "龙华区"), ("440310", "坪山区"), ("440311", "光明区"),
    ];

    public static string District(string code) => Districts.FirstOrDefault(d => code.StartsWith(d.Code, StringComparison.Ordinal)).Name ?? code;
}
