using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Governance.Features.Reporting;

/// <summary>
/// 机关管理's reporting contract: published documents (the bureau's own, counted for the city),
/// suggestions and proposals with their deadlines, and training hours credited to staff. Proposals
/// carry the congress's number and title, not the proposers; attendance carries the account's
/// division, not the person.
/// </summary>
internal sealed class GovernanceReporting : IReportingSource
{
    public string Module => "governance";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        // The register keeps no division: the documents are the bureau's, so they count for the city.
        new("governance_policies", "governance", "政策文件与内部制度（一件一行）",
            """
            SELECT d.id AS id, '4403' AS division_code, d.number AS ref, '/governance/policies/' || d.id AS link,
                   d.title AS title, d.kind AS kind, d.published_on AS published_on, d.effective_from AS effective_from,
                   d.expires_on AS expires_on, d.repealed_on AS repealed_on,
                   CASE WHEN d.kind IN ('Normative', 'Policy') THEN 1 ELSE 0 END AS policy
            FROM {governance.policy_documents} d
            """,
            [new("ref", "文号"), new("title", "标题"), new("kind", "类别"), new("published_on", "印发日期"), new("effective_from", "施行日期")]),
        new("governance_proposals", "governance", "人大代表建议和政协提案（一件一行，不含代表委员姓名）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.number AS ref, '/governance/proposals/' || p.id AS link,
                   p.kind AS kind, p.title AS title, p.status AS status, p.received_on AS received_on, p.assigned_on AS assigned_on,
                   p.due_on AS due_on, p.replied_on AS replied_on, p.evaluated_on AS evaluated_on,
                   CASE WHEN p."key" THEN 1 ELSE 0 END AS key_item,
                   CASE WHEN p.replied_on IS NOT NULL AND p.due_on IS NOT NULL AND p.replied_on <= p.due_on THEN 1 ELSE 0 END AS on_time,
                   CASE WHEN p.satisfaction IN ('Satisfied', 'BasicallySatisfied') THEN 1 ELSE 0 END AS satisfied
            FROM {governance.proposals} p
            """,
            [new("ref", "编号"), new("kind", "类别"), new("title", "标题"), new("received_on", "收到日期"), new("due_on", "办理期限"),
             new("replied_on", "答复日期"), new("status", "状态"), new("division_code", "主办单位区划")]),
        new("governance_training", "governance", "干部培训学时（一人一次培训一行，不含姓名）",
            """
            SELECT a.id AS id, a.division_code AS division_code, '/governance/training' AS link,
                   pr.category AS category, s.held_on AS held_on, a.hours AS hours
            FROM {governance.training_attendance} a
            JOIN {governance.training_sessions} s ON s.id = a.session_id
            JOIN {governance.training_programmes} pr ON pr.id = s.programme_id
            """,
            [new("held_on", "培训日期"), new("category", "类别"), new("hours", "学时"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("governance.policies.issued", "governance_policies", "印发政策文件和规范性文件", "Policy and normative documents issued", "件", MetricKind.Flow,
            "count(*)", "published_on", Filter: "policy = 1", Section: 2),
        new("governance.policies.internal", "governance_policies", "印发内部管理制度", "Internal rules issued", "件", MetricKind.Flow,
            "count(*)", "published_on", Filter: "kind = 'Internal'", Section: 10),
        new("governance.proposals", "governance_proposals", "承办建议提案", "Suggestions and proposals received", "件", MetricKind.Flow,
            "count(*)", "received_on", Section: 10),
        new("governance.proposals.replied", "governance_proposals", "答复建议提案", "Suggestions and proposals replied", "件", MetricKind.Flow,
            "count(*)", "replied_on", Section: 10),
        new("governance.proposals.replied.ontime", "governance_proposals", "按期答复建议提案", "Suggestions and proposals replied on time", "件", MetricKind.Flow,
            "count(*)", "replied_on", Filter: "on_time = 1", Section: 10),
        new("governance.proposals.ontime.rate", "governance_proposals", "建议提案按期答复率", "Share replied on time", "%", MetricKind.Ratio,
            "", null, Numerator: "governance.proposals.replied.ontime", Denominator: "governance.proposals.replied", Decimals: 1, Section: 10),
        new("governance.training.hours", "governance_training", "干部培训学时", "Training hours credited to staff", "学时", MetricKind.Flow,
            "sum(hours)", "held_on", Decimals: 1, Section: 10),
        new("governance.training.attendances", "governance_training", "干部参训人次", "Training attendances", "人次", MetricKind.Flow,
            "count(*)", "held_on", Section: 10),
    ];
}
