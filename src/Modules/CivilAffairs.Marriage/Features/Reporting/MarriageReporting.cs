using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Marriage.Features.Reporting;

/// <summary>
/// 婚姻登记's reporting contract. A booking carries its booking code, a registration its certificate
/// number — business numbers; the parties' names, ID numbers and phones stay in the module.
/// </summary>
internal sealed class MarriageReporting : IReportingSource
{
    public string Module => "marriage";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        // booked_on is the China-time day the booking was made (the timestamps are UTC)
        new("marriage_bookings", "marriage", "婚姻登记预约（一次预约一行；改约后的原预约标记为已改约）",
            Bookings(sqlite: false),
            [new("ref", "预约码"), new("booked_on", "预约日期"), new("session_date", "办理日期"), new("service_type", "业务"),
             new("channel", "渠道"), new("status", "状态"), new("division_code", "区划")],
            Bookings(sqlite: true)),
        new("marriage_registrations", "marriage", "婚姻登记（一次登记一行）",
            """
            SELECT r.id AS id, r.division_code AS division_code, r.certificate_number AS ref, r.service_type AS service_type,
                   r.registered_on AS registered_on, CASE WHEN r.appointment_id IS NULL THEN 0 ELSE 1 END AS booked,
                   CASE WHEN a.code IS NULL THEN NULL ELSE '/marriage/desk/' || a.code END AS link
            FROM {marriage.registrations} r LEFT JOIN {marriage.appointments} a ON a.id = r.appointment_id
            """,
            [new("ref", "证件字号"), new("service_type", "业务"), new("registered_on", "登记日期"), new("division_code", "区划")]),
        // held: open and its day has come (the database's current date; the figures of a past month are final)
        new("marriage_sessions", "marriage", "婚姻登记场次（一个半天一行）",
            """
            SELECT s.id AS id, s.division_code AS division_code, s.date AS session_date, s.period AS period, s.kind AS kind,
                   CASE WHEN s.is_closed THEN 1 ELSE 0 END AS closed,
                   CASE WHEN s.is_closed THEN 0 WHEN s.date <= CURRENT_DATE THEN 1 ELSE 0 END AS held,
                   '/marriage/sessions' AS link
            FROM {marriage.sessions} s
            """,
            [new("session_date", "日期"), new("period", "时段"), new("kind", "场次类型"), new("held", "已开放办理"), new("division_code", "区划")]),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("marriage.bookings", "marriage_bookings", "结婚登记预约", "Marriage-registration bookings", "对", MetricKind.Flow,
            "count(*)", "booked_on", Filter: "service_type = 'Marriage' AND cancelled = 0 AND rescheduled = 0", Section: 9),
        new("marriage.bookings.online", "marriage_bookings", "结婚登记网上（微信）预约", "Marriage bookings made online", "对", MetricKind.Flow,
            "count(*)", "booked_on", Filter: "service_type = 'Marriage' AND cancelled = 0 AND rescheduled = 0 AND online = 1", Section: 9),
        new("marriage.registrations", "marriage_registrations", "结婚登记", "Marriages registered", "对", MetricKind.Flow,
            "count(*)", "registered_on", Filter: "service_type = 'Marriage'", Section: 9),
        new("marriage.divorces", "marriage_registrations", "离婚登记", "Divorces registered", "对", MetricKind.Flow,
            "count(*)", "registered_on", Filter: "service_type = 'Divorce'", Section: 9),
        new("marriage.saturday.sessions", "marriage_sessions", "星期六婚姻登记场次", "Saturday sessions held", "场", MetricKind.Flow,
            "count(*)", "session_date", Filter: "kind = 'Saturday' AND held = 1", Section: 9),
        new("marriage.holiday.sessions", "marriage_sessions", "节假日及特别日婚姻登记场次", "Holiday and special-day sessions held", "场", MetricKind.Flow,
            "count(*)", "session_date", Filter: "kind IN ('Holiday', 'Special') AND held = 1", Section: 9),
    ];

    private static string Bookings(bool sqlite) =>
        $"""
        SELECT a.id AS id, a.division_code AS division_code, a.code AS ref, a.date AS session_date,
               {(sqlite ? "date(a.created_at_utc, '+8 hours')" : "CAST((a.created_at_utc AT TIME ZONE 'Asia/Shanghai') AS date)")} AS booked_on,
               a.service_type AS service_type, a.status AS status, a.channel AS channel,
               CASE WHEN a.channel = 'Online' THEN 1 ELSE 0 END AS online,
               CASE WHEN a.status = 'Cancelled' THEN 1 ELSE 0 END AS cancelled,
               CASE WHEN a.replaced_by_id IS NULL THEN 0 ELSE 1 END AS rescheduled,
               '/marriage/desk/' || a.code AS link
        FROM {"{marriage.appointments}"} a
        """;
}
