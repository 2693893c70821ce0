using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Disaster.Features.Reporting;

/// <summary>
/// 自然灾害救助's reporting contract: events, affected households and shelter stays. An event is
/// recorded for the whole city (it names the places it affected in free text), so its row counts
/// for the city; households and shelter stays carry their own place. No head-of-household names,
/// ID numbers or addresses, and no occupant names.
/// </summary>
internal sealed class DisasterReporting : IReportingSource
{
    public string Module => "disaster";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("disaster_events", "disaster", "灾害事件（一次灾害一行）",
            """
            SELECT e.id AS id, '4403' AS division_code, e.type AS type, e.level AS level, e.start_date AS start_date,
                   e.end_date AS end_date, e.number AS ref, '/disaster/events/' || e.id AS link
            FROM {disaster.events} e
            """,
            [new("ref", "灾害编号"), new("type", "灾种"), new("level", "等级"), new("start_date", "开始日期"), new("end_date", "结束日期")]),
        new("disaster_households", "disaster", "受灾家庭（一次灾害一户一行）",
            """
            SELECT h.id AS id, h.division_code AS division_code, e.type AS type, {date:h.created_at_utc} AS recorded_on,
                   e.start_date AS event_date, h.members AS members, h.damage AS damage,
                   CASE WHEN h.damage IN ('Severe', 'Collapsed') THEN 1 ELSE 0 END AS severe,
                   h.injured AS injured, h.dead AS dead, h.missing AS missing, h.property_loss AS property_loss,
                   e.number AS ref, '/disaster/events/' || e.id || '/households' AS link
            FROM {disaster.households} h
            JOIN {disaster.events} e ON e.id = h.event_id
            """,
            [new("ref", "灾害编号"), new("recorded_on", "登记日期"), new("members", "人口"), new("damage", "房屋损毁"),
             new("property_loss", "财产损失（元）"), new("division_code", "区划")]),
        new("disaster_shelter_stays", "disaster", "避灾安置（一人一次入住一行）",
            """
            SELECT o.id AS id, o.division_code AS division_code, {date:o.checked_in_at_utc} AS checked_in_on,
                   {date:o.checked_out_at_utc} AS checked_out_on, e.number AS ref, '/disaster/shelters/' || o.opening_id AS link
            FROM {disaster.shelter_occupants} o
            JOIN {disaster.shelter_openings} s ON s.id = o.opening_id
            JOIN {disaster.events} e ON e.id = s.event_id
            """,
            [new("ref", "灾害编号"), new("checked_in_on", "入住日期"), new("checked_out_on", "离开日期"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("disaster.events", "disaster_events", "灾害事件", "Disaster events recorded", "次", MetricKind.Flow, "count(*)", "start_date", Section: 3),
        new("disaster.relocated", "disaster_shelter_stays", "紧急转移安置", "Persons sheltered (check-ins at shelters)", "人", MetricKind.Flow,
            "count(*)", "checked_in_on", Section: 3),
        new("disaster.households", "disaster_households", "受灾家庭", "Households affected by the period's disasters", "户", MetricKind.Flow, "count(*)", "event_date", Section: 3),
        new("disaster.households.severe", "disaster_households", "房屋严重损坏或倒塌家庭", "Households with houses severely damaged or collapsed", "户",
            MetricKind.Flow, "count(*)", "event_date", Filter: "severe = 1", Section: 3),
    ];
}
