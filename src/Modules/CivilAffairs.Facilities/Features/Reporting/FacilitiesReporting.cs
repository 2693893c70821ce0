using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Facilities.Features.Reporting;

/// <summary>
/// 设施与项目's reporting contract: projects with the dates each stage was reached, the institution
/// registry, safety inspections and hidden dangers. Rows carry registry or project numbers, never
/// the responsible persons of the risk list or the institutions' addresses.
/// </summary>
internal sealed class FacilitiesReporting : IReportingSource
{
    public string Module => "facilities";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        // A project counts from its registration here or its 立项, whichever came first (projects are often entered after approval).
        new("facilities_projects", "facilities", "“9+3”等民政设施建设项目（一项一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, p.number AS ref, '/facilities/projects/' || p.id AS link,
                   p.kind AS kind, p.level AS level, p.delivery AS delivery, p.investment AS investment,
                   CASE WHEN st.approved_on IS NOT NULL AND st.approved_on < {date:p.created_at_utc} THEN st.approved_on ELSE {date:p.created_at_utc} END AS registered_on,
                   st.approved_on AS approved_on, st.started_on AS started_on, st.completed_on AS completed_on, st.operating_on AS operating_on
            FROM {facilities.projects} p
            LEFT JOIN (SELECT s.project_id AS project_id,
                              max(CASE WHEN s.stage = 'Approval' THEN s.actual_on END) AS approved_on,
                              max(CASE WHEN s.stage = 'Construction' THEN s.actual_on END) AS started_on,
                              max(CASE WHEN s.stage = 'Completion' THEN s.actual_on END) AS completed_on,
                              max(CASE WHEN s.stage = 'Operation' THEN s.actual_on END) AS operating_on
                       FROM {facilities.project_stages} s GROUP BY s.project_id) st ON st.project_id = p.id
            """,
            [new("ref", "项目编号"), new("kind", "类别"), new("level", "层级"), new("investment", "总投资（元）"), new("approved_on", "立项日期"),
             new("started_on", "开工日期"), new("completed_on", "竣工日期"), new("operating_on", "运营日期"), new("division_code", "区划")]),
        // The registry keeps no closing date: a closed institution stops counting on its last update.
        new("facilities_institutions", "facilities", "民政服务设施名录（一家一行）",
            """
            SELECT f.id AS id, f.division_code AS division_code, f.code AS ref, '/facilities/institutions/' || f.id AS link,
                   f.type AS type, f.ownership AS ownership, f.status AS status, f.capacity AS capacity, f.capacity_unit AS capacity_unit,
                   f.source_module AS source_module, {date:f.created_at_utc} AS registered_on,
                   CASE WHEN f.status = 'Closed' THEN {date:f.updated_at_utc} END AS closed_on
            FROM {facilities.facilities} f
            """,
            [new("ref", "名录编号"), new("type", "类型"), new("ownership", "举办方式"), new("status", "状态"), new("capacity", "规模"),
             new("registered_on", "登记日期"), new("division_code", "区划")]),
        new("facilities_safety_inspections", "facilities", "安全生产检查（一次一行）",
            """
            SELECT i.id AS id, i.division_code AS division_code, i.number AS ref, '/facilities/safety' AS link,
                   i.kind AS kind, f.type AS facility_type, i.inspected_on AS inspected_on
            FROM {facilities.safety_inspections} i JOIN {facilities.facilities} f ON f.id = i.facility_id
            """,
            [new("ref", "检查编号"), new("inspected_on", "检查日期"), new("kind", "检查类别"), new("facility_type", "机构类型"), new("division_code", "区划")]),
        new("facilities_safety_hazards", "facilities", "安全隐患（一项一行）",
            """
            SELECT h.id AS id, h.division_code AS division_code, h.number AS ref, '/facilities/safety/hazards/' || h.id AS link,
                   h.level AS level, h.status AS status, f.type AS facility_type, h.found_on AS found_on, h.deadline AS deadline,
                   h.rectified_on AS rectified_on, h.verified_on AS verified_on,
                   CASE WHEN h.level = 'Major' THEN 1 ELSE 0 END AS major,
                   CASE WHEN h.rectified_on IS NOT NULL AND h.rectified_on > h.deadline THEN 1 ELSE 0 END AS rectified_late
            FROM {facilities.safety_hazards} h JOIN {facilities.facilities} f ON f.id = h.facility_id
            """,
            [new("ref", "隐患编号"), new("level", "等级"), new("status", "状态"), new("found_on", "发现日期"), new("deadline", "整改期限"),
             new("rectified_on", "整改完成日期"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("facilities.projects.total", "facilities_projects", "民政设施建设项目", "Capital projects registered", "个", MetricKind.Stock,
            "count(*)", "registered_on", Section: 1),
        new("facilities.projects.approved", "facilities_projects", "已立项建设项目", "Capital projects approved", "个", MetricKind.Stock,
            "count(*)", "approved_on", Section: 1),
        new("facilities.projects.started", "facilities_projects", "已开工建设项目", "Capital projects under way", "个", MetricKind.Stock,
            "count(*)", "started_on", Section: 1),
        new("facilities.projects.completed", "facilities_projects", "竣工建设项目", "Capital projects completed", "个", MetricKind.Flow,
            "count(*)", "completed_on", Section: 1),
        new("facilities.projects.operating", "facilities_projects", "建成投入运营项目", "Capital projects opened", "个", MetricKind.Flow,
            "count(*)", "operating_on", Section: 1),
        new("facilities.institutions", "facilities_institutions", "民政服务设施", "Institutions in the registry", "家", MetricKind.Stock,
            "count(*)", "registered_on", EndColumn: "closed_on", Section: 1),
        new("facilities.safety.inspections", "facilities_safety_inspections", "安全生产检查", "Safety inspections", "次", MetricKind.Flow,
            "count(*)", "inspected_on", Section: 10),
        new("facilities.safety.hazards", "facilities_safety_hazards", "排查发现安全隐患", "Hidden dangers found", "项", MetricKind.Flow,
            "count(*)", "found_on", Section: 10),
        new("facilities.safety.hazards.major", "facilities_safety_hazards", "排查发现重大隐患", "Major hidden dangers found", "项", MetricKind.Flow,
            "count(*)", "found_on", Filter: "major = 1", Section: 10),
        new("facilities.safety.hazards.open", "facilities_safety_hazards", "未整改安全隐患", "Hidden dangers not yet rectified", "项", MetricKind.Stock,
            "count(*)", "found_on", EndColumn: "rectified_on", Section: 10),
    ];
}
