using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Facilities.Domain;

/// <summary>Parameters of the Facilities module (prefix facilities.): licence warning window, risk matrix, rectification periods, inspection cycles.</summary>
internal static class FacilityParameters
{
    public const string Module = "facilities";
    public const string LicenceWarningDays = "facilities.institutions.licence_warning_days";
    public const string RiskMajorMin = "facilities.safety.risk.major_min";
    public const string RiskLargeMin = "facilities.safety.risk.large_min";
    public const string RiskGeneralMin = "facilities.safety.risk.general_min";
    public const string RectifyGeneralDays = "facilities.safety.rectify_days.general";
    public const string RectifyMajorDays = "facilities.safety.rectify_days.major";
    public const string DueSoonDays = "facilities.safety.due_soon_days";
    public const string CyclePrefix = "facilities.safety.cycle_days.";

    public static string Cycle(FacilityType t) => CyclePrefix + t.ToString().ToLowerInvariant();

    public static string Rectify(HazardLevel l) => l == HazardLevel.Major ? RectifyMajorDays : RectifyGeneralDays;

    public static readonly string[] MatrixKeys = [RiskMajorMin, RiskLargeMin, RiskGeneralMin];

    public static IEnumerable<ParameterDefinition> Definitions() =>
        new ParameterDefinition[]
        {
            new(LicenceWarningDays, "服务设施：许可/备案有效期临近提示（到期前）", "日", ParameterType.Integer, Module),
            new(RiskMajorMin, "安全风险分级：重大风险（红）最低 L×S 分值", "分", ParameterType.Integer, Module),
            new(RiskLargeMin, "安全风险分级：较大风险（橙）最低 L×S 分值", "分", ParameterType.Integer, Module),
            new(RiskGeneralMin, "安全风险分级：一般风险（黄）最低 L×S 分值（以下为低风险）", "分", ParameterType.Integer, Module),
            new(RectifyGeneralDays, "隐患整改期限：一般隐患（自发现之日起）", "日", ParameterType.Integer, Module),
            new(RectifyMajorDays, "隐患整改期限：重大隐患（自发现之日起）", "日", ParameterType.Integer, Module),
            new(DueSoonDays, "安全检查：即将到期提示（到期前）", "日", ParameterType.Integer, Module),
        }.Concat(Enum.GetValues<FacilityType>().Select(t => new ParameterDefinition(Cycle(t), $"安全检查周期：{FacilityNames.Type(t)}", "日", ParameterType.Integer, Module)));
}
