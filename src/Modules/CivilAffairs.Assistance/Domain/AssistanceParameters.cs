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
    public const string SupplementWorkingDays = "assistance.deadline.supplement_working_days";
    public const string ReviewMonthsStable = "assistance.review.months.stable";
    public const string ReviewMonthsWorkingAge = "assistance.review.months.working_age";
    public const string ReviewMonthsUnstable = "assistance.review.months.unstable";
    public const string TemporaryUrgentCapMultiple = "assistance.temporary.urgent_cap_multiple";
    public const string TemporaryTransitionalCapMultiple = "assistance.temporary.transitional_cap_multiple";
    public const string TemporaryStreetLimitMultiple = "assistance.temporary.street_limit_multiple";
    public const string TemporaryPapersWorkingDays = "assistance.temporary.papers_working_days";
    public const string CrossCheckValidDays = "assistance.crosscheck.valid_days";
    public const string CrossCheckExemptVehicleKinds = "assistance.crosscheck.exempt_vehicle_kinds";
    public const string PayByDay = "assistance.payment.pay_by_day";
    public const string AppealText = "assistance.notice.appeal_text";

    /// <summary>The review-interval parameter of a review category (分类管理).</summary>
    public static string ReviewMonthsKey(string category) => "assistance.review.months." + category;

    /// <summary>The review categories a household can be managed under.</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> ReviewCategories =
        [("stable", "收入稳定或老弱病残（每年复核）"), ("working_age", "有劳动能力成员（每半年复核）"), ("unstable", "收入不稳定（每季度复核）")];

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
        new(SupplementWorkingDays, "一次性告知补正材料时限", "工作日", ParameterType.Integer, "assistance"),
        new(ReviewMonthsStable, "定期复核间隔：收入稳定或老弱病残家庭", "月", ParameterType.Integer, "assistance"),
        new(ReviewMonthsWorkingAge, "定期复核间隔：有劳动能力成员的家庭", "月", ParameterType.Integer, "assistance"),
        new(ReviewMonthsUnstable, "定期复核间隔：收入不稳定家庭", "月", ParameterType.Integer, "assistance"),
        new(TemporaryUrgentCapMultiple, "临时救助（急难型）上限（×低保标准）", "倍", ParameterType.Decimal, "assistance"),
        new(TemporaryTransitionalCapMultiple, "临时救助（过渡型）上限（×低保标准）", "倍", ParameterType.Decimal, "assistance"),
        new(TemporaryStreetLimitMultiple, "临时救助街道审批权限（不超过×低保标准，超过报区审批）", "倍", ParameterType.Decimal, "assistance"),
        new(TemporaryPapersWorkingDays, "急难型先行救助后补齐材料时限", "工作日", ParameterType.Integer, "assistance"),
        new(CrossCheckValidDays, "家庭经济状况核对报告有效期", "日", ParameterType.Integer, "assistance"),
        new(CrossCheckExemptVehicleKinds, "核对时不计入的车辆类型", "车辆类型，逗号分隔", ParameterType.Text, "assistance"),
        new(PayByDay, "救助金每月发放截止日", "日", ParameterType.Integer, "assistance"),
        new(AppealText, "决定书救济途径告知", "文本", ParameterType.Text, "assistance"),
    ];
}
