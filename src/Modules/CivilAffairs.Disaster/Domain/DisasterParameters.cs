using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Disaster.Domain;

/// <summary>Effective-dated parameters of disaster relief (values and legal bases in Seeding/DisasterSeeder).</summary>
internal static class DisasterParameters
{
    public const string SubsidyCollapsed = "disaster.rebuild.collapsed";
    public const string SubsidySevere = "disaster.rebuild.severe";
    public const string SubsidyModerate = "disaster.rebuild.moderate";
    public const string PublicityDays = "disaster.rebuild.publicity_working_days";
    public const string WinterCap = "disaster.winter.cap_per_household";

    public static string SubsidyKey(HouseDamage d) => d switch
    {
        HouseDamage.Collapsed => SubsidyCollapsed,
        HouseDamage.Severe => SubsidySevere,
        HouseDamage.Moderate => SubsidyModerate,
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(SubsidyCollapsed, "倒房重建补助：房屋倒塌（每户）", "元", ParameterType.Decimal, "disaster"),
        new(SubsidySevere, "倒房重建补助：房屋严重损坏需重建（每户）", "元", ParameterType.Decimal, "disaster"),
        new(SubsidyModerate, "损房维修补助：房屋一般损坏（每户）", "元", ParameterType.Decimal, "disaster"),
        new(PublicityDays, "倒房重建补助社区公示期", "工作日", ParameterType.Integer, "disaster"),
        new(WinterCap, "冬春生活救助每户上限", "元", ParameterType.Decimal, "disaster"),
    ];
}
