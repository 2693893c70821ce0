using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Assistance.Domain;

/// <summary>
/// The parameter keys of social assistance. Values, dates and legal bases live in the
/// effective-dated parameter store; nothing here is a number the code decides.
/// </summary>
internal static class AssistanceParameters
{
    public const string MlgStandard = "assistance.mlg.standard";
    public const string LowIncomeRatio = "assistance.low_income.ratio";
    public const string ExtremePovertyRatio = "assistance.extreme_poverty.ratio";
    public const string FinancialAssetMonths = "assistance.assets.financial_months";
    public const string MaxResidentialUnits = "assistance.assets.max_residential_units";
    public const string MaxNonResidentialUnits = "assistance.assets.max_non_residential_units";
    public const string MaxVehicles = "assistance.assets.max_vehicles";
    public const string MaxBusinessRegistrations = "assistance.assets.max_business_registrations";
    public const string ExcludedIncomeKinds = "assistance.income.excluded_kinds";
    public const string AddOnElderly = "assistance.addon.elderly_pct";
    public const string AddOnMinor = "assistance.addon.minor_pct";
    public const string AddOnSevereDisability = "assistance.addon.severe_disability_pct";
    public const string AddOnSeriousIllness = "assistance.addon.serious_illness_pct";
    public const string AddOnStudent = "assistance.addon.student_pct";
    public const string ElderlyAge = "assistance.elderly_age";
    public const string CarePartial = "assistance.extreme_poverty.care_partial";
    public const string CareFull = "assistance.extreme_poverty.care_full";
    public const string AcceptWorkingDays = "assistance.deadline.accept_working_days";
    public const string ReviewWorkingDays = "assistance.deadline.review_working_days";
    public const string PublicityDays = "assistance.deadline.publicity_days";
    public const string ApproveWorkingDays = "assistance.deadline.approve_working_days";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(MlgStandard, "低保标准", "元/人·月", ParameterType.Decimal, "assistance"),
        new(LowIncomeRatio, "低收入认定标准倍数（×低保标准）", "倍", ParameterType.Decimal, "assistance"),
        new(ExtremePovertyRatio, "特困供养金倍数（×低保标准）", "倍", ParameterType.Decimal, "assistance"),
        new(FinancialAssetMonths, "人均金融资产上限（月数×低保标准）", "月", ParameterType.Integer, "assistance"),
        new(MaxResidentialUnits, "住宅套数上限", "套", ParameterType.Integer, "assistance"),
        new(MaxNonResidentialUnits, "非住宅房产上限", "处", ParameterType.Integer, "assistance"),
        new(MaxVehicles, "机动车上限（不含残疾人代步车等）", "辆", ParameterType.Integer, "assistance"),
        new(MaxBusinessRegistrations, "商事登记上限", "个", ParameterType.Integer, "assistance"),
        new(ExcludedIncomeKinds, "不计入家庭收入的收入类型", "代码，逗号分隔", ParameterType.Text, "assistance"),
        new(AddOnElderly, "分类施保：老年人（按低保标准比例）", "%", ParameterType.Decimal, "assistance"),
        new(AddOnMinor, "分类施保：未成年人", "%", ParameterType.Decimal, "assistance"),
        new(AddOnSevereDisability, "分类施保：重度残疾", "%", ParameterType.Decimal, "assistance"),
        new(AddOnSeriousIllness, "分类施保：重特大疾病", "%", ParameterType.Decimal, "assistance"),
        new(AddOnStudent, "分类施保：在校学生", "%", ParameterType.Decimal, "assistance"),
        new(ElderlyAge, "老年人年龄", "岁", ParameterType.Integer, "assistance"),
        new(CarePartial, "特困照料护理费：部分丧失自理能力", "元/人·月", ParameterType.Decimal, "assistance"),
        new(CareFull, "特困照料护理费：完全丧失自理能力", "元/人·月", ParameterType.Decimal, "assistance"),
        new(AcceptWorkingDays, "街道受理时限", "工作日", ParameterType.Integer, "assistance"),
        new(ReviewWorkingDays, "街道审核（入户调查、核对）时限", "工作日", ParameterType.Integer, "assistance"),
        new(PublicityDays, "社区公示期", "日", ParameterType.Integer, "assistance"),
        new(ApproveWorkingDays, "区审批时限（公示期满后）", "工作日", ParameterType.Integer, "assistance"),
    ];
}
