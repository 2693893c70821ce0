using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>登记管理 parameters (prefix socialorgs.registry.): founding thresholds and time limits.</summary>
internal static class RegistryParameters
{
    public const string IndividualMembers = "socialorgs.registry.members.individual_min";
    public const string UnitMembers = "socialorgs.registry.members.unit_min";
    public const string MixedMembers = "socialorgs.registry.members.mixed_min";
    public const string GroupFundsNational = "socialorgs.registry.funds.group_national";
    public const string GroupFundsLocal = "socialorgs.registry.funds.group_local";
    public const string FoundationPublicNational = "socialorgs.registry.funds.foundation_public_national";
    public const string FoundationPublicLocal = "socialorgs.registry.funds.foundation_public_local";
    public const string FoundationPrivate = "socialorgs.registry.funds.foundation_private";
    public const string ServiceOrgFunds = "socialorgs.registry.funds.service_org";
    public const string GroupLimitDays = "socialorgs.registry.limit.group_days";
    public const string FoundationLimitDays = "socialorgs.registry.limit.foundation_days";
    public const string ServiceOrgLimitDays = "socialorgs.registry.limit.service_org_days";
    public const string ChangeLimitDays = "socialorgs.registry.limit.change_days";
    public const string PromiseEstablishment = "socialorgs.registry.promise.establishment_wd";
    public const string PromiseChange = "socialorgs.registry.promise.change_wd";

    public static readonly string[] Keys =
    [
        IndividualMembers, UnitMembers, MixedMembers, GroupFundsNational, GroupFundsLocal, FoundationPublicNational, FoundationPublicLocal,
        FoundationPrivate, ServiceOrgFunds, GroupLimitDays, FoundationLimitDays, ServiceOrgLimitDays, ChangeLimitDays, PromiseEstablishment, PromiseChange,
    ];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(IndividualMembers, "社会团体成立：个人会员最低数", "个", ParameterType.Integer, "socialorgs"),
        new(UnitMembers, "社会团体成立：单位会员最低数", "个", ParameterType.Integer, "socialorgs"),
        new(MixedMembers, "社会团体成立：个人与单位混合会员最低总数", "个", ParameterType.Integer, "socialorgs"),
        new(GroupFundsNational, "社会团体成立：全国性社团活动资金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(GroupFundsLocal, "社会团体成立：地方性及跨行政区域社团活动资金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(FoundationPublicNational, "基金会成立：全国性公募基金会原始基金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(FoundationPublicLocal, "基金会成立：地方性公募基金会原始基金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(FoundationPrivate, "基金会成立：非公募基金会原始基金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(ServiceOrgFunds, "社会服务机构（民办非企业单位）成立：开办资金下限", "元", ParameterType.Decimal, "socialorgs"),
        new(GroupLimitDays, "社会团体成立登记法定办理时限", "日", ParameterType.Integer, "socialorgs"),
        new(FoundationLimitDays, "基金会成立登记法定办理时限", "日", ParameterType.Integer, "socialorgs"),
        new(ServiceOrgLimitDays, "社会服务机构成立登记法定办理时限", "日", ParameterType.Integer, "socialorgs"),
        new(ChangeLimitDays, "变更、注销登记法定办理时限", "日", ParameterType.Integer, "socialorgs"),
        new(PromiseEstablishment, "成立登记承诺办理时限（深圳）", "工作日", ParameterType.Integer, "socialorgs"),
        new(PromiseChange, "变更、注销登记承诺办理时限（深圳）", "工作日", ParameterType.Integer, "socialorgs"),
    ];
}

/// <summary>The registration parameters in force on one day, with a short key of the values used.</summary>
internal sealed record RegistryRates(int IndividualMembers, int UnitMembers, int MixedMembers, decimal GroupFundsLocal, decimal FoundationPublicLocal,
    decimal FoundationPrivate, decimal ServiceOrgFunds, int GroupLimitDays, int FoundationLimitDays, int ServiceOrgLimitDays, int ChangeLimitDays,
    int PromiseEstablishment, int PromiseChange, DateOnly EffectiveFrom)
{
    public static RegistryRates From(IReadOnlyDictionary<string, Parameter> found, DateOnly date)
    {
        var missing = RegistryParameters.Keys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"登记管理参数未设置（{date:yyyy-MM-dd}）：{string.Join("、", missing)}");
        }
        decimal D(string k) => decimal.Parse(found[k].Value, CultureInfo.InvariantCulture);
        int I(string k) => (int)D(k);
        return new RegistryRates(I(RegistryParameters.IndividualMembers), I(RegistryParameters.UnitMembers), I(RegistryParameters.MixedMembers),
            D(RegistryParameters.GroupFundsLocal), D(RegistryParameters.FoundationPublicLocal), D(RegistryParameters.FoundationPrivate),
            D(RegistryParameters.ServiceOrgFunds), I(RegistryParameters.GroupLimitDays), I(RegistryParameters.FoundationLimitDays),
            I(RegistryParameters.ServiceOrgLimitDays), I(RegistryParameters.ChangeLimitDays), I(RegistryParameters.PromiseEstablishment),
            I(RegistryParameters.PromiseChange), found.Values.Max(p => p.ValidFrom));
    }
}
