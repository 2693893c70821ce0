using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialWork.Features.Shared;

/// <summary>The module's parameters (prefix socialwork.); values and legal basis are seeded by SocialWorkSeeder.</summary>
internal static class SwParameters
{
    /// <summary>Hours of continuing education a social worker should complete in a year.</summary>
    public const string CeHoursPerYear = "socialwork.workforce.ce_hours_per_year";

    /// <summary>Lowest evaluation score that passes (合格).</summary>
    public const string PassMark = "socialwork.projects.pass_mark";

    /// <summary>Lowest score graded 良好.</summary>
    public const string GoodMark = "socialwork.projects.good_mark";

    /// <summary>Lowest score graded 优秀.</summary>
    public const string ExcellentMark = "socialwork.projects.excellent_mark";

    /// <summary>Largest share of the budget that may be paid before any evaluation (预付款).</summary>
    public const string AdvanceShare = "socialwork.projects.advance_share";

    /// <summary>Days before the contract end from which the final evaluation may be held, and after it by which it is due.</summary>
    public const string FinalWindowDays = "socialwork.projects.final_evaluation_window_days";

    /// <summary>Most hours one volunteer may be credited with on one day.</summary>
    public const string MaxHoursPerDay = "socialwork.volunteers.max_hours_per_day";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(CeHoursPerYear, "社会工作者每年继续教育学时", "学时", ParameterType.Integer, "socialwork"),
        new(PassMark, "购买服务项目评估合格分数线", "分", ParameterType.Decimal, "socialwork"),
        new(GoodMark, "购买服务项目评估良好分数线", "分", ParameterType.Decimal, "socialwork"),
        new(ExcellentMark, "购买服务项目评估优秀分数线", "分", ParameterType.Decimal, "socialwork"),
        new(AdvanceShare, "购买服务项目评估前可支付比例上限", "比例", ParameterType.Decimal, "socialwork"),
        new(FinalWindowDays, "购买服务项目末期评估窗口（期满前后）", "天", ParameterType.Integer, "socialwork"),
        new(MaxHoursPerDay, "志愿者每日可记录服务时长上限", "小时", ParameterType.Decimal, "socialwork"),
    ];
}
