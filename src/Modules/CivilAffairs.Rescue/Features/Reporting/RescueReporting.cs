using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Rescue.Features.Reporting;

/// <summary>
/// 救助管理's reporting contract: station cases (one row per intake) and reunions. The case
/// number is the reference; names, ID numbers, where the person was found and their features
/// stay in the module.
/// </summary>
internal sealed class RescueReporting : IReportingSource
{
    public string Module => "rescue";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("rescue_cases", "rescue", "救助站受助人员（一次入站一行）",
            """
            SELECT c.id AS id, c.division_code AS division_code, c.status AS status, c.category AS category, c.found_by AS found_by,
                   {date:c.admitted_at_utc} AS admitted_on, {date:COALESCE(c.left_at_utc, c.closed_at_utc)} AS left_on,
                   CASE WHEN c.category = 'Minor' THEN 1 ELSE 0 END AS minor,
                   CASE WHEN c.police_escorted THEN 1 ELSE 0 END AS police_escorted,
                   c.case_number AS ref, '/rescue/cases/' || c.id AS link
            FROM {rescue.cases} c
            """,
            [new("ref", "案件编号"), new("admitted_on", "入站日期"), new("left_on", "离站日期"), new("category", "类别"), new("status", "状态"),
             new("division_code", "区划")]),
        new("rescue_reunions", "rescue", "寻亲成功返家（一人一行）",
            """
            SELECT r.id AS id, r.division_code AS division_code, r.channel AS channel, r.reunited_on AS reunited_on,
                   CASE WHEN r.report_id IS NULL THEN 0 ELSE 1 END AS from_report,
                   c.case_number AS ref, '/rescue/reunions/' || r.id AS link
            FROM {rescue.reunions} r
            JOIN {rescue.cases} c ON c.id = r.case_id
            """,
            [new("ref", "案件编号"), new("reunited_on", "返家日期"), new("channel", "寻亲渠道"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("rescue.intakes", "rescue_cases", "救助站入站救助", "Station intakes", "人次", MetricKind.Flow, "count(*)", "admitted_on", Section: 3),
        new("rescue.intakes.minors", "rescue_cases", "救助未成年人", "Minors taken in", "人次", MetricKind.Flow, "count(*)", "admitted_on",
            Filter: "minor = 1", Section: 3),
        new("rescue.incare", "rescue_cases", "在站受助人员", "Persons in the station's care", "人", MetricKind.Stock, "count(*)", "admitted_on",
            EndColumn: "left_on", Section: 3),
        new("rescue.reunions", "rescue_reunions", "寻亲成功返家", "Reunited with their families through family search", "人", MetricKind.Flow,
            "count(*)", "reunited_on", Section: 3),
    ];
}
