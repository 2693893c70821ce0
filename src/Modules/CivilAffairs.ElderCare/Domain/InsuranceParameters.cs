using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>银龄安康 policy settings: insurer, cover per item, total, premium, enrolment age.</summary>
internal static class InsuranceParameters
{
    public const string Insurer = "eldercare.insurance.insurer";
    public const string EnrolAge = "eldercare.insurance.enrol_age";
    public const string CoverDeath = "eldercare.insurance.cover.death";
    public const string CoverDisability = "eldercare.insurance.cover.disability";
    public const string CoverMedical = "eldercare.insurance.cover.medical";
    public const string CoverTotal = "eldercare.insurance.cover.total";
    public const string Premium = "eldercare.insurance.premium";

    public static readonly string[] Keys = [Insurer, EnrolAge, CoverDeath, CoverDisability, CoverMedical, CoverTotal, Premium];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(Insurer, "银龄安康：本保险年度承保保险公司", "", ParameterType.Text, "eldercare"),
        new(EnrolAge, "银龄安康：自动参保年龄（周岁生日零时起保）", "岁", ParameterType.Integer, "eldercare"),
        new(CoverDeath, "银龄安康：意外身故保险金额", "元/人", ParameterType.Decimal, "eldercare"),
        new(CoverDisability, "银龄安康：意外伤残保险金额", "元/人", ParameterType.Decimal, "eldercare"),
        new(CoverMedical, "银龄安康：意外医疗保险金额", "元/人", ParameterType.Decimal, "eldercare"),
        new(CoverTotal, "银龄安康：每人总保障额度", "元/人", ParameterType.Decimal, "eldercare"),
        new(Premium, "银龄安康：每人每年保费（福彩公益金支付）", "元/人·年", ParameterType.Decimal, "eldercare"),
    ];

    public static string CoverKey(ClaimItem item) => item switch
    {
        ClaimItem.Death => CoverDeath,
        ClaimItem.Disability => CoverDisability,
        _ => CoverMedical,
    };
}
