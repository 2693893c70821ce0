using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>Effective-dated parameters of home adaptation (values and legal bases in Seeding/AdaptationSeeder).</summary>
internal static class AdaptationParameters
{
    public const string MinAge = "eldercare.adaptation.min_age";
    public const string CapPriority = "eldercare.adaptation.cap_priority";
    public const string CapOther = "eldercare.adaptation.cap_other";
    public const string AssessmentDays = "eldercare.adaptation.assessment_days";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(MinAge, "适老化改造申请年龄下限（深圳户籍）", "周岁", ParameterType.Integer, "eldercare"),
        new(CapPriority, "适老化改造补助上限：特困、低保、低收入、失能、独居老年人家庭（每户）", "元", ParameterType.Decimal, "eldercare"),
        new(CapOther, "适老化改造补助上限：其他户籍老年人家庭（每户）", "元", ParameterType.Decimal, "eldercare"),
        new(AssessmentDays, "适老化改造受理后上门评估期限", "日", ParameterType.Integer, "eldercare"),
    ];
}

/// <summary>The measures an assessor may propose (names and units; the cost is the assessor's quote).</summary>
internal static class AdaptationCatalogue
{
    public sealed record Item(string Code, string Name, string Unit);

    public static readonly IReadOnlyList<Item> Items =
    [
        new("handrail", "扶手", "处"),
        new("antislip", "防滑地面", "平方米"),
        new("toilet", "坐便器/淋浴椅", "套"),
        new("threshold", "门槛清除", "处"),
        new("alarm", "紧急呼叫装置", "套"),
        new("lighting", "适老照明", "处"),
        new("monitor", "智能监测", "套"),
        new("bed", "护理床", "张"),
        new("ramp", "坡道", "处"),
    ];

    public static Item? Find(string? code) => Items.FirstOrDefault(i => i.Code == code);
}
