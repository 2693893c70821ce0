using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.SocialWork.Features.Reporting;

/// <summary>
/// 社会工作与志愿服务's reporting contract. Workers and volunteers appear as employment or
/// registration periods with their posting, field and role only: never a name, an ID number or a
/// certificate number. 河小二 are counted from the platform intakes (the module keeps them as
/// batches, not persons). 援疆 projects are the assistance projects whose place lies in Xinjiang
/// (喀什 is Shenzhen's counterpart prefecture).
/// </summary>
internal sealed class SocialWorkReporting : IReportingSource
{
    public string Module => "socialwork";

    private const string Xinjiang = "CASE WHEN a.place LIKE '%新疆%' OR a.place LIKE '%喀什%' OR a.name LIKE '%援疆%' THEN 1 ELSE 0 END";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("socialwork_workers", "socialwork", "社会工作者的在岗期间（一人一行）",
            """
            SELECT w.id AS id, w.division_code AS division_code, '/socialwork/workers/' || w.id AS link,
                   w.field AS field, w.qualification AS qualification, w.status AS status, w.hired_on AS hired_on, w.left_on AS left_on,
                   CASE WHEN w.full_time THEN 1 ELSE 0 END AS full_time,
                   CASE WHEN w.qualification <> 'None' THEN 1 ELSE 0 END AS qualified
            FROM {socialwork.workers} w
            """,
            [new("field", "服务领域"), new("qualification", "职业水平"), new("hired_on", "入职日期"), new("left_on", "离职日期"), new("division_code", "岗位区划")]),
        new("socialwork_volunteers", "socialwork", "逐一登记的志愿者（一人一行）",
            """
            SELECT v.id AS id, v.division_code AS division_code, '/socialwork/volunteers/' || v.id AS link,
                   v.role AS role, t.kind AS team_kind, v.registered_on AS registered_on,
                   CASE WHEN v.role = 'RiverChief' THEN 1 ELSE 0 END AS river_chief
            FROM {socialwork.volunteers} v JOIN {socialwork.volunteer_teams} t ON t.id = v.team_id
            """,
            [new("role", "角色"), new("team_kind", "队伍类别"), new("registered_on", "注册日期"), new("division_code", "区划")]),
        new("socialwork_volunteer_intakes", "socialwork", "志愿服务平台批量接收的队员（一批一行）",
            """
            SELECT i.id AS id, i.division_code AS division_code, t.kind AS team_kind, i.received_on AS received_on, i.members AS members,
                   '/socialwork/volunteers' AS link
            FROM {socialwork.volunteer_intakes} i JOIN {socialwork.volunteer_teams} t ON t.id = i.team_id
            """,
            [new("received_on", "接收日期"), new("team_kind", "队伍类别"), new("members", "人数"), new("division_code", "区划")]),
        new("socialwork_service_records", "socialwork", "志愿服务记录（一次服务一行）",
            """
            SELECT s.id AS id, s.division_code AS division_code, '/socialwork/volunteers/' || s.volunteer_id AS link,
                   t.kind AS team_kind, s.served_on AS served_on, s.hours AS hours
            FROM {socialwork.service_records} s JOIN {socialwork.volunteer_teams} t ON t.id = s.team_id
            """,
            [new("served_on", "服务日期"), new("team_kind", "队伍类别"), new("hours", "时长（小时）"), new("division_code", "区划")]),
        new("socialwork_projects", "socialwork", "政府购买社工服务项目（一项一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.number AS ref, '/socialwork/projects/' || p.id AS link,
                   p.field AS field, p.starts_on AS starts_on, p.ends_on AS ends_on, p.budget AS budget
            FROM {socialwork.projects} p
            """,
            [new("ref", "项目编号"), new("field", "服务领域"), new("starts_on", "开始日期"), new("ends_on", "结束日期"), new("budget", "合同预算（元）"),
             new("division_code", "购买方区划")]),
        new("socialwork_aid_projects", "socialwork", "对口援建社工项目（一项一行）",
            "SELECT a.id AS id, a.division_code AS division_code, '/socialwork/aid' AS link, a.field AS field, a.place AS place, "
            + "a.starts_on AS starts_on, a.ends_on AS ends_on, a.budget AS budget, " + Xinjiang + " AS xinjiang FROM {socialwork.aid_projects} a",
            [new("place", "服务地点"), new("field", "服务领域"), new("starts_on", "开始日期"), new("ends_on", "结束日期"), new("xinjiang", "援疆")]),
        new("socialwork_aid_service_logs", "socialwork", "对口援建项目服务人次（一期一行）",
            "SELECT l.id AS id, l.division_code AS division_code, '/socialwork/aid' AS link, l.period_end AS period_end, l.people_served AS people_served, "
            + Xinjiang + " AS xinjiang FROM {socialwork.aid_service_logs} l JOIN {socialwork.aid_projects} a ON a.id = l.aid_project_id",
            [new("period_end", "统计截止日期"), new("people_served", "服务人次"), new("xinjiang", "援疆")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("socialwork.workers", "socialwork_workers", "在岗社会工作者", "Social workers in post", "人", MetricKind.Stock,
            "count(*)", "hired_on", EndColumn: "left_on", Section: 7),
        new("socialwork.workers.mental", "socialwork_workers", "精神卫生领域社会工作者", "Social workers in mental health", "人", MetricKind.Stock,
            "count(*)", "hired_on", EndColumn: "left_on", Filter: "field = 'MentalHealth'", Section: 7),
        new("socialwork.workers.drug", "socialwork_workers", "禁毒领域社会工作者", "Social workers in drug rehabilitation", "人", MetricKind.Stock,
            "count(*)", "hired_on", EndColumn: "left_on", Filter: "field = 'DrugRehab'", Section: 7),
        new("socialwork.workers.qualified", "socialwork_workers", "持证社会工作者", "Social workers holding a certificate", "人", MetricKind.Stock,
            "count(*)", "hired_on", EndColumn: "left_on", Filter: "qualified = 1", Section: 7),
        new("socialwork.river.chiefs", "socialwork_volunteers", "志愿者河长", "Volunteer river chiefs", "名", MetricKind.Stock,
            "count(*)", "registered_on", Filter: "river_chief = 1", Section: 7),
        new("socialwork.river.volunteers", "socialwork_volunteer_intakes", "护河志愿者（河小二）", "River volunteers from the platform", "名", MetricKind.Stock,
            "sum(members)", "received_on", Filter: "team_kind = 'RiverProtection'", Section: 7),
        new("socialwork.xinjiang.projects", "socialwork_aid_projects", "社工援疆项目", "Social-work projects in Xinjiang", "个", MetricKind.Stock,
            "count(*)", "starts_on", EndColumn: "ends_on", Filter: "xinjiang = 1", Section: 7),
        new("socialwork.xinjiang.visits", "socialwork_aid_service_logs", "社工援疆项目服务人次", "People served by the Xinjiang projects", "人次", MetricKind.Flow,
            "sum(people_served)", "period_end", Filter: "xinjiang = 1", Section: 7),
        new("socialwork.volunteer.hours", "socialwork_service_records", "志愿服务时长", "Volunteer service hours", "小时", MetricKind.Flow,
            "sum(hours)", "served_on", Decimals: 1, Section: 7),
        new("socialwork.projects", "socialwork_projects", "政府购买社工服务项目（在实施）", "Purchased social-work projects running", "个", MetricKind.Stock,
            "count(*)", "starts_on", EndColumn: "ends_on", Section: 7),
    ];
}
