using CivilAffairs.Platform.Seeding;
using CivilAffairs.Reporting.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>
/// Three tables after the bureau's usual returns, written against the stable metric keys
/// (METRICS-10). The form marks (表号, 批准文号, 有效期至) are inferred (推定): the bureau must
/// replace them with those of the statistical system in force. A table citing a metric that no
/// module publishes yet shows "—" in that row until it does.
/// </summary>
internal sealed class StatReportsSeeder(ReportingDb db, TimeProvider clock) : ISeeder
{
    public int Order => 9_000;

    private const string Authority = "深圳市民政局";

    public static IReadOnlyList<StatTableRequest> Tables { get; } =
    [
        new("民统1表", "社会救助情况（月报）", "深民统1表", Authority, "深民函〔2018〕96号（推定）", new DateOnly(2027, 12, 31),
            StatPeriodKind.Monthly, 5, StatRowMode.Divisions, [],
            [
                new("低保户数", "assistance.dibao.households"), new("低保人数", "assistance.dibao.persons"),
                new("低保人数增减%", "assistance.dibao.persons", StatMeasure.Change), new("特困供养人数", "assistance.tekun.persons"),
                new("临时救助件数", "assistance.temporary.cases"), new("临时救助金额", "assistance.temporary.amount"),
                new("救助资金支出", "assistance.payments.amount"),
            ]),
        new("民统2表", "养老服务情况（季报）", "深民统2表", Authority, "深民函〔2018〕96号（推定）", new DateOnly(2027, 12, 31),
            StatPeriodKind.Quarterly, 10, StatRowMode.List,
            [
                new("养老床位总数", "eldercare.beds.total"), new("新增养老床位", "eldercare.beds.new"),
                new("日间照料中心", "eldercare.daycare.centres"), new("与医疗机构签约的日间照料中心", "eldercare.daycare.signed"),
                new("日间照料中心签约率", "eldercare.daycare.signed.rate"), new("长者助餐服务机构", "eldercare.meal.providers"),
                new("长者助餐服务人次", "eldercare.meals.served"), new("居家适老化改造完成户数", "eldercare.adaptations.completed"),
                new("银龄安康行动参保老人", "eldercare.insurance.insured"),
            ],
            [new("本期", null), new("上年同期", null, StatMeasure.Previous), new("增减%", null, StatMeasure.Change)]),
        new("民统3表", "社会事务统计（年报）", "深民统3表", Authority, "深民函〔2018〕96号（推定）", new DateOnly(2027, 12, 31),
            StatPeriodKind.Yearly, 15, StatRowMode.List,
            [
                new("火化遗体", "funeral.cremations"), new("免除基本殡葬服务费用人数", "funeral.free.persons"),
                new("免除基本殡葬服务费用金额", "funeral.free.amount"), new("生态安葬奖补", "funeral.ecoburial.rewards"),
                new("结婚登记", "marriage.registrations"), new("婚姻登记预约", "marriage.bookings"),
                new("儿童福利机构在院儿童", "childwelfare.children"), new("明天计划手术康复", "childwelfare.surgeries"),
            ],
            [new("本期", null), new("上年同期", null, StatMeasure.Previous), new("增减%", null, StatMeasure.Change)]),
    ];

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var have = await db.StatTables.Select(t => t.Code).ToListAsync(ct);
        foreach (var r in Tables.Where(r => !have.Contains(r.Code!)))
        {
            db.StatTables.Add(new StatTable
            {
                Code = r.Code!, Title = r.Title!, FormNumber = r.FormNumber!, Authority = r.Authority!, ApprovalNumber = r.ApprovalNumber!,
                ValidUntil = r.ValidUntil, PeriodKind = r.PeriodKind!.Value, DueWorkingDays = r.DueWorkingDays!.Value,
                Layout = System.Text.Json.JsonSerializer.Serialize(new StatLayout(r.RowMode!.Value, r.Rows!, r.Columns!), StatRules.Json),
                UpdatedBy = "system", UpdatedAtUtc = clock.GetUtcNow().UtcDateTime, Version = 1,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
