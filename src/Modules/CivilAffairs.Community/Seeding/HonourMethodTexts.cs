using CivilAffairs.Community.Domain;

namespace CivilAffairs.Community.Seeding;

/// <summary>
/// Demo texts of the work-methods library. That these four communities were selected in 2018 is sourced (the
/// seed, section 六); the titles and texts here are illustrative (演示) until the bureau loads the published ones.
/// </summary>
internal static class HonourMethodTexts
{
    internal sealed record Text(string Code, string Community, string Title, string Summary, string FullText, string Tags, MethodStatus Status, int Year);

    public static readonly Text[] All =
    [
        new("440304010002", "益田社区", "益田社区“居民议事厅”协商议事工作法",
            "以居民议事厅为平台，按“议题征集—协商讨论—表决公示—落实评议”四步推动小区公共事务由居民商量着办。",
            "一、议题征集：通过楼栋长、网格员和线上问卷常态化收集居民关切，每月汇总形成议题清单。\n二、协商讨论：社区党委牵头，居委会、业委会、物业服务企业和居民代表共同参与，邀请律师、规划师等专业人员列席。\n三、表决公示：议事结果经居民代表会议表决后在社区公示栏和线上平台公示7日。\n四、落实评议：明确责任单位和完成时限，完成后由居民代表评议，评议结果纳入年度考核。\n（演示文本）",
            "协商议事、居民自治、党建引领", MethodStatus.Selected, 2018),
        new("440305001020", "前海社区", "前海社区“融合共治”工作法",
            "面向新就业群体和港澳居民，以社区党群服务中心为阵地，建立多元主体共商共治机制。",
            "依托社区党群服务中心设立“融合服务站”，为港澳居民和新就业群体提供政策咨询、法律服务和文化活动；建立由驻区企业、社会组织和居民代表组成的共治理事会，按季度研究社区公共事务。（演示文本）",
            "多元共治、港澳居民、党建引领", MethodStatus.Selected, 2018),
        new("440306017001", "宝民社区", "宝民社区“民生微实事”参与式治理工作法",
            "以民生微实事项目为抓手，由居民提出、居民票选、居民监督，培育居民参与公共事务的能力。",
            "社区每年公开征集民生微实事项目建议，组织居民代表票选确定年度项目，项目实施过程中由居民监督小组全程跟踪，项目验收邀请居民代表参加并公示结果。（演示文本）",
            "民生微实事、居民自治、参与式治理", MethodStatus.Selected, 2018),
        new("440308003006", "沙头角社区", "沙头角社区“中英街”边境社区治理工作法",
            "立足边境社区特点，联动口岸、边检和街道建立联防联治和便民服务机制。",
            "社区联合辖区口岸、边检、海关等单位建立联席会议制度，共同开展治安巡查和矛盾纠纷排查；设立便民服务窗口，为往来居民提供证照办理指引和应急救助。（演示文本）",
            "边境社区、联防联治、便民服务", MethodStatus.Selected, 2018),
        new("440304004022", "福华社区", "福华社区“楼栋长+网格员”联动服务工作法",
            "以楼栋为单元，楼栋长与网格员结对，做到居民诉求“楼内收集、网格流转、社区办结”。",
            "每栋楼推选一名楼栋长，与所在网格的网格员结对；楼栋长每周收集居民诉求，网格员录入系统并跟踪办理，社区每月通报办结情况。（演示文本）",
            "网格化、楼栋自治、便民服务", MethodStatus.Recommended, 2023),
        new("440304004023", "福安社区", "福安社区“长者饭堂+邻里互助”工作法（草稿）",
            "以长者饭堂为节点组织低龄老人帮扶高龄老人，形成邻里互助网络。",
            "草稿：拟以社区长者饭堂为节点，组织低龄健康老人结对帮扶高龄独居老人，开展送餐、探访和陪伴服务。（演示文本）",
            "养老服务、邻里互助", MethodStatus.Draft, 2024),
    ];
}
