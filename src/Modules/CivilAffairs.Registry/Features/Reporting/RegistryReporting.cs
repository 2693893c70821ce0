using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Registry.Features.Reporting;

/// <summary>
/// 区划地名's boundary work as figures: lines and joint inspections. A line involves two places;
/// its row belongs to the Shenzhen side, or, when both sides lie in Shenzhen, to the district they
/// share, else to the city (which organises inspections between its districts).
/// </summary>
internal sealed class RegistryReporting : IReportingSource
{
    // the place a line's rows count for (see the class summary)
    private const string LinePlace =
        """
        CASE WHEN l.side_a_code LIKE '4403%' AND l.side_b_code LIKE '4403%'
             THEN CASE WHEN length(l.side_a_code) >= 6 AND substr(l.side_a_code, 1, 6) = substr(l.side_b_code, 1, 6) THEN substr(l.side_a_code, 1, 6) ELSE '4403' END
             WHEN l.side_a_code LIKE '4403%' THEN l.side_a_code ELSE l.side_b_code END
        """;

    public string Module => "registry";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("registry_boundary_lines", "registry", "行政区域界线（一条一行）",
            $"""
            SELECT l.id AS id, {LinePlace} AS division_code, l.level AS level, l.length_km AS length_km,
                   l.agreement_date AS agreement_date, l.name AS ref, '/registry/boundaries/' || l.id AS link
            FROM {"{registry.boundary_lines}"} l
            """,
            [new("ref", "界线"), new("level", "级别"), new("length_km", "长度（公里）"), new("agreement_date", "协议日期"), new("division_code", "区划")]),
        new("registry_boundary_inspections", "registry", "界线联合检查（一条界线一轮一行）",
            $"""
            SELECT i.id AS id, {LinePlace} AS division_code, l.level AS level, i.round AS round, i.start_date AS start_date,
                   i.end_date AS end_date, l.length_km AS length_km,
                   (SELECT count(*) FROM {"{registry.boundary_inspection_findings}"} f WHERE f.inspection_id = i.id AND f.found_status <> '完好') AS markers_needing_repair,
                   l.name || ' 第' || i.round || '轮' AS ref, '/registry/boundaries/' || l.id AS link
            FROM {"{registry.boundary_inspections}"} i
            JOIN {"{registry.boundary_lines}"} l ON l.id = i.line_id
            """,
            [new("ref", "界线及轮次"), new("start_date", "开始日期"), new("end_date", "结束日期"), new("markers_needing_repair", "需修复界桩"),
             new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("registry.boundary.inspections", "registry_boundary_inspections", "界线联合检查", "Joint boundary inspections completed", "次", MetricKind.Flow,
            "count(*)", "end_date", Section: 6),
        new("registry.boundary.inspected.km", "registry_boundary_inspections", "联检界线长度", "Length of boundary lines inspected", "公里", MetricKind.Flow,
            "sum(length_km)", "end_date", Decimals: 2, Section: 6),
        new("registry.boundary.lines", "registry_boundary_lines", "已勘定行政区域界线", "Boundary lines with an agreement", "条", MetricKind.Stock,
            "count(*)", "agreement_date", Section: 6),
    ];
}
