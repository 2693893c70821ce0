using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Funeral.Features.Reporting;

/// <summary>
/// 殡葬's reporting contract: the views Reporting may read and the figures defined over them.
/// Views carry the case's certificate number or the application's number as ref, never the
/// deceased's or the applicant's name, ID number, phone or bank account.
/// </summary>
internal sealed class FuneralReporting : IReportingSource
{
    public string Module => "funeral";

    // money compares as a number: SQLite keeps decimals as text, and '0.0' > 0 holds for text
    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("funeral_cases", "funeral", "火化的逝者（一案一行）",
            """
            SELECT c.id AS id, c.division_code AS division_code, c.died_on AS died_on, c.cremated_on AS cremated_on,
                   c.status AS status, CASE WHEN c.waiver_eligible THEN 1 ELSE 0 END AS waiver_eligible, c.waiver_amount AS waiver_amount,
                   c.charged_total AS charged_total, c.cremation_certificate_number AS ref,
                   '/funeral/cases/' || c.id AS link
            FROM {funeral.death_cases} c
            """,
            [new("ref", "火化证号"), new("died_on", "死亡日期"), new("cremated_on", "火化日期"), new("status", "状态"),
             new("waiver_amount", "免除金额（元）"), new("division_code", "区划")]),
        // months recorded case by case give one row per deceased; months before the platform (2018) were
        // imported from the former system as approved monthly claim totals per funeral home, one row each
        new("funeral_free_services", "funeral", "免除基本殡葬服务费用（逐案一行；系统上线前的月份为导入的殡仪馆月度申领合计一行）",
            """
            SELECT c.division_code AS division_code, c.cremation_certificate_number AS ref, c.cremated_on AS served_on,
                   1 AS persons, c.waiver_amount AS amount, 'case' AS source, '/funeral/cases/' || c.id AS link
            FROM {funeral.death_cases} c
            WHERE c.waiver_eligible = {true} AND CAST(c.waiver_amount AS REAL) > 0 AND c.cremated_on IS NOT NULL
            UNION ALL
            SELECT w.division_code AS division_code, NULL AS ref, w.month AS served_on,
                   w.cases AS persons, w.amount AS amount, 'import' AS source, '/funeral/claims' AS link
            FROM {funeral.waiver_claims} w
            WHERE w.imported = {true} AND w.status = 'Approved'
            """,
            [new("ref", "火化证号"), new("served_on", "火化日期（导入为月份）"), new("persons", "人数"), new("amount", "免除金额（元）"),
             new("source", "来源"), new("division_code", "区划")]),
        new("funeral_eco_burials", "funeral", "节地生态安葬奖励申请（一份骨灰一行）",
            """
            SELECT a.id AS id, a.division_code AS division_code, a.number AS ref, a.burial_type AS burial_type, a.status AS status,
                   CASE WHEN a.shenzhen_hukou THEN 1 ELSE 0 END AS shenzhen_hukou,
                   CASE WHEN a.organised_by_civil_affairs THEN 1 ELSE 0 END AS organised_by_civil_affairs,
                   a.accepted_on AS accepted_on, a.burial_date AS burial_date, a.decided_on AS decided_on, a.paid_on AS paid_on,
                   COALESCE(a.reward_amount, 0) AS reward_amount,
                   CASE WHEN a.status IN ('Approved', 'Paid') THEN 1 ELSE 0 END AS approved,
                   CASE WHEN a.status IN ('Approved', 'Paid') AND CAST(a.reward_amount AS REAL) > 0 THEN 1 ELSE 0 END AS rewarded,
                   '/funeral/eco-burials/' || a.id AS link
            FROM {funeral.eco_burials} a
            """,
            [new("ref", "申请编号"), new("burial_type", "安葬方式"), new("status", "状态"), new("burial_date", "安葬日期"),
             new("decided_on", "审批日期"), new("reward_amount", "奖励金额（元）"), new("division_code", "区划")]),
        new("funeral_sea_burials", "funeral", "海葬航次（一航次一行，市级）",
            """
            SELECT e.id AS id, '4403' AS division_code, e.sequence AS sequence, e.date AS voyage_date, e.status AS status,
                   e.ashes_taken AS ashes_taken, e.seats_taken AS seats_taken, '/funeral/sea-burials/' || e.id AS link
            FROM {funeral.sea_burial_events} e
            """,
            [new("sequence", "航次"), new("voyage_date", "日期"), new("status", "状态"), new("ashes_taken", "骨灰（份）"), new("seats_taken", "随船家属（人）")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("funeral.cremations", "funeral_cases", "火化遗体", "Cremations", "具", MetricKind.Flow, "count(*)", "cremated_on", Section: 9),
        new("funeral.free.persons", "funeral_free_services", "免除基本殡葬服务费用人数", "Persons with free basic funeral services", "人", MetricKind.Flow,
            "sum(persons)", "served_on", Section: 9),
        new("funeral.free.amount", "funeral_free_services", "免除基本殡葬服务费用金额", "Basic funeral fees waived", "元", MetricKind.Flow,
            "sum(amount)", "served_on", Decimals: 2, Section: 9),
        new("funeral.ecoburials", "funeral_eco_burials", "节地生态安葬（已审批）", "Eco-burials approved", "例", MetricKind.Flow,
            "count(*)", "decided_on", Filter: "approved = 1", Section: 9),
        new("funeral.ecoburial.rewards", "funeral_eco_burials", "发放节地生态安葬奖励", "Eco-burial rewards granted", "例", MetricKind.Flow,
            "count(*)", "decided_on", Filter: "rewarded = 1", Section: 9),
        new("funeral.ecoburial.rewards.amount", "funeral_eco_burials", "节地生态安葬奖励金额", "Eco-burial rewards amount", "元", MetricKind.Flow,
            "sum(reward_amount)", "decided_on", Filter: "rewarded = 1", Decimals: 2, Section: 9),
        new("funeral.sea.voyages", "funeral_sea_burials", "海葬航次", "Sea-burial voyages held", "次", MetricKind.Flow,
            "count(*)", "voyage_date", Filter: "status = 'Done'", Section: 9),
    ];
}
