using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Governance.Features.Shared;

/// <summary>The module's effective-dated parameters (values and legal basis seeded by <see cref="Seeding.GovernanceSeeder"/>).</summary>
internal static class GovernanceParameters
{
    public const string NormativeValidityYears = "governance.policies.normative_validity_years";
    public const string ReviewLeadMonths = "governance.policies.review_lead_months";
    public const string MinExpertsPerConsultation = "governance.experts.min_per_consultation";
    public const string ReplyMonths = "governance.proposals.reply_months";
    public const string ExcellentMin = "governance.performance.excellent_min";
    public const string GoodMin = "governance.performance.good_min";
    public const string PassMin = "governance.performance.pass_min";
    public const string ExcellentShareCap = "governance.performance.excellent_share_cap";
    public const string TrainingAnnualHours = "governance.training.annual_hours";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(NormativeValidityYears, "规范性文件有效期", "年", ParameterType.Integer, "governance"),
        new(ReviewLeadMonths, "规范性文件到期前提示评估", "月", ParameterType.Integer, "governance"),
        new(MinExpertsPerConsultation, "重大决策咨询论证最少专家人数", "人", ParameterType.Integer, "governance"),
        new(ReplyMonths, "建议提案答复期限（自交办之日起）", "月", ParameterType.Integer, "governance"),
        new(ExcellentMin, "绩效考核优秀等次最低分", "分", ParameterType.Decimal, "governance"),
        new(GoodMin, "绩效考核良好等次最低分", "分", ParameterType.Decimal, "governance"),
        new(PassMin, "绩效考核合格等次最低分", "分", ParameterType.Decimal, "governance"),
        new(ExcellentShareCap, "绩效考核优秀等次比例上限", "比例", ParameterType.Decimal, "governance"),
        new(TrainingAnnualHours, "干部年度培训学时要求", "学时", ParameterType.Decimal, "governance"),
    ];
}
