using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.SocialOrgs.Features.Reporting;

/// <summary>
/// 社会组织's reporting contract. Rows carry the organization's unified social credit code or the
/// case/inspection number as ref — codes of organizations, never a person's name or ID number;
/// names of organizations, legal representatives, complainants and facts stay in the module.
/// </summary>
internal sealed class SocialOrgsReporting : IReportingSource
{
    private const string Penalties = "'Warning', 'Fine', 'Confiscation', 'Suspension', 'Revocation', 'Ban', 'Dispersal'";

    public string Module => "socialorgs";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("socialorgs_organizations", "socialorgs", "登记的社会组织（一个组织一行）",
            """
            SELECT o.id AS id, o.division_code AS division_code, o.credit_code AS ref, o.type AS org_type, o.level AS registration_level,
                   o.authority_code AS authority_code, o.field AS field,
                   CASE WHEN o.is_industry_association THEN 1 ELSE 0 END AS industry_association,
                   CASE WHEN o.is_charitable THEN 1 ELSE 0 END AS charitable,
                   o.status AS status, o.established_on AS established_on, o.ended_on AS ended_on, o.credit_status AS credit_status,
                   '/socialorgs/organizations/' || o.id AS link
            FROM {socialorgs.organizations} o
            """,
            [new("ref", "统一社会信用代码"), new("org_type", "类型"), new("field", "业务领域"), new("status", "状态"),
             new("established_on", "成立登记日期"), new("ended_on", "注销/撤销日期"), new("division_code", "区划")]),
        new("socialorgs_cases", "socialorgs", "社会组织行政执法案件（一案一行）",
            $$"""
            SELECT c.id AS id, c.division_code AS division_code, c.number AS ref,
                   CASE WHEN c.illegal_organization THEN 1 ELSE 0 END AS illegal_organization,
                   c.source AS source, c.status AS status, c.outcome AS outcome,
                   CASE WHEN c.outcome IN ({{Penalties}}) THEN 1 ELSE 0 END AS penalised,
                   c.amount AS amount, c.proposed_on AS proposed_on, c.filed_on AS filed_on, c.decided_on AS decided_on, c.closed_on AS closed_on,
                   '/socialorgs/enforcement/cases/' || c.id AS link
            FROM {socialorgs.enforcement_cases} c
            """,
            [new("ref", "案件编号"), new("source", "案件来源"), new("status", "状态"), new("outcome", "处理结果"), new("amount", "罚没金额（元）"),
             new("filed_on", "立案日期"), new("decided_on", "决定日期"), new("division_code", "区划")]),
        new("socialorgs_inspections", "socialorgs", "社会组织检查（一次检查一行）",
            """
            SELECT i.id AS id, i.division_code AS division_code, i.number AS ref, i.kind AS kind, i.outcome AS outcome,
                   CASE WHEN i.outcome = 'Rectify' THEN 1 ELSE 0 END AS rectify, i.inspected_on AS inspected_on, i.rectified_on AS rectified_on,
                   '/socialorgs/organizations/' || i.organization_id AS link
            FROM {socialorgs.inspections} i
            """,
            [new("ref", "检查编号"), new("kind", "检查类型"), new("outcome", "检查结论"), new("inspected_on", "检查日期"), new("division_code", "区划")]),
        // one row per party organization: an own or functional one per organization, a joint branch once for all its member organizations
        new("socialorgs_party_orgs", "socialorgs", "社会组织党组织（一个党组织一行）",
            """
            SELECT u.division_code AS division_code, u.credit_code AS ref, u.form AS party_form, u.party_members AS party_members,
                   u.established_on AS established_on, o.ended_on AS ended_on, '/socialorgs/organizations/' || u.organization_id AS link
            FROM {socialorgs.party_units} u JOIN {socialorgs.organizations} o ON o.id = u.organization_id
            WHERE u.form IS NOT NULL AND u.form <> 'Joint'
            UNION ALL
            SELECT substr(min(u.division_code), 1, 6) AS division_code, min(u.credit_code) AS ref, 'Joint' AS party_form,
                   sum(u.party_members) AS party_members, min(u.established_on) AS established_on,
                   CASE WHEN count(o.ended_on) = count(*) THEN max(o.ended_on) END AS ended_on, '/socialorgs/party' AS link
            FROM {socialorgs.party_units} u JOIN {socialorgs.organizations} o ON o.id = u.organization_id
            WHERE u.form = 'Joint'
            GROUP BY u.party_org_name
            """,
            [new("ref", "所在（首个）社会组织信用代码"), new("party_form", "组建方式"), new("party_members", "党员数"),
             new("established_on", "成立日期"), new("division_code", "区划")]),
        new("socialorgs_pilots", "socialorgs", "行业协会商会自律试点（一家试点单位一批次一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.credit_code AS ref, p.batch_year AS batch_year, p.status AS status,
                   p.started_on AS started_on, p.evaluated_on AS evaluated_on, p.score AS score,
                   '/socialorgs/organizations/' || p.organization_id AS link
            FROM {socialorgs.self_regulation_pilots} p
            """,
            [new("ref", "试点单位信用代码"), new("batch_year", "批次"), new("status", "状态"), new("started_on", "开始日期"), new("score", "评估得分"),
             new("division_code", "区划")]),
        new("socialorgs_party_centres", "socialorgs", "社会组织党群服务中心（一个中心一行）",
            """
            SELECT c.id AS id, c.division_code AS division_code, c.opened_on AS opened_on, c.visits_per_year AS visits_per_year,
                   '/socialorgs/party' AS link
            FROM {socialorgs.party_service_centres} c
            """,
            [new("opened_on", "建成投用日期"), new("visits_per_year", "年服务人次"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("socialorgs.registered", "socialorgs_organizations", "登记的社会组织", "Registered social organizations", "家", MetricKind.Stock,
            "count(*)", "established_on", EndColumn: "ended_on", Section: 5),
        new("socialorgs.registered.new", "socialorgs_organizations", "新登记社会组织", "Newly registered social organizations", "家", MetricKind.Flow,
            "count(*)", "established_on", Section: 5),
        new("socialorgs.cases", "socialorgs_cases", "查处社会组织违法案件（作出处理决定）", "Enforcement cases decided", "宗", MetricKind.Flow,
            "count(*)", "decided_on", Section: 5),
        new("socialorgs.cases.illegal", "socialorgs_cases", "取缔、劝散非法社会组织", "Illegal organizations banned or dispersed", "家", MetricKind.Flow,
            "count(*)", "decided_on", Filter: "illegal_organization = 1 AND outcome IN ('Ban', 'Dispersal')", Section: 5),
        new("socialorgs.inspections", "socialorgs_inspections", "社会组织检查", "Inspections of social organizations", "次", MetricKind.Flow,
            "count(*)", "inspected_on", Section: 5),
        new("socialorgs.party.orgs", "socialorgs_party_orgs", "社会组织党组织", "Party organizations in social organizations", "个", MetricKind.Stock,
            "count(*)", "established_on", EndColumn: "ended_on", Section: 5),
        new("socialorgs.party.members", "socialorgs_party_orgs", "社会组织党组织党员", "Party members in them", "名", MetricKind.Stock,
            "sum(party_members)", "established_on", EndColumn: "ended_on", Section: 5),
        new("socialorgs.selfreg.pilots", "socialorgs_pilots", "新增行业自律试点单位", "New self-regulation pilots", "家", MetricKind.Flow,
            "count(*)", "started_on", Section: 5),
        new("socialorgs.party.centres", "socialorgs_party_centres", "社会组织党群服务中心", "Party–mass service centres", "个", MetricKind.Stock,
            "count(*)", "opened_on", Section: 5),
    ];
}
