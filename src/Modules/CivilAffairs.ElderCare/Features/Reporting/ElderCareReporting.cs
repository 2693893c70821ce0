using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.ElderCare.Features.Reporting;

/// <summary>
/// 养老服务's reporting contract: institutions (from opening until closed), bed changes, clinic
/// contracts, 银龄安康 cover, home adaptations and meals served. The institution code or case
/// number is the reference; elders' names, ID numbers and addresses stay in the module.
/// </summary>
internal sealed partial class ElderCareReporting : IReportingSource
{
    public string Module => "eldercare";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        View("eldercare_institutions", "养老机构和服务设施（一家一行）",
            """
            SELECT i.id AS id, i.division_code AS division_code, i.kind AS kind, i.ownership AS ownership, i.status AS status,
                   CASE WHEN i.status = 'Preparing' THEN NULL ELSE COALESCE(i.opened_on, {date:i.created_at_utc}) END AS opened_on,
                   CASE WHEN i.status = 'Closed' THEN COALESCE(
                        (SELECT max({date:c.at_utc}) FROM {eldercare.institution_status_changes} c WHERE c.institution_code = i.code AND c."to" = 'Closed'),
                        {date:i.updated_at_utc}) END AS closed_on,
                   i.code AS ref, '/eldercare/institutions/' || i.code AS link
            FROM {eldercare.institutions} i
            """,
            [new("ref", "机构编码"), new("kind", "类型"), new("ownership", "性质"), new("status", "状态"), new("opened_on", "开业日期"),
             new("closed_on", "关停日期"), new("division_code", "区划")]),
        View("eldercare_bed_changes", "养老床位增减（一次变动一行）",
            """
            SELECT b.id AS id, b.division_code AS division_code, i.kind AS kind, b.bed_type AS bed_type, b.delta AS delta,
                   CASE WHEN b.delta > 0 THEN b.delta ELSE 0 END AS added, b.changed_on AS changed_on,
                   b.institution_code AS ref, '/eldercare/institutions/' || b.institution_code AS link
            FROM {eldercare.bed_changes} b
            LEFT JOIN {eldercare.institutions} i ON i.code = b.institution_code
            """,
            [new("ref", "机构编码"), new("changed_on", "变动日期"), new("bed_type", "床位类型"), new("delta", "增减（张）"), new("division_code", "区划")]),
        View("eldercare_clinic_contracts", "养老机构与医疗机构签约（一份签约一行）",
            """
            SELECT k.id AS id, k.division_code AS division_code, i.kind AS kind, k."from" AS signed_from, [+1 k."to"] AS signed_until,
                   k.institution_code AS ref, '/eldercare/institutions/' || k.institution_code AS link
            FROM {eldercare.clinic_contracts} k
            JOIN {eldercare.institutions} i ON i.code = k.institution_code
            """,
            [new("ref", "机构编码"), new("kind", "机构类型"), new("signed_from", "签约起"), new("signed_until", "签约止（次日）"), new("division_code", "区划")]),
        View("eldercare_insurance_cover", "银龄安康参保（一人一行）",
            """
            SELECT r.id AS id, r.division_code AS division_code, r.covered_from AS covered_from, [+1 r.covered_until] AS covered_until,
                   r.id || '' AS ref, '/eldercare/elders/' || r.person_id AS link
            FROM {eldercare.insurance_roster} r
            """,
            [new("ref", "参保记录"), new("covered_from", "保障起"), new("covered_until", "保障止（次日）"), new("division_code", "区划")]),
        View("eldercare_adaptations", "居家适老化改造（一户一案一行）",
            """
            SELECT a.id AS id, a.division_code AS division_code, a.status AS status, a.applied_on AS applied_on,
                   a.checked_on AS checked_on, a.closed_on AS closed_on, a.cost_total AS cost_total, a.subsidy AS subsidy,
                   CASE WHEN a.status = 'Closed' THEN 1 ELSE 0 END AS completed,
                   a.case_number AS ref, '/eldercare/adaptations/' || a.id AS link
            FROM {eldercare.adaptation_cases} a
            """,
            [new("ref", "案件编号"), new("status", "状态"), new("applied_on", "申请日期"), new("closed_on", "验收结案日期"),
             new("subsidy", "补贴（元）"), new("division_code", "区划")]),
        View("eldercare_meals", "长者助餐（一餐一行）",
            """
            SELECT m.id AS id, m.division_code AS division_code, m.meal_date AS meal_date, m.meal AS meal, m."group" AS meal_group,
                   m.subsidy AS subsidy, CASE WHEN CAST(m.subsidy AS REAL) > 0 THEN 1 ELSE 0 END AS subsidised,
                   m.institution_code AS ref, '/eldercare/institutions/' || m.institution_code AS link
            FROM {eldercare.meal_records} m
            """,
            [new("ref", "助餐点"), new("meal_date", "日期"), new("meal", "餐次"), new("meal_group", "对象类别"), new("subsidy", "补贴（元）"),
             new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("eldercare.meal.providers", "eldercare_institutions", "长者助餐服务点", "Meal-aid providers", "家", MetricKind.Stock, "count(*)", "opened_on",
            EndColumn: "closed_on", Filter: "kind = 'MealProvider'", Section: 4),
        new("eldercare.institutions.residential", "eldercare_institutions", "养老机构", "Residential care institutions", "家", MetricKind.Stock, "count(*)",
            "opened_on", EndColumn: "closed_on", Filter: "kind IN ('NursingHome', 'CareHome')", Section: 4),
        new("eldercare.beds.total", "eldercare_bed_changes", "养老床位", "Beds in institutions", "张", MetricKind.Stock, "sum(delta)", "changed_on", Section: 4),
        new("eldercare.beds.new", "eldercare_bed_changes", "新增养老床位", "Beds added", "张", MetricKind.Flow, "sum(added)", "changed_on", Section: 4),
        new("eldercare.daycare.centres", "eldercare_institutions", "日间照料中心", "Day-care centres", "家", MetricKind.Stock, "count(*)", "opened_on",
            EndColumn: "closed_on", Filter: "kind = 'DayCareCenter'", Section: 4),
        new("eldercare.daycare.signed", "eldercare_clinic_contracts", "与医疗机构签约的日间照料中心", "Day-care centres with a signed clinic", "家",
            MetricKind.Stock, "count(distinct ref)", "signed_from", EndColumn: "signed_until", Filter: "kind = 'DayCareCenter'", Section: 4),
        new("eldercare.daycare.signed.rate", "eldercare_clinic_contracts", "日间照料中心医养签约率", "Share of day-care centres with a signed clinic", "%",
            MetricKind.Ratio, "", null, Numerator: "eldercare.daycare.signed", Denominator: "eldercare.daycare.centres", Decimals: 1, Section: 4),
        new("eldercare.insurance.insured", "eldercare_insurance_cover", "银龄安康参保老人", "Elders insured by Yinling Ankang", "人", MetricKind.Stock,
            "count(*)", "covered_from", EndColumn: "covered_until", Section: 4),
        new("eldercare.adaptations.completed", "eldercare_adaptations", "完成适老化改造", "Home adaptations accepted", "户", MetricKind.Flow,
            "count(*)", "closed_on", Filter: "completed = 1", Section: 4),
        new("eldercare.meals.served", "eldercare_meals", "长者助餐补贴餐次", "Subsidised meals served", "人次", MetricKind.Flow,
            "count(*)", "meal_date", Filter: "subsidised = 1", Section: 4),
        new("eldercare.meals.subsidy", "eldercare_meals", "长者助餐补贴金额", "Meal subsidies", "元", MetricKind.Flow,
            "sum(subsidy)", "meal_date", Decimals: 2, Section: 4),
    ];

    /// <summary>"[+1 col]" is the day after a last-day-in-force date, which neither database writes the same way.</summary>
    private static ReportingView View(string name, string title, string sql, IReadOnlyList<ReportingColumn> columns) =>
        new(name, "eldercare", title, PlusOne().Replace(sql, m => $"({m.Groups[1].Value} + 1)"), columns,
            PlusOne().IsMatch(sql) ? PlusOne().Replace(sql, m => $"date({m.Groups[1].Value}, '+1 day')") : null);

    [GeneratedRegex(@"\[\+1 ([a-z_.""]+)\]")]
    private static partial Regex PlusOne();
}
