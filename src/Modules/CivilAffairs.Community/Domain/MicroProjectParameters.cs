using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Community.Domain;

/// <summary>民生微实事 parameters (prefix community.microprojects.); values and legal basis in MicroProjectSeeder.</summary>
internal static class MicroProjectParameters
{
    public const string CapWorks = "community.microprojects.cap_works";
    public const string CapService = "community.microprojects.cap_service";
    public const string CapGoods = "community.microprojects.cap_goods";
    public const string Envelope = "community.microprojects.community_envelope";
    public const string CityShare = "community.microprojects.city_share";
    public const string VotePassRatio = "community.microprojects.vote_pass_ratio";
    public const string NoticeDays = "community.microprojects.notice_working_days";
    public const string StageLimitDays = "community.microprojects.stage_limit_days";

    public static readonly string[] All = [CapWorks, CapService, CapGoods, Envelope, CityShare, VotePassRatio, NoticeDays, StageLimitDays];

    public static string CapOf(MicroProjectType type) => type switch
    {
        MicroProjectType.Works => CapWorks,
        MicroProjectType.Goods => CapGoods,
        _ => CapService,
    };

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(CapWorks, "民生微实事：工程类单个项目预算上限", "元", ParameterType.Decimal, "community"),
        new(CapService, "民生微实事：服务类单个项目预算上限", "元", ParameterType.Decimal, "community"),
        new(CapGoods, "民生微实事：货物类单个项目预算上限", "元", ParameterType.Decimal, "community"),
        new(Envelope, "民生微实事：每个社区每年资金额度", "元", ParameterType.Decimal, "community"),
        new(CityShare, "民生微实事：市级财政承担比例（其余由区级财政承担）", "比例", ParameterType.Decimal, "community"),
        new(VotePassRatio, "民生微实事：居民表决通过须超过有效票的比例", "比例", ParameterType.Decimal, "community"),
        new(NoticeDays, "民生微实事：各环节公示期", "工作日", ParameterType.Integer, "community"),
        new(StageLimitDays, "民生微实事：单一环节停留超过即提示逾期", "天", ParameterType.Integer, "community"),
    ];
}
