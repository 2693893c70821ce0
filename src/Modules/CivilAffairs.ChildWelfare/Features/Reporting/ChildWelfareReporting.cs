using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.ChildWelfare.Features.Reporting;

/// <summary>
/// 儿童福利's reporting contract: children in care (one row per child, from approval until they
/// leave) and 明天计划 cases. A child has no business number, so the row's key is the reference;
/// names, ID numbers, hukou, guardians and diagnoses stay in the module.
/// </summary>
internal sealed class ChildWelfareReporting : IReportingSource
{
    public string Module => "childwelfare";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("childwelfare_children", "childwelfare", "孤儿和困境儿童（一人一行）",
            """
            SELECT c.id AS id, c.division_code AS division_code, c.category AS category, c.status AS status, c.sex AS sex,
                   c.registered_on AS registered_on, c.approved_on AS approved_on, c.left_on AS left_on, c.leave_reason AS leave_reason,
                   CASE WHEN c.category = 'InstitutionalOrphan' THEN 1 ELSE 0 END AS institutional,
                   CASE WHEN c.category IN ('InstitutionalOrphan', 'DispersedOrphan') THEN 1 ELSE 0 END AS orphan,
                   c.id || '' AS ref, '/childwelfare/children/' || c.id AS link
            FROM {childwelfare.children} c
            """,
            [new("ref", "档案"), new("category", "类别"), new("status", "状态"), new("approved_on", "认定日期"), new("left_on", "退出日期"),
             new("division_code", "区划")]),
        new("childwelfare_tomorrow_cases", "childwelfare", "明天计划手术康复（一案一行）",
            """
            SELECT t.id AS id, t.division_code AS division_code, t.status AS status, t.applied_on AS applied_on,
                   t.approved_on AS approved_on, t.surgery_on AS surgery_on, t.closed_on AS closed_on, t.outcome AS outcome,
                   t.total_cost AS total_cost, t.lottery_fund AS lottery_fund,
                   t.id || '' AS ref, '/childwelfare/tomorrow-plan/' || t.id AS link
            FROM {childwelfare.tomorrow_cases} t
            """,
            [new("ref", "个案"), new("status", "状态"), new("applied_on", "申请日期"), new("surgery_on", "手术日期"),
             new("total_cost", "费用（元）"), new("lottery_fund", "彩票公益金（元）"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("childwelfare.children", "childwelfare_children", "在册孤儿和困境儿童", "Children in care", "名", MetricKind.Stock, "count(*)", "approved_on",
            EndColumn: "left_on", Section: 9),
        new("childwelfare.orphans", "childwelfare_children", "在册孤儿", "Orphans in care", "名", MetricKind.Stock, "count(*)", "approved_on",
            EndColumn: "left_on", Filter: "orphan = 1", Section: 9),
        new("childwelfare.surgeries", "childwelfare_tomorrow_cases", "明天计划手术康复", "Tomorrow Plan surgeries and rehabilitation", "名", MetricKind.Flow,
            "count(*)", "surgery_on", Section: 9),
        new("childwelfare.surgeries.fund", "childwelfare_tomorrow_cases", "明天计划彩票公益金支出", "Tomorrow Plan lottery fund spent", "元", MetricKind.Flow,
            "sum(lottery_fund)", "surgery_on", Decimals: 2, Section: 9),
    ];
}
