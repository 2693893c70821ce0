using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>Care-needs assessment settings: Barthel thresholds per level and the reassessment interval.</summary>
internal static class EldersParameters
{
    public const string IndependentMin = "eldercare.elders.barthel.independent_min";
    public const string MildMin = "eldercare.elders.barthel.mild_min";
    public const string ModerateMin = "eldercare.elders.barthel.moderate_min";
    public const string ReassessMonths = "eldercare.elders.reassess_months";
    public const string ReassessMonthsDisabled = "eldercare.elders.reassess_months_disabled";

    public static readonly string[] Keys = [IndependentMin, MildMin, ModerateMin, ReassessMonths, ReassessMonthsDisabled];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(IndependentMin, "能力评估：能力完好的Barthel指数下限", "分", ParameterType.Integer, "eldercare"),
        new(MildMin, "能力评估：轻度失能的Barthel指数下限", "分", ParameterType.Integer, "eldercare"),
        new(ModerateMin, "能力评估：中度失能的Barthel指数下限（低于该值为重度失能）", "分", ParameterType.Integer, "eldercare"),
        new(ReassessMonths, "能力评估：复评间隔（能力完好、轻度失能）", "月", ParameterType.Integer, "eldercare"),
        new(ReassessMonthsDisabled, "能力评估：复评间隔（中度、重度失能）", "月", ParameterType.Integer, "eldercare"),
    ];
}
