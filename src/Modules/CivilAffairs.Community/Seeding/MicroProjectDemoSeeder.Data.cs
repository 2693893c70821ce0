using CivilAffairs.Community.Domain;

namespace CivilAffairs.Community.Seeding;

/// <summary>The demo's communities (real codes of the register, several per district), project ideas and suppliers (fictitious).</summary>
internal sealed partial class MicroProjectDemoSeeder
{
    internal sealed record Idea(MicroProjectType Type, MicroProjectTheme Theme, MicroProjectProposer Proposer, string Title, string Description, int Beneficiaries);

    internal static readonly string[] Communities =
    [
        "440303001001", "440303001010", "440303002007", "440303002019", "440303003009", "440303003016",
        "440304001019", "440304001031", "440304002029", "440304004030", "440304005021", "440304005035",
        "440305001001", "440305001013", "440305002005", "440305002014", "440305003010", "440305003022",
        "440306017001", "440306017008", "440306017017", "440306017025", "440306018007", "440306018014",
        "440307003002", "440307003010", "440307006006", "440307009001", "440307009008", "440307010006",
        "440308001002", "440308002008", "440308003007", "440308004007",
        "440309001001", "440309001008", "440309001015", "440309002005", "440309002012", "440309002019",
        "440310001001", "440310002003", "440310004003", "440310006002",
        "440311001001", "440311002002", "440311004001", "440311005003", "440311006006",
    ];

    internal static readonly Idea[] Ideas =
    [
        new(MicroProjectType.Service, MicroProjectTheme.Activities, MicroProjectProposer.Residents, "社区长者健康讲座与义诊服务",
            "每月在社区党群服务中心开展一次长者健康讲座和义诊，覆盖慢性病管理、防跌倒和用药安全。", 300),
        new(MicroProjectType.Service, MicroProjectTheme.Convenience, MicroProjectProposer.ResidentsCommittee, "四点半课堂课后托管服务",
            "为双职工家庭小学生提供放学后作业辅导、阅读和安全看护，周一至周五开放。", 80),
        new(MicroProjectType.Works, MicroProjectTheme.Facilities, MicroProjectProposer.Residents, "老旧小区无障碍坡道与扶手改造",
            "在社区内老旧住宅楼出入口加装无障碍坡道和楼道扶手，方便长者和残疾人出行。", 600),
        new(MicroProjectType.Works, MicroProjectTheme.Facilities, MicroProjectProposer.PartyCommittee, "社区小公园休闲步道和照明提升",
            "修复社区小公园破损步道，增设太阳能路灯和休息座椅，改善居民夜间休闲环境。", 2000),
        new(MicroProjectType.Goods, MicroProjectTheme.Convenience, MicroProjectProposer.ResidentsCommittee, "社区应急物资与急救设备配置",
            "为社区微型消防站和党群服务中心配置自动体外除颤器（AED）、应急照明和急救箱。", 5000),
        new(MicroProjectType.Service, MicroProjectTheme.PublicSpirit, MicroProjectProposer.SocialOrganization, "邻里互助志愿服务队培育",
            "培育楼栋志愿者队伍，开展邻里互助、独居长者探访和垃圾分类督导服务。", 1200),
        new(MicroProjectType.Works, MicroProjectTheme.Facilities, MicroProjectProposer.PartyCommittee, "社区电动自行车集中充电棚建设",
            "在小区空地建设带智能断电保护的电动自行车集中充电棚，减少入户充电火灾隐患。", 1500),
        new(MicroProjectType.Goods, MicroProjectTheme.Activities, MicroProjectProposer.Residents, "社区文体活动器材更新",
            "为社区广场舞队、合唱团和乒乓球队更新音响、乐器和球台等活动器材。", 400),
        new(MicroProjectType.Service, MicroProjectTheme.OtherServices, MicroProjectProposer.LocalUnit, "来深建设者子女暑期夏令营",
            "暑期为社区内来深建设者子女开展为期四周的科普、艺术和安全教育夏令营。", 120),
        new(MicroProjectType.Service, MicroProjectTheme.PublicSpirit, MicroProjectProposer.Residents, "垃圾分类宣传督导与积分兑换",
            "在小区投放点开展垃圾分类定时定点督导，设立积分兑换生活用品，提高分类准确率。", 3000),
        new(MicroProjectType.Goods, MicroProjectTheme.Convenience, MicroProjectProposer.ResidentsCommittee, "社区便民雨伞与共享工具箱",
            "在社区党群服务中心和小区门岗设置便民雨伞架和共享工具箱，居民登记借用。", 2500),
        new(MicroProjectType.Works, MicroProjectTheme.Convenience, MicroProjectProposer.Residents, "城中村巷道排水沟清疏与加盖",
            "对城中村主要巷道排水沟进行清疏、修复并加装盖板，解决雨季积水和异味问题。", 1800),
    ];

    internal static readonly string[] Suppliers =
    [
        "深圳市鹏城社会工作服务中心", "深圳市同心社区服务中心", "深圳市安居建筑工程有限公司", "深圳市绿城园林绿化有限公司",
        "深圳市启明星青少年服务中心", "深圳市康乐长者服务中心", "深圳市海川设备有限公司", "深圳市南粤市政工程有限公司",
    ];
}
