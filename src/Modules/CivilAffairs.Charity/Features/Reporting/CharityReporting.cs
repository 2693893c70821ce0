using System.Text.RegularExpressions;
using CivilAffairs.Contracts.Reporting;

namespace CivilAffairs.Charity.Features.Reporting;

/// <summary>
/// 慈善与福彩's reporting contract. Donations carry their receipt number, sales the outlet's code;
/// donors, pledgers, outlet operators and applicants never appear. Lottery months and the fund are
/// a city-level account (division 4403).
/// </summary>
internal sealed partial class CharityReporting : IReportingSource
{
    public string Module => "charity";

    public IReadOnlyList<ReportingView> Views { get; } =
    [
        new("charity_donations", "charity", "登记的捐赠（一笔一行）",
            """
            SELECT d.id AS id, d.division_code AS division_code, d.receipt_number AS ref, d.credit_code AS recipient_code,
                   d.donor_kind AS donor_kind, d.form AS form, d.purpose AS purpose, d.status AS status,
                   CASE WHEN d.status = 'Valid' THEN 1 ELSE 0 END AS valid, d.amount AS amount, d.received_on AS received_on,
                   c.kind AS campaign_kind, '/charity/donations/' || d.id AS link
            FROM {charity.donations} d LEFT JOIN {charity.campaigns} c ON c.id = d.campaign_id
            """,
            [new("ref", "票据号"), new("recipient_code", "受赠组织信用代码"), new("form", "形式"), new("amount", "金额（元）"),
             new("received_on", "接收日期"), new("status", "状态"), new("division_code", "区划")]),
        new("charity_pledges", "charity", "慈善认捐（一笔认捐一行）",
            """
            SELECT p.id AS id, p.division_code AS division_code, c.kind AS campaign_kind,
                   CASE WHEN c.kind = 'CharityFair' THEN 1 ELSE 0 END AS charity_fair, p.amount AS amount, p.delivered AS delivered,
                   p.status AS status, p.pledged_on AS pledged_on, p.due_on AS due_on, '/charity/pledges/' || p.id AS link
            FROM {charity.pledges} p JOIN {charity.campaigns} c ON c.id = p.campaign_id
            """,
            [new("campaign_kind", "活动类型"), new("amount", "认捐金额（元）"), new("delivered", "已到位（元）"), new("status", "到位状态"),
             new("pledged_on", "认捐日期"), new("division_code", "区划")]),
        new("charity_lottery_sales", "charity", "福利彩票销售（一个销售站点一月一玩法一行）",
            Lottery(SalesSql, sqlite: false),
            [new("ref", "销售站点编号"), new("month", "月份"), new("game", "玩法"), new("amount", "销售额（元）"), new("division_code", "区划")],
            Lottery(SalesSql, sqlite: true)),
        new("charity_lottery_months", "charity", "福彩公益金月度结算（一月一行，市级）",
            Lottery(MonthsSql, sqlite: false),
            [new("ref", "月份"), new("status", "状态"), new("sales", "销售额（元）"), new("fund_raised", "筹集公益金（元）"), new("local_fund", "留归本市（元）")],
            Lottery(MonthsSql, sqlite: true)),
        new("charity_lottery_grants", "charity", "福彩公益金资助项目（一个项目一行）",
            Lottery(GrantsSql, sqlite: false),
            [new("ref", "资助编号"), new("year", "年度"), new("amount", "资助金额（元）"), new("status", "状态"), new("decided_on", "批准日期"),
             new("division_code", "区划")],
            Lottery(GrantsSql, sqlite: true)),
    ];

    public IReadOnlyList<ReportingMetric> Metrics { get; } =
    [
        new("charity.fair.pledged", "charity_pledges", "慈展会意向认捐金额", "Charity-fair pledges", "元", MetricKind.Flow,
            "sum(amount)", "pledged_on", Filter: "charity_fair = 1", Decimals: 2, Section: 8),
        new("charity.donations.amount", "charity_donations", "募集善款（物）", "Donations raised (money and goods)", "元", MetricKind.Flow,
            "sum(amount)", "received_on", Filter: "valid = 1", Decimals: 2, Section: 8),
        new("charity.donations.count", "charity_donations", "登记捐赠笔数", "Donations recorded", "笔", MetricKind.Flow,
            "count(*)", "received_on", Filter: "valid = 1", Section: 8),
        new("charity.lottery.sales", "charity_lottery_sales", "福利彩票销售额", "Welfare-lottery sales", "元", MetricKind.Flow,
            "sum(amount)", "month", Decimals: 2, Section: 8),
        new("charity.lottery.fund", "charity_lottery_months", "筹集福彩公益金（已结账月份）", "Welfare fund raised (closed months)", "元", MetricKind.Flow,
            "sum(fund_raised)", "month", Filter: "closed = 1", Decimals: 2, Section: 8),
        new("charity.lottery.grants.amount", "charity_lottery_grants", "批准福彩公益金资助", "Welfare-fund grants approved", "元", MetricKind.Flow,
            "sum(amount)", "decided_on", Filter: "approved = 1", Decimals: 2, Section: 8),
    ];

    private const string SalesSql =
        """
        SELECT s.id AS id, s.division_code AS division_code, s.outlet_code AS ref, s.month AS month, s.game AS game, s.amount AS amount,
               '/charity/lottery/sales/' || {month:s.month} AS link
        FROM {charity.lottery_sales} s
        """;

    private const string MonthsSql =
        """
        SELECT m.id AS id, '4403' AS division_code, {month:m.month} AS ref, m.month AS month, m.status AS status,
               CASE WHEN m.status = 'Closed' THEN 1 ELSE 0 END AS closed, m.sales AS sales, m.fund_raised AS fund_raised,
               m.local_fund AS local_fund, '/charity/lottery/sales/' || {month:m.month} AS link
        FROM {charity.lottery_months} m
        """;

    private const string GrantsSql =
        """
        SELECT g.id AS id, g.division_code AS division_code, g.number AS ref, g.year AS year, g.applicant_kind AS applicant_kind,
               CASE WHEN g.is_brand THEN 1 ELSE 0 END AS brand, g.amount AS amount, g.status AS status,
               CASE WHEN g.status = 'Approved' THEN 1 ELSE 0 END AS approved, {cndate:g.decided_at_utc} AS decided_on,
               '/charity/lottery/grants/' || g.id AS link
        FROM {charity.lottery_grants} g
        """;

    /// <summary>The provider's month label (yyyy-MM) and China-time date of a UTC timestamp, which the common tokens lack.</summary>
    private static string Lottery(string sql, bool sqlite)
    {
        sql = MonthToken().Replace(sql,
            m => sqlite ? $"substr({m.Groups[1].Value}, 1, 7)" : $"to_char({m.Groups[1].Value}, 'YYYY-MM')");
        return ChinaDateToken().Replace(sql,
            m => sqlite ? $"date({m.Groups[1].Value}, '+8 hours')" : $"CAST(({m.Groups[1].Value} AT TIME ZONE 'Asia/Shanghai') AS date)");
    }

    [GeneratedRegex(@"\{month:([a-z_.]+)\}")]
    private static partial Regex MonthToken();

    [GeneratedRegex(@"\{cndate:([a-z_.]+)\}")]
    private static partial Regex ChinaDateToken();
}
