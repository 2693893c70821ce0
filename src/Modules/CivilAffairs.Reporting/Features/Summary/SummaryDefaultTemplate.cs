namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// The city's template as first seeded: the ten sections of the 2018 work summary
/// (2018年深圳民政工作总结, published 2019-03-20), the sentences kept close to the original, every
/// figure replaced by a placeholder so that it is counted from live data. Counts the platform does
/// not keep (e.g. "32项改革创新举措", "15项制度") are worded without a number rather than typed in.
/// </summary>
internal static class SummaryDefaultTemplate
{
    public static IReadOnlyList<(string Title, string Text)> Sections { get; } =
    [
        ("强力推进民政“9+3”公共服务设施规划建设",
            "民政“9+3”公共服务设施规划建设被市委市政府列为重点工作予以推进，全市在册民政公共服务设施项目{{facilities.projects.total}}个，其中已立项{{facilities.projects.approved}}个、已开工{{facilities.projects.started}}个，均纳入市场化代建试点，土地整备、方案设计等前期工作正在积极有序推进中。全年竣工项目{{facilities.projects.completed}}个、投入运营{{facilities.projects.operating}}个，市养老护理院开业运营，市殡仪馆改扩建工程一期投入使用。区级民政服务设施的规划建设也得到全面加强，光明区社会福利院已竣工，盐田区社会福利中心二期已封顶；宝安区养老院、福田区老人护理院开工建设；龙岗区救助管理站异地新建项目立项，与市社会救助安置院、市社会福利院同步规划建设；龙华区、坪山区等区级社会福利中心、救助管理站列入当地政府投资项目计划。全市民政服务机构达{{facilities.institutions}}家。"),
        ("着力加强政策创制和机制创新",
            "全年出台政策文件{{governance.policies.issued}}件，涵盖深化社会组织管理制度改革、社会组织党建、全面放开养老服务市场提升养老服务质量、民办养老机构资助、加快商业养老保险发展、福利机构成年孤儿安置等方面；制修订防止利益冲突、福彩公益金绩效评价、直属事业单位常设岗位人员聘用、重大行政决策咨询论证专家库管理、规范性文件管理等内部管理制度。以市养老护理院为试点，在全国民政系统率先探索“不定级别，没有编制，以事定费”的新型事业单位运营模式；深化局系统财务管理体系改革，全面实行对直属事业单位资金的统一管理和核算。"),
        ("织密扎牢民生兜底保障网",
            "低保标准从{{assistance.dibao.standard:start}}元大幅提升至{{assistance.dibao.standard}}元，与上海并列国内大中城市首位。年末共有低保对象{{assistance.dibao.households}}户{{assistance.dibao.persons}}人、特困供养人员{{assistance.tekun.persons}}人，全年发放救助金{{assistance.payments.amount|万元}}万元。制定实施我市临时救助、特困人员供养等“救急难”政策，全年实施临时救助{{assistance.temporary.cases}}宗、发放临时救助金{{assistance.temporary.amount|万元}}万元。以低保对象相对较多的光明区为重点，通过党政总揽、精准施策、综合施策、“志智双扶”等系列举措，推动{{assistance.plans.reached.households}}户低保户{{assistance.plans.reached.persons}}人达到帮扶目标，为全市乃至全国城市低保群体实现持续稳定奔小康提供了有益借鉴。深入贯彻中央、省、市关于“练溪事件”整改的决策部署，加强受助人员分类管理服务，全年救助管理站共救助{{rescue.intakes}}人次；加强互联网寻亲、DNA比对、人脸识别等新技术新手段的运用，共为{{rescue.reunions}}名流浪乞讨受助人员成功寻亲并帮助其回归家庭，民政部全国流浪乞讨人员救助工作会议推介了我市有关经验和做法。自然灾害应急救助高效有序，全年应对自然灾害{{disaster.events}}次、紧急转移安置群众{{disaster.relocated}}人，成功抵御超强台风“山竹”侵袭。"),
        ("加速推进社会养老服务体系建设",
            "以办理市人大养老重点建议案为契机，加快推动养老服务供给重心向社区居家养老转移，整合建设多功能居家养老服务中心，推动家庭适老化改造，全年完成适老化改造{{eldercare.adaptations.completed}}户；推动发展社区长者助餐服务，已建有长者助餐服务机构{{eldercare.meal.providers}}家，全年提供助餐服务{{eldercare.meals.served}}人次。以供养型、护理型床位为重点，加快推进养老机构设施建设，前海人寿幸福之家养老院、招商观颐养老院等开业运营，全年新增养老床位{{eldercare.beds.new}}张，养老床位总数达{{eldercare.beds.total}}张。推进医养融合发展，{{eldercare.daycare.centres}}家社区日间照料中心中已有{{eldercare.daycare.signed}}家与基层医疗机构签约，签约率达到{{eldercare.daycare.signed.rate}}%，公办养老机构全面建立医养结合机制。成立深圳健康养老学院，通过“政校行企”深度合作、“产学研用”良性互动，加强养老服务队伍职业化专业化建设。拓展提升老年人福利保障，“银龄安康”意外险覆盖所有60周岁以上户籍老人，参保老人{{eldercare.insurance.insured|万}}万人。"),
        ("纵深推进社会组织管理制度改革",
            "在完善社会组织准入退出机制、健全社会组织监管体系、优化社会组织发展环境、引导社会组织发挥积极作用、加强党对社会组织工作的领导等方面推出一系列改革创新举措，登记社会组织{{socialorgs.registered}}家，全年新登记{{socialorgs.registered.new}}家。加强社会组织监察执法，部署开展打击整治非法社会组织专项行动，共依法查处社会组织违法案件{{socialorgs.cases}}宗。创新开展党政机关、企事业单位党组织与社会组织党组织联学联建，深入推进行业协会自律试点工作，新增市律师行业协会等{{socialorgs.selfreg.pilots}}家试点单位，{{socialorgs.party.centres}}个社会组织党群服务中心建成投入使用。截至年底，社会组织党委管理基层党组织{{socialorgs.party.orgs}}个、党员{{socialorgs.party.members}}名，比2015年市社会组织党委成立时分别增长{{socialorgs.party.orgs:since:2015}}和{{socialorgs.party.members:since:2015}}，党组织建设和党的工作“两个覆盖”实现新的提升。"),
        ("稳步推进基层社区治理创新和区划优化调整",
            "深入构建以社区党委为领导核心、多方主体有序发挥作用的社区治理新格局。实施“民生微实事”项目{{community.microprojects|万}}万件、安排资金{{community.microprojects.amount|亿元}}亿元，荣获南方日报社“深圳改革民心奖”。盐田区被民政部确定为首批“全国街道服务管理创新实验区”，龙腾、嶂背等社区被民政部、司法部评为“全国民主法治示范社区”，益田、前海、宝民、沙头角等社区入选全国优秀社区工作法。扎实开展扫黑除恶专项斗争，在流浪乞讨、殡葬、基层组织建设、社会组织等领域累计摸排核查线索{{community.leads}}条，开展打击涉乱乞讨路面巡查专项行动{{community.patrols}}次，罢免涉黑涉恶居委会成员{{community.removals}}人，查实处置一批非法社会组织。完成深汕特别合作区“四镇改街”风险评估报告和区域界线勘定，开展党的十八大以来我市行政区划调整效果评估工作，顺利完成与东莞市行政区域界线联检工作，全年开展界线联合检查{{registry.boundary.inspections}}次，扎实开展市际界线争议调处等“平安边界”创建活动。"),
        ("扎实推进社会工作精细化专业化发展",
            "系统梳理总结我市社会工作发展历程，研究制定促进社会工作职业化专业化发展的政策举措，专职社工达{{socialwork.workers}}人。深入发展社区、养老、助残、教育、医疗、精神卫生、禁毒等领域社会工作服务，目前共有精神卫生专职社工{{socialwork.workers.mental}}人、禁毒专职社工{{socialwork.workers.drug}}名，我市在禁毒社工领域探索的康复人员朋辈辅导员模式受到民政部、国家禁毒委领导充分肯定；在治水领域创新开展“社工+义工”双工联动的专业志愿服务，已建立起由{{socialwork.river.chiefs}}名志愿者河长、{{socialwork.river.volunteers|万}}万名“河小二”组成的护河志愿者队伍，全年志愿服务{{socialwork.volunteer.hours|万}}万小时；深入打造“社工援疆”品牌，在喀什地区扎实推进农村社区发展（小母牛）、塔吉克妇女互助成长等{{socialwork.xinjiang.projects}}个精品民生服务项目，全年服务{{socialwork.xinjiang.visits|万}}万人次，有效助推了当地社会建设事业发展。"),
        ("积极推动公益慈善等社会力量参与脱贫攻坚",
            "第六届中国慈展会以“聚焦精准扶贫，共创美好生活”为主题，广泛动员社会力量响应国家战略助力脱贫攻坚，意向帮扶和对接金额{{charity.fair.pledged|亿元}}亿元。深入开展“广东扶贫济困日”“深圳慈善月慈善日”等活动，全年累计募款（物）{{charity.donations.amount|亿元}}亿元，用于支持我市及对口帮扶的汕尾、河源等地扶贫济困项目。深入打造“爱心福彩资助来深建设者春节返乡”“寻找需要帮助的人—来深建设者关爱基金”“雏鹰展翅”等福彩公益金资助品牌项目，获社会各界高度好评。福利彩票发行保持良好发展态势，全年销售量达{{charity.lottery.sales|亿元}}亿元、筹集公益金{{charity.lottery.fund|亿元}}亿元，同比增长{{charity.lottery.sales:yoy}}、{{charity.lottery.fund:yoy}}。"),
        ("拓展提升专项社会事务服务人性化便利化水平",
            "扎实推进全国殡葬综合改革试点工作，出台《深圳市节地生态安葬奖励办法》，全年发放节地生态安葬奖励{{funeral.ecoburial.rewards}}例；深入实施殡葬基本服务免费政策，全年共为{{funeral.free.persons|万}}万名群众免除基本殡葬服务费用{{funeral.free.amount|万元}}万元。深入实施“孤残儿童手术康复明天计划”，为公办福利机构{{childwelfare.surgeries}}名孤残儿童实施手术和康复矫形，福利机构在院儿童{{childwelfare.children}}名。全面推行婚姻登记微信预约以及重要节日、星期六婚姻登记服务，全年受理婚姻登记预约{{marriage.bookings}}对、办理结婚登记{{marriage.registrations}}对，开设星期六婚姻登记服务{{marriage.saturday.sessions}}场、重要节日婚姻登记服务{{marriage.holiday.sessions}}场，为市民提供人性化、便利化服务；福田、南山等区改造提升婚姻登记处，其中福田区婚姻登记处被市民群众誉为“最美婚姻登记处”，有效促进了市民群众婚姻家庭责任感、幸福感、神圣感的提升。"),
        ("纵深推进全面从严治党和民政队伍建设",
            "始终把政治建设摆在首位，牢固树立“四个意识”，坚定“四个自信”，坚决做到“两个维护”，在思想上政治上行动上同以习近平同志为核心的党中央保持高度一致；坚持把学习习近平新时代中国特色社会主义思想和党的十九大、十九届二中、三中全会精神作为党委会议的“第一议题”、理论学习中心组学习的重要内容，深入开展“大学习、深调研、真落实”，编制《习近平总书记对民政工作重要论述摘编》，力求学深悟透践行；深入开展市委巡察整改工作，建立完善一批制度等做法受到市委巡察办充分肯定；组织开展“严明纪律、执纪问责”作风纪律教育整顿，以及民政系统职业道德教育活动和“民政为民、民政爱民”主题宣讲活动，全面加强党性教育锤炼；扎实开展模范机关创建活动，坚持大抓基层大抓支部，把民政系统各级党组织锻造得更加坚强有力。建立干部绩效考核管理系统，组织开展专业化人才培养项目，全年干部培训{{governance.training.hours}}学时，实施党员干部红色教育培育计划和年轻干部“扬帆计划”，民政队伍综合素质进一步提升。此外，民政新闻宣传、政务公开、绩效评估、建议提案办理、安全生产、财务管理、信息化标准化建设、扶贫、工青妇等工作均取得新的成绩，全年办理建议提案{{governance.proposals}}件，按时答复率{{governance.proposals.ontime.rate}}%。市、区两级民政部门与消防部门建立战略合作关系，深入推进民政服务机构安全生产双重预防体制建设试点，全年开展安全生产检查{{facilities.safety.inspections}}次、排查安全隐患{{facilities.safety.hazards}}项，民政行业安全监管基础进一步夯实。市民政局多年被民政部评为全国民政宣传工作先进单位，再次被市政协评为提案办理优秀单位，多年被省民政厅评为全省民政统计工作优秀单位。"),
    ];

    /// <summary>一 … 十.</summary>
    public static string Numeral(int section) => "一二三四五六七八九十"[section - 1].ToString();
}
