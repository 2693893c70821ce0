namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>A metric the summary may cite before its module publishes it (issue 10's list of required keys).</summary>
internal sealed record SummaryKey(string Key, string Title, string Unit, int Section);

/// <summary>
/// The keys every module must publish (docs/METRICS of issue 10). Templates are written against
/// them before the views exist: a placeholder citing one is valid, and until the module's view is
/// there the figure renders as missing (【缺数据：标题】) — never as 0.
/// </summary>
internal static class SummaryMetricKeys
{
    public static IReadOnlyList<SummaryKey> Required { get; } =
    [
        new("facilities.projects.total", "“9+3”设施项目总数", "个", 1),
        new("facilities.projects.approved", "已立项设施项目", "个", 1),
        new("facilities.projects.started", "已开工设施项目", "个", 1),
        new("facilities.projects.completed", "竣工设施项目", "个", 1),
        new("facilities.projects.operating", "投入运营设施项目", "个", 1),
        new("facilities.institutions", "民政服务机构", "家", 1),
        new("governance.policies.issued", "出台政策文件", "件", 2),
        new("assistance.dibao.standard", "最低生活保障标准", "元/人·月", 3),
        new("assistance.dibao.households", "低保户数", "户", 3),
        new("assistance.dibao.persons", "低保人数", "人", 3),
        new("assistance.tekun.persons", "特困供养人数", "人", 3),
        new("assistance.payments.amount", "发放救助金", "元", 3),
        new("assistance.temporary.cases", "临时救助宗数", "件", 3),
        new("assistance.temporary.amount", "临时救助金额", "元", 3),
        new("assistance.plans.reached.households", "达到帮扶目标的低保户", "户", 3),
        new("assistance.plans.reached.persons", "达到帮扶目标的低保人员", "人", 3),
        new("rescue.intakes", "救助管理站受助人次", "人次", 3),
        new("rescue.reunions", "寻亲成功人数", "人", 3),
        new("disaster.events", "自然灾害次数", "次", 3),
        new("disaster.relocated", "紧急转移安置人数", "人", 3),
        new("eldercare.meal.providers", "长者助餐服务机构", "家", 4),
        new("eldercare.beds.total", "养老床位总数", "张", 4),
        new("eldercare.beds.new", "新增养老床位", "张", 4),
        new("eldercare.daycare.centres", "社区日间照料中心", "家", 4),
        new("eldercare.daycare.signed", "签约医疗机构的日间照料中心", "家", 4),
        new("eldercare.daycare.signed.rate", "日间照料中心医养签约率", "%", 4),
        new("eldercare.insurance.insured", "“银龄安康”参保老人", "人", 4),
        new("eldercare.adaptations.completed", "完成适老化改造", "户", 4),
        new("eldercare.meals.served", "长者助餐服务人次", "人次", 4),
        new("socialorgs.registered", "登记社会组织", "家", 5),
        new("socialorgs.registered.new", "新登记社会组织", "家", 5),
        new("socialorgs.cases", "查处社会组织违法案件", "宗", 5),
        new("socialorgs.party.orgs", "社会组织党组织", "个", 5),
        new("socialorgs.party.members", "社会组织党员", "名", 5),
        new("socialorgs.selfreg.pilots", "新增行业自律试点单位", "家", 5),
        new("socialorgs.party.centres", "社会组织党群服务中心", "个", 5),
        new("community.microprojects", "民生微实事项目", "件", 6),
        new("community.microprojects.amount", "民生微实事项目金额", "元", 6),
        new("community.leads", "摸排核查线索", "条", 6),
        new("community.patrols", "打击涉乱乞讨路面巡查", "次", 6),
        new("community.removals", "罢免居委会成员", "人", 6),
        new("registry.boundary.inspections", "行政区域界线联检", "次", 6),
        new("socialwork.workers", "专职社工", "人", 7),
        new("socialwork.workers.mental", "精神卫生专职社工", "人", 7),
        new("socialwork.workers.drug", "禁毒专职社工", "人", 7),
        new("socialwork.river.chiefs", "志愿者河长", "名", 7),
        new("socialwork.river.volunteers", "护河志愿者“河小二”", "名", 7),
        new("socialwork.xinjiang.projects", "社工援疆项目", "个", 7),
        new("socialwork.xinjiang.visits", "社工援疆服务人次", "人次", 7),
        new("socialwork.volunteer.hours", "志愿服务时长", "小时", 7),
        new("charity.fair.pledged", "慈展会意向帮扶和对接金额", "元", 8),
        new("charity.donations.amount", "募集善款（物）", "元", 8),
        new("charity.lottery.sales", "福利彩票销售额", "元", 8),
        new("charity.lottery.fund", "筹集福彩公益金", "元", 8),
        new("funeral.free.persons", "免除基本殡葬服务费用人数", "人", 9),
        new("funeral.free.amount", "免除基本殡葬服务费用金额", "元", 9),
        new("funeral.ecoburial.rewards", "节地生态安葬奖励", "例", 9),
        new("childwelfare.surgeries", "“明天计划”手术康复儿童", "名", 9),
        new("childwelfare.children", "福利机构在院儿童", "名", 9),
        new("marriage.bookings", "婚姻登记预约", "对", 9),
        new("marriage.registrations", "结婚登记", "对", 9),
        new("marriage.saturday.sessions", "星期六婚姻登记服务场次", "场", 9),
        new("marriage.holiday.sessions", "重要节日婚姻登记服务场次", "场", 9),
        new("governance.proposals", "办理建议提案", "件", 10),
        new("governance.proposals.ontime.rate", "建议提案按时答复率", "%", 10),
        new("governance.training.hours", "干部培训学时", "学时", 10),
        new("facilities.safety.inspections", "安全生产检查", "次", 10),
        new("facilities.safety.hazards", "排查安全隐患", "项", 10),
    ];

    private static readonly Dictionary<string, SummaryKey> ByKey = Required.ToDictionary(k => k.Key, StringComparer.Ordinal);

    public static SummaryKey? Find(string key) => ByKey.GetValueOrDefault(key);
}
