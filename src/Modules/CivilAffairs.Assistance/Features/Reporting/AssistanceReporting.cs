using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Assistance.Features.Reporting;

/// <summary>
/// 社会救助's reporting contract. Rows are enrolments, enrolled members, payment lines, 临时救助
/// cases, support plans and the 低保 standard's versions; none carries a name, an ID number, a
/// bank account or the household's circumstances. Enrolments and members count from their first
/// month paid until the first month no longer paid, so a stock is "在册" at the end of a month.
/// A household has one support plan at a time, so an achieved plan is a household that reached its targets.
/// </summary>
internal sealed partial class AssistanceReporting : IReportingSource
{
    public string Module => "assistance";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        View("assistance_enrolments", "在册救助家庭（一户一次纳入一行）",
            """
            SELECT e.id AS id, e.division_code AS division_code, e.programme AS programme, e.status AS status,
                   e.enrol_from AS enrol_from, e.stopped_from AS stopped_from, e.monthly_benefit AS monthly_benefit,
                   e.review_category AS review_category, COALESCE(a.decision_number, e.id || '') AS ref,
                   '/assistance/enrolments/' || e.id AS link
            FROM {assistance.enrolments} e
            LEFT JOIN {assistance.applications} a ON a.id = e.application_id
            """,
            [new("ref", "决定书文号"), new("programme", "救助类别"), new("status", "状态"), new("enrol_from", "纳入月份"),
             new("stopped_from", "停保月份"), new("monthly_benefit", "月救助金（元）"), new("division_code", "区划")]),
        View("assistance_enrolment_members", "在册救助家庭成员（一人一段保障期一行）",
            """
            SELECT m.id AS id, e.id AS enrolment_id, e.division_code AS division_code, e.programme AS programme,
                   COALESCE(m.joined_from, e.enrol_from) AS member_from,
                   CASE WHEN m.left_from IS NULL THEN e.stopped_from
                        WHEN e.stopped_from IS NULL OR m.left_from < e.stopped_from THEN m.left_from
                        ELSE e.stopped_from END AS member_until,
                   CASE WHEN m.relation = '02' THEN 1 ELSE 0 END AS is_head,
                   COALESCE(a.decision_number, e.id || '') AS ref, '/assistance/enrolments/' || e.id AS link
            FROM {assistance.enrolment_members} m
            JOIN {assistance.enrolments} e ON e.id = m.enrolment_id
            LEFT JOIN {assistance.applications} a ON a.id = e.application_id
            """,
            [new("ref", "决定书文号"), new("programme", "救助类别"), new("member_from", "保障起始月"), new("member_until", "保障终止月"),
             new("division_code", "区划")]),
        View("assistance_payment_lines", "救助金发放明细（一户一月一行）",
            """
            SELECT l.id AS id, l.division_code AS division_code, l.month AS month, l.programme AS programme, l.kind AS kind,
                   l.status AS status, r.status AS run_status, l.household_size AS household_size, l.amount AS amount,
                   CASE WHEN r.status = 'Released' AND l.status IN ('Pending', 'Paid') THEN 1 ELSE 0 END AS paid,
                   l.run_id || '' AS ref, '/assistance/payments/' || l.run_id AS link
            FROM {assistance.payment_lines} l
            JOIN {assistance.payment_runs} r ON r.id = l.run_id
            """,
            [new("ref", "发放批次"), new("month", "发放月份"), new("programme", "救助类别"), new("kind", "批次类型"), new("status", "银行回盘"),
             new("household_size", "家庭人口"), new("amount", "金额（元）"), new("division_code", "区划")]),
        View("assistance_temporary_cases", "临时救助个案（一案一行）",
            """
            SELECT t.id AS id, t.division_code AS division_code, t.kind AS kind, t.status AS status, t.level AS level,
                   t.source AS source, t.submitted_on AS submitted_on, t.decided_on AS decided_on,
                   t.requested_amount AS requested_amount, t.approved_amount AS approved_amount,
                   CASE WHEN t.status = 'Approved' THEN 1 ELSE 0 END AS granted,
                   CASE WHEN t.shenzhen_hukou THEN 1 ELSE 0 END AS shenzhen_hukou, t.household_size AS household_size,
                   t.id || '' AS ref, '/assistance/temporary/' || t.id AS link
            FROM {assistance.temporary_cases} t
            """,
            [new("ref", "个案"), new("kind", "类型"), new("status", "状态"), new("level", "审批层级"), new("submitted_on", "申请日期"),
             new("decided_on", "决定日期"), new("approved_amount", "批准金额（元）"), new("division_code", "区划")]),
        View("assistance_support_plans", "帮扶计划（一户一计划一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.enrolment_id AS enrolment_id, p.status AS status,
                   p.started_on AS started_on, p.ended_on AS ended_on,
                   CASE WHEN p.status = 'Achieved' THEN 1 ELSE 0 END AS achieved,
                   (SELECT count(*) FROM {assistance.enrolment_members} m
                     WHERE m.enrolment_id = p.enrolment_id AND (m.left_from IS NULL OR p.ended_on IS NULL OR m.left_from > p.ended_on)) AS persons,
                   p.id || '' AS ref, '/assistance/support-plans/' || p.id AS link
            FROM {assistance.support_plans} p
            """,
            [new("ref", "帮扶计划"), new("status", "状态"), new("started_on", "开始日期"), new("ended_on", "结束日期"),
             new("persons", "家庭人口"), new("division_code", "区划")]),
        View("assistance_standards", "低保标准（一个生效版本一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.valid_from AS valid_from, [+1 p.valid_to] AS valid_until,
                   CAST(p.value AS numeric) AS amount, COALESCE(p.document_number, p.legal_basis) AS ref,
                   '/admin/parameters' AS link
            FROM {platform.parameters} p
            WHERE p.key = 'assistance.mlg.standard'
            """,
            [new("ref", "依据"), new("amount", "标准（元/人·月）"), new("valid_from", "起始日期"), new("valid_until", "失效日期"),
             new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("assistance.dibao.standard", "assistance_standards", "城乡低保标准", "Minimum living standard (dibao)", "元/人·月", MetricKind.Stock,
            "max(amount)", "valid_from", EndColumn: "valid_until", Decimals: 0, Section: 3),
        new("assistance.dibao.households", "assistance_enrolments", "在册低保家庭", "Dibao households enrolled", "户", MetricKind.Stock,
            "count(*)", "enrol_from", EndColumn: "stopped_from", Filter: "programme = 'Mlg'", Section: 3),
        new("assistance.dibao.persons", "assistance_enrolment_members", "在册低保人数", "Dibao persons enrolled", "人", MetricKind.Stock,
            "count(*)", "member_from", EndColumn: "member_until", Filter: "programme = 'Mlg'", Section: 3),
        new("assistance.lowincome.households", "assistance_enrolments", "在册低收入家庭", "Low-income households enrolled", "户", MetricKind.Stock,
            "count(*)", "enrol_from", EndColumn: "stopped_from", Filter: "programme = 'LowIncome'", Section: 3),
        new("assistance.tekun.persons", "assistance_enrolment_members", "在册特困供养人员", "Persons in extreme-poverty support (tekun)", "人", MetricKind.Stock,
            "count(*)", "member_from", EndColumn: "member_until", Filter: "programme = 'ExtremePoverty'", Section: 3),
        new("assistance.payments.amount", "assistance_payment_lines", "发放救助金", "Assistance paid in payment runs", "元", MetricKind.Flow,
            "sum(amount)", "month", Filter: "paid = 1", Decimals: 2, Section: 3),
        new("assistance.temporary.cases", "assistance_temporary_cases", "临时救助", "Temporary assistance granted", "件", MetricKind.Flow,
            "count(*)", "decided_on", Filter: "granted = 1", Section: 3),
        new("assistance.temporary.amount", "assistance_temporary_cases", "临时救助金额", "Temporary assistance amount granted", "元", MetricKind.Flow,
            "sum(approved_amount)", "decided_on", Filter: "granted = 1", Decimals: 2, Section: 3),
        new("assistance.plans.reached.households", "assistance_support_plans", "帮扶目标达成家庭", "Households whose support plan reached its targets", "户", MetricKind.Flow,
            "count(*)", "ended_on", Filter: "achieved = 1", Section: 3),
        new("assistance.plans.reached.persons", "assistance_support_plans", "帮扶目标达成家庭人口", "Persons in households whose support plan reached its targets", "人", MetricKind.Flow,
            "sum(persons)", "ended_on", Filter: "achieved = 1", Section: 3),
    ];

    /// <summary>"[+1 col]" is the day after a last-day-in-force date, which neither database writes the same way.</summary>
    private static ReportingView View(string name, string title, string sql, IReadOnlyList<ReportingColumn> columns) =>
        new(name, "assistance", title, PlusOne().Replace(sql, m => $"({m.Groups[1].Value} + 1)"), columns,
            PlusOne().IsMatch(sql) ? PlusOne().Replace(sql, m => $"date({m.Groups[1].Value}, '+1 day')") : null);

    [GeneratedRegex(@"\[\+1 ([a-z_.]+)\]")]
    private static partial Regex PlusOne();
}
