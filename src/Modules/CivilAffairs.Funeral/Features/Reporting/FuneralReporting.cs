using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Funeral.Features.Reporting;

/// <summary>
/// 殡葬's reporting contract: the views Reporting may read and the figures defined over them.
/// Views carry the case's certificate number as ref, never the deceased's name or ID number.
/// </summary>
internal sealed class FuneralReporting : IReportingSource
{
    public string Module => "funeral";

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
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("funeral.cremations", "funeral_cases", "火化遗体", "Cremations", "具", MetricKind.Flow, "count(*)", "cremated_on", Section: 9),
        new("funeral.free.persons", "funeral_cases", "免除基本殡葬服务费用人数", "Persons with free basic funeral services", "人", MetricKind.Flow,
            "count(*)", "cremated_on", Filter: "waiver_eligible = 1 AND waiver_amount > 0", Section: 9),
        new("funeral.free.amount", "funeral_cases", "免除基本殡葬服务费用金额", "Basic funeral fees waived", "元", MetricKind.Flow,
            "sum(waiver_amount)", "cremated_on", Filter: "waiver_eligible = 1", Decimals: 2, Section: 9),
    ];
}
