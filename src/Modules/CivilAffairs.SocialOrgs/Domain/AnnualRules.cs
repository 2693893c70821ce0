using System.Globalization;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>How a year ended for an organization, as the rules across years see it.</summary>
internal enum YearOutcome
{
    /// <summary>Not yet due (deadline not passed) or not required (established later).</summary>
    NotDue = 0,

    /// <summary>Submitted, not graded yet.</summary>
    Pending,

    Pass,

    BasicPass,

    Fail,

    /// <summary>未参加年检: no report submitted by the deadline (and none since).</summary>
    Missing,
}

/// <summary>
/// The rules across years (rules §7): one year missed or 不合格 → 警告 proposed; two consecutive
/// years missed or 不合格 → 撤销登记 proposed. A missed year and a 不合格 year in a row count as two
/// consecutive bad years (as the issue words it); the proposal names both so the approver decides.
/// </summary>
internal static class AnnualInspectionRules
{
    public static bool IsBad(YearOutcome o) => o is YearOutcome.Fail or YearOutcome.Missing;

    /// <summary>The sanction to propose for <paramref name="thisYear"/> given the year before; null for none.</summary>
    public static SanctionKind? Propose(YearOutcome thisYear, YearOutcome previousYear) =>
        !IsBad(thisYear) ? null : IsBad(previousYear) ? SanctionKind.Revocation : SanctionKind.Warning;

    /// <summary>Over a run of years (year → outcome), the proposal for the latest bad year; null for none.</summary>
    public static (int Year, SanctionKind Kind)? Latest(IReadOnlyDictionary<int, YearOutcome> years)
    {
        foreach (var y in years.Keys.OrderDescending())
        {
            if (Propose(years[y], years.GetValueOrDefault(y - 1)) is { } kind)
            {
                return (y, kind);
            }
        }
        return null;
    }

    public static string Describe(int year, YearOutcome o) => $"{year}年度{Name(o)}";

    public static string Name(YearOutcome o) => o switch
    {
        YearOutcome.Pass => "合格",
        YearOutcome.BasicPass => "基本合格",
        YearOutcome.Fail => "不合格",
        YearOutcome.Missing => "未参加年检（未报送年度报告）",
        YearOutcome.Pending => "待审查",
        _ => "未到期",
    };

    public static string Name(SanctionKind k) => k == SanctionKind.Warning ? "警告" : "撤销登记";

    /// <summary>The grade the checklist suggests: any serious item → 不合格, any minor → 基本合格, none → 合格.</summary>
    public static InspectionResult Suggest(IEnumerable<AnnualBreach> found)
    {
        var list = found.ToList();
        return list.Any(b => b.Serious) ? InspectionResult.Fail : list.Count > 0 ? InspectionResult.BasicPass : InspectionResult.Pass;
    }

    /// <summary>An organization owes a report for a year when it was registered by that year's end and is still registered.</summary>
    public static bool OwesReport(DateOnly establishedOn, int year) => establishedOn <= new DateOnly(year, 12, 31);
}

/// <summary>One spending check on a foundation's report (基金会管理条例 art. 29; 慈善法 art. 60).</summary>
internal sealed record RatioCheck(string Code, string Name, decimal? Value, decimal Threshold, bool Minimum, bool? Passed, string Note)
{
    public string ValueText => Value is { } v ? v.ToString("P2", CultureInfo.InvariantCulture) : "—";

    public string ThresholdText => (Minimum ? "≥ " : "≤ ") + Threshold.ToString("P0", CultureInfo.InvariantCulture);
}

/// <summary>The foundation spending checks, pure: the caller gives the figures and the ratios in force.</summary>
internal static class FoundationChecks
{
    public const string PublicCode = "public_min";
    public const string OtherCode = "other_min";
    public const string AdminCode = "admin_max";

    /// <param name="priorYearIncome">Total income of the year before the reporting year (public-fundraising rule).</param>
    /// <param name="priorYearFundBalance">Fund balance at the end of the year before (the others' rule).</param>
    public static IReadOnlyList<RatioCheck> Run(bool publicFundraising, decimal charitable, decimal? priorYearIncome, decimal? priorYearFundBalance,
        decimal staffAndAdmin, decimal expenditure, FoundationRatios r)
    {
        var list = new List<RatioCheck>();
        if (publicFundraising)
        {
            list.Add(Minimum(PublicCode, "公益慈善支出占上年总收入", charitable, priorYearIncome, r.PublicMin, "上年总收入"));
        }
        else
        {
            list.Add(Minimum(OtherCode, "公益支出占上年末基金余额", charitable, priorYearFundBalance, r.OtherMin, "上年末基金余额"));
        }
        list.Add(expenditure <= 0
            ? new RatioCheck(AdminCode, "工资福利和行政办公支出占总支出", null, r.AdminMax, false, staffAndAdmin <= 0, "当年无支出")
            : new RatioCheck(AdminCode, "工资福利和行政办公支出占总支出", Math.Round(staffAndAdmin / expenditure, 4), r.AdminMax, false,
                staffAndAdmin / expenditure <= r.AdminMax, ""));
        return list;
    }

    private static RatioCheck Minimum(string code, string name, decimal spent, decimal? basis, decimal min, string basisName) => basis switch
    {
        null => new RatioCheck(code, name, null, min, true, null, $"未填报{basisName}，无法计算"),
        <= 0 => new RatioCheck(code, name, null, min, true, true, $"{basisName}为0，无最低支出要求"),
        _ => new RatioCheck(code, name, Math.Round(spent / basis.Value, 4), min, true, spent / basis.Value >= min, ""),
    };
}

/// <summary>A breach item of the inspection checklist (Beijing's criteria, rules §7): minor → 基本合格, serious → 不合格.</summary>
internal sealed record AnnualBreach(string Code, string Name, bool Serious);

internal static class AnnualBreaches
{
    /// <summary>Ticked automatically when a foundation spending check fails (irregular finances: a minor breach).</summary>
    public const string RatioCode = "M07";

    public static readonly IReadOnlyList<AnnualBreach> All =
    [
        new("M01", "未按章程规定召开会员（代表）大会、理事会", false),
        new("M02", "负责人超龄、超届或任职不符合规定", false),
        new("M03", "财务管理不规范（票据、账簿、资产管理）", false),
        new("M04", "向分支机构、代表机构收取或变相收取管理费", false),
        new("M05", "未经批准开展评比达标表彰活动", false),
        new("M06", "未按规定办理变更登记、备案", false),
        new(RatioCode, "基金会公益支出或管理费用比例不符合规定", false),
        new("M08", "年度报告内容不实或不完整，经指出后更正", false),
        new("S01", "出租、出借登记证书或印章", true),
        new("S02", "超出章程规定的宗旨和业务范围开展活动", true),
        new("S03", "拒不接受或不按规定接受监督检查", true),
        new("S04", "从事营利性经营活动", true),
        new("S05", "侵占、私分、挪用组织资产或所接受的捐赠、资助", true),
        new("S06", "弄虚作假骗取登记或年检结论", true),
    ];

    public static AnnualBreach? Find(string code) => All.FirstOrDefault(b => b.Code == code);
}
