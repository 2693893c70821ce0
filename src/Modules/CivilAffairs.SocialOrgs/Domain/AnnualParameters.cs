using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>年报年检 parameters (prefix socialorgs.annual.): deadlines by type, rectification time, foundation spending ratios.</summary>
internal static class AnnualParameters
{
    public const string DeadlineSocialGroup = "socialorgs.annual.deadline.social_group";
    public const string DeadlineServiceOrg = "socialorgs.annual.deadline.service_org";
    public const string DeadlineFoundation = "socialorgs.annual.deadline.foundation";
    public const string SupervisorDeadline = "socialorgs.annual.deadline.supervisor";
    public const string RectificationDays = "socialorgs.annual.rectification_days";
    public const string PublicMinRatio = "socialorgs.annual.foundation.public_min_ratio";
    public const string OtherMinRatio = "socialorgs.annual.foundation.other_min_ratio";
    public const string AdminMaxRatio = "socialorgs.annual.foundation.admin_max_ratio";

    public static readonly string[] DeadlineKeys = [DeadlineSocialGroup, DeadlineServiceOrg, DeadlineFoundation, SupervisorDeadline];

    public static readonly string[] RatioKeys = [PublicMinRatio, OtherMinRatio, AdminMaxRatio];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(DeadlineSocialGroup, "年报：社会团体向登记管理机关报送上年度工作报告的截止日（月-日，报告年度次年）", "MM-dd", ParameterType.Text, "socialorgs"),
        new(DeadlineServiceOrg, "年报：社会服务机构（民办非企业单位）向登记管理机关报送上年度工作报告的截止日（月-日）", "MM-dd", ParameterType.Text, "socialorgs"),
        new(DeadlineFoundation, "年报：基金会向登记管理机关报送上年度工作报告的截止日（月-日）", "MM-dd", ParameterType.Text, "socialorgs"),
        new(SupervisorDeadline, "年报：社会团体、社会服务机构报送业务主管单位初审的截止日（月-日）", "MM-dd", ParameterType.Text, "socialorgs"),
        new(RectificationDays, "年检：基本合格、不合格的整改期限（自年检结论之日起）", "日", ParameterType.Integer, "socialorgs"),
        new(PublicMinRatio, "基金会：具有公开募捐资格的，年度公益慈善支出不低于上年总收入的比例", "比例", ParameterType.Decimal, "socialorgs"),
        new(OtherMinRatio, "基金会：不具有公开募捐资格的，年度公益支出不低于上年末基金余额的比例", "比例", ParameterType.Decimal, "socialorgs"),
        new(AdminMaxRatio, "基金会：工作人员工资福利和行政办公支出不超过当年总支出的比例", "比例", ParameterType.Decimal, "socialorgs"),
    ];

    internal static string DeadlineKey(SocialOrgType t) => t switch
    {
        SocialOrgType.SocialGroup => DeadlineSocialGroup,
        SocialOrgType.ServiceOrg => DeadlineServiceOrg,
        _ => DeadlineFoundation,
    };
}

/// <summary>The deadlines in force for one reporting year (values read from the parameters), with the rule that applies them.</summary>
internal sealed record AnnualDeadlines(int Year, string SocialGroup, string ServiceOrg, string Foundation, string Supervisor)
{
    public static AnnualDeadlines From(int year, IReadOnlyDictionary<string, Parameter> found)
    {
        var missing = AnnualParameters.DeadlineKeys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"年报截止日参数未设置（{year}年度）：{string.Join("、", missing)}");
        }
        return new(year, found[AnnualParameters.DeadlineSocialGroup].Value, found[AnnualParameters.DeadlineServiceOrg].Value,
            found[AnnualParameters.DeadlineFoundation].Value, found[AnnualParameters.SupervisorDeadline].Value);
    }

    /// <summary>The registration authority's deadline for a type: the month-day in the year after the reporting year.</summary>
    public DateOnly For(SocialOrgType type) => On(type switch
    {
        SocialOrgType.SocialGroup => SocialGroup,
        SocialOrgType.ServiceOrg => ServiceOrg,
        _ => Foundation,
    });

    /// <summary>The supervising unit's deadline (社团 and 民非 with a 业务主管单位); null for foundations.</summary>
    public DateOnly? SupervisorFor(SocialOrgType type) => type == SocialOrgType.Foundation ? null : On(Supervisor);

    private DateOnly On(string monthDay) =>
        DateOnly.ParseExact($"{Year + 1}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The foundation spending ratios in force for a reporting year.</summary>
internal sealed record FoundationRatios(decimal PublicMin, decimal OtherMin, decimal AdminMax, string Used)
{
    public static FoundationRatios From(IReadOnlyDictionary<string, Parameter> found, int year)
    {
        var missing = AnnualParameters.RatioKeys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"基金会支出比例参数未设置（{year}年度）：{string.Join("、", missing)}");
        }
        decimal D(string k) => decimal.Parse(found[k].Value, CultureInfo.InvariantCulture);
        var used = string.Join("；", AnnualParameters.RatioKeys.Select(k =>
            $"{k}={found[k].Value}（{found[k].DivisionCode}，{found[k].ValidFrom:yyyy-MM-dd}起，{found[k].LegalBasis}）"));
        return new(D(AnnualParameters.PublicMinRatio), D(AnnualParameters.OtherMinRatio), D(AnnualParameters.AdminMaxRatio), used);
    }
}
