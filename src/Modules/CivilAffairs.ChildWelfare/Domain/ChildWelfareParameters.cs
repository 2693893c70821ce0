using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>
/// Parameter keys of child welfare (rules doc §2, §13). The values, their effective dates and legal
/// bases live in the parameter store (seeded by ChildWelfareSeeder), never in code.
/// </summary>
internal static class ChildWelfareParameters
{
    public const string Institutional = "childwelfare.allowance.institutional";
    public const string Dispersed = "childwelfare.allowance.dispersed";
    public const string DeFactoRatio = "childwelfare.allowance.defacto_ratio";
    public const string UntilAge = "childwelfare.allowance.until_age";
    public const string PlacementLookaheadMonths = "childwelfare.placement.lookahead_months";
    public const string VisitIntervalDays = "childwelfare.placement.visit_interval_days";

    public static readonly string[] AllowanceKeys = [Institutional, Dispersed, DeFactoRatio, UntilAge];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(Institutional, "孤儿基本生活费（机构养育）", "元/人/月", ParameterType.Decimal, "childwelfare"),
        new(Dispersed, "孤儿基本生活费（社会散居）", "元/人/月", ParameterType.Decimal, "childwelfare"),
        new(DeFactoRatio, "事实无人抚养儿童基本生活补贴（相对散居孤儿标准的比例）", "倍", ParameterType.Decimal, "childwelfare"),
        new(UntilAge, "基本生活费发放至年满（周岁，当月发放，次月停发）", "周岁", ParameterType.Integer, "childwelfare"),
        new(PlacementLookaheadMonths, "成年孤儿安置：提前列出即将年满18周岁的月数", "月", ParameterType.Integer, "childwelfare"),
        new(VisitIntervalDays, "成年孤儿安置：跟踪回访间隔", "日", ParameterType.Integer, "childwelfare"),
    ];
}
