using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Community.Features.Reporting;

/// <summary>
/// 基层治理's reporting contract. Micro-projects carry their public number and title (both are
/// published on /m/community), never the proposer. Integrity leads are restricted: their view keeps
/// only the place and the dates needed to count them (no number, no field, no source, no link), so a
/// dashboard can say how many were verified without revealing any lead. Removals carry their number,
/// never the member.
/// </summary>
internal sealed class CommunityReporting : IReportingSource
{
    public string Module => "community";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("community_micro_projects", "community", "民生微实事项目（一项一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.number AS ref, '/community/microprojects/' || p.id AS link,
                   p.year AS year, p.title AS title, p.type AS type, p.theme AS theme, p.stage AS stage,
                   p.proposed_on AS proposed_on, p.approved_on AS approved_on, p.accepted_on AS accepted_on, p.closed_on AS closed_on,
                   p.budget AS budget, p.city_amount AS city_amount, p.district_amount AS district_amount, p.acceptance_amount AS acceptance_amount,
                   p.beneficiaries AS beneficiaries,
                   CASE WHEN p.approved_on IS NOT NULL THEN 1 ELSE 0 END AS approved,
                   CASE WHEN p.acceptance_result = 'Passed' THEN 1 ELSE 0 END AS accepted_passed,
                   CASE WHEN p.stage = 'Terminated' THEN 1 ELSE 0 END AS terminated
            FROM {community.micro_projects} p
            """,
            [new("ref", "项目编号"), new("title", "项目名称"), new("type", "类别"), new("stage", "阶段"), new("approved_on", "立项日期"),
             new("budget", "预算（元）"), new("accepted_on", "验收日期"), new("division_code", "社区")]),
        new("community_integrity_leads", "community", "涉黑涉恶线索（仅计数：不含线索内容、编号与对象）",
            """
            SELECT l.division_code AS division_code, l.received_on AS received_on, l.verified_on AS verified_on,
                   CASE WHEN l.verified_on IS NOT NULL THEN 1 ELSE 0 END AS verified,
                   CASE WHEN l.result IN ('Confirmed', 'PartlyConfirmed') THEN 1 ELSE 0 END AS confirmed
            FROM {community.integrity_leads} l
            """,
            [new("verified_on", "核查完成日期"), new("division_code", "区划")],
            RowsPermission: "community.integrity"),
        new("community_begging_patrols", "community", "打击涉乱乞讨路面巡查（一次一行）",
            """
            SELECT b.id AS id, b.division_code AS division_code, b.patrol_on AS patrol_on, b.team_size AS team_size,
                   b.persons_found AS persons_found, b.persons_to_station AS persons_to_station, b.handed_to_police AS handed_to_police,
                   '/community/integrity/patrols' AS link
            FROM {community.begging_patrols} b
            """,
            [new("patrol_on", "巡查日期"), new("team_size", "出动人数"), new("persons_found", "发现人数"), new("persons_to_station", "护送救助站"),
             new("handed_to_police", "移交公安"), new("division_code", "区划")]),
        new("community_member_removals", "community", "居委会成员罢免（一案一行，不含成员信息）",
            """
            SELECT r.id AS id, r.division_code AS division_code, r.number AS ref, '/community/integrity/removals' AS link,
                   r.grounds AS grounds, r.meeting AS meeting, r.proposed_on AS proposed_on, r.meeting_on AS meeting_on,
                   r.decided_on AS decided_on, r.status AS status,
                   CASE WHEN r.vote_passed THEN 1 ELSE 0 END AS vote_passed,
                   CASE WHEN r.status = 'Confirmed' THEN 1 ELSE 0 END AS confirmed
            FROM {community.member_removals} r
            """,
            [new("ref", "罢免编号"), new("grounds", "事由类别"), new("meeting_on", "会议日期"), new("decided_on", "决定日期"), new("status", "状态"),
             new("division_code", "社区")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("community.microprojects", "community_micro_projects", "民生微实事立项", "Community micro-projects approved", "件", MetricKind.Flow,
            "count(*)", "approved_on", Section: 6),
        new("community.microprojects.amount", "community_micro_projects", "民生微实事立项预算", "Budgets of micro-projects approved", "元", MetricKind.Flow,
            "sum(budget)", "approved_on", Decimals: 2, Section: 6),
        new("community.microprojects.accepted", "community_micro_projects", "民生微实事验收合格", "Micro-projects accepted", "件", MetricKind.Flow,
            "count(*)", "accepted_on", Filter: "accepted_passed = 1", Section: 6),
        new("community.leads", "community_integrity_leads", "核查涉黑涉恶线索", "Integrity leads verified", "条", MetricKind.Flow,
            "count(*)", "verified_on", Filter: "verified = 1", Section: 6),
        new("community.patrols", "community_begging_patrols", "打击涉乱乞讨路面巡查", "Patrols against organized begging", "次", MetricKind.Flow,
            "count(*)", "patrol_on", Section: 6),
        new("community.patrols.found", "community_begging_patrols", "巡查发现乞讨人员", "Beggars found on patrol", "人次", MetricKind.Flow,
            "sum(persons_found)", "patrol_on", Section: 6),
        new("community.removals", "community_member_removals", "罢免（终止职务）居委会成员", "Committee members removed", "人", MetricKind.Flow,
            "count(*)", "decided_on", Filter: "confirmed = 1", Section: 6),
    ];
}
