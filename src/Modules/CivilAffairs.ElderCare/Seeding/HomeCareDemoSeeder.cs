using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// Demo home care: approved subsidies for demo elders in 福田街道 (440304004) and 南头街道 (440305001)
/// (介护 with a diagnosis, 三无, 优抚), orders by 福田区乐龄居家养老服务中心 (JJ440304001) for last
/// month and this month (some for elders without a subsidy: self-paid), last month's bill waiting for
/// futian.street and the bill of three months ago paid. Dates are relative to today; the month
/// before last is left unbilled (the browser journey bills it).
/// </summary>
internal sealed class HomeCareDemoSeeder(ElderCareDb db, IServiceScopeFactory scopes, TimeProvider clock)
{
    private const string Provider = "JJ440304001";
    private static readonly string[] Workers = ["李丽华", "陈美玲", "黄志强", "周小燕"];
    private static readonly string[] Items = ["clean", "care", "meal", "escort", "comfort", "visit", "bath", "rehab"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.HomeCareSubsidies.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var inst = await db.Institutions.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.Code == Provider, ct);
        if (inst is null)
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        List<ElderInfo> futian, nanshan;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // the registry answers only within a jurisdiction: read as the system
            scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("homecare-demo");
            var elders = scope.ServiceProvider.GetRequiredService<IElderDirectory>();
            futian = [.. (await elders.QueryAsync(new ElderQuery(today, 62, null, "440304004", true, Take: 12), ct)).Items];
            nanshan = [.. (await elders.QueryAsync(new ElderQuery(today, 62, null, "440305001", true, Take: 4), ct)).Items];
        }
        if (futian.Count < 8)
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var profiles = await db.Profiles.IgnoreQueryFilters().ToDictionaryAsync(p => p.PersonId, ct);
        var counters = new Dictionary<int, int>();
        var subsidised = new Dictionary<string, HomeCareSubsidy>();
        // 10 in 福田 and 4 in 南山 get a subsidy; the last 2 in 福田 are served self-paid
        var withSubsidy = futian.Take(10).Concat(nanshan).ToList();
        for (var i = 0; i < withSubsidy.Count; i++)
        {
            var e = withSubsidy[i];
            var tier = (i % 3) switch { 0 => HomeCareTier.FullCare, _ => HomeCareTier.Priority };
            EnsureProfile(profiles, e, tier, i, now);
            var decided = thisMonth.AddMonths(-(6 + i % 9)).AddDays(9 + i);
            var year = decided.Year;
            counters[year] = counters.GetValueOrDefault(year) + 1;
            var amount = 300m;
            var s = new HomeCareSubsidy
            {
                Number = $"JY-{year}-{counters[year]:000000}", PersonId = e.PersonId, IdNumber = e.IdNumber.ToUpperInvariant(), DivisionCode = e.DivisionCode,
                Status = HomeCareSubsidyStatus.Approved, Tier = tier, MonthlyAmount = amount,
                Basis = $"演示数据：{(tier == HomeCareTier.FullCare ? "介护（有诊断证明）" : i % 3 == 1 ? "三无" : "优抚")}；参数 eldercare.homecare.subsidy.* 见参数表",
                AppliedOn = decided.AddDays(-12), AppliedBy = "futian.clerk", DecidedOn = decided, DecidedBy = "futian.street",
                StartMonth = new DateOnly(decided.Year, decided.Month, 1).AddMonths(1), LastCheckedOn = decided,
            };
            s.Events.Add(new HomeCareSubsidyEvent { Kind = "申请", Text = "演示数据", By = "futian.clerk", AtUtc = now });
            s.Events.Add(new HomeCareSubsidyEvent { Kind = "批准", Text = $"自{s.StartMonth:yyyy年M月}起每月{amount:0}元", By = "futian.street", AtUtc = now });
            db.HomeCareSubsidies.Add(s);
            subsidised[s.IdNumber] = s;
        }
        // one application waiting for the street
        var waiting = futian.Skip(10).First();
        EnsureProfile(profiles, waiting, HomeCareTier.Priority, 1, now);
        var y = today.Year;
        counters[y] = counters.GetValueOrDefault(y) + 1;
        var pending = new HomeCareSubsidy
        {
            Number = $"JY-{y}-{counters[y]:000000}", PersonId = waiting.PersonId, IdNumber = waiting.IdNumber.ToUpperInvariant(), DivisionCode = waiting.DivisionCode,
            Status = HomeCareSubsidyStatus.Submitted, Tier = HomeCareTier.Priority, MonthlyAmount = 300, Basis = "演示数据：三无；参数 eldercare.homecare.subsidy.priority=300",
            AppliedOn = today.AddDays(-3), AppliedBy = "futian.clerk", LastCheckedOn = today.AddDays(-3),
        };
        db.HomeCareSubsidies.Add(pending);
        foreach (var c in counters)
        {
            db.HomeCareCounters.Add(new HomeCareCounter { Year = c.Key, Last = c.Value });
        }
        // orders of JJ440304001 for the futian elders: 3 months ago (paid), last month (submitted) and this month (open)
        var served = futian.Take(8).Concat(futian.Skip(11).Take(1)).ToList();
        var paidBill = Bill(inst, thisMonth.AddMonths(-3), HomeCareBillStatus.Paid, now);
        var lastBill = Bill(inst, thisMonth.AddMonths(-1), HomeCareBillStatus.Submitted, now);
        foreach (var (month, bill, visits) in new[] { (thisMonth.AddMonths(-3), paidBill, 3), (thisMonth.AddMonths(-1), lastBill, 5), (thisMonth, (HomeCareBill?)null, 5) })
        {
            var orders = new List<HomeCareOrder>();
            for (var e = 0; e < served.Count; e++)
            {
                for (var v = 0; v < visits; v++)
                {
                    var date = month.AddDays(1 + v * 5 + e % 4);
                    if (date >= today || date.Month != month.Month)
                    {
                        continue;
                    }
                    var item = Items[(e + v) % Items.Length];
                    var minutes = item is "visit" or "comfort" ? 60 : item is "bath" or "rehab" ? 90 : 120;
                    var id = served[e].IdNumber.ToUpperInvariant();
                    var price = HomeCareSeeder.Price(item);
                    orders.Add(new HomeCareOrder
                    {
                        InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, PersonId = served[e].PersonId, IdNumber = id, ItemCode = item, ServiceDate = date,
                        // a worker serves elders e, e+4, e+8 three hours apart (visits last at most two), so no visit overlaps
                        StartTime = new TimeOnly(8 + e / 4 * 3, 0), Minutes = minutes, WorkerName = Workers[e % 4],
                        UnitPrice = price, Amount = Domain.HomeCareRules.Price(price, minutes),
                        SubsidyId = subsidised.TryGetValue(id, out var s) && s.StartMonth <= month ? s.Id : null, BillId = bill?.Id, Source = "demo",
                        RecordedBy = "homecare.agency", RecordedAtUtc = now,
                    });
                }
            }
            db.HomeCareOrders.AddRange(orders);
            if (bill is not null)
            {
                Fill(bill, orders, subsidised);
                db.HomeCareBills.Add(bill);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private void EnsureProfile(Dictionary<Guid, ElderProfile> profiles, ElderInfo e, HomeCareTier tier, int i, DateTime now)
    {
        if (profiles.ContainsKey(e.PersonId))
        {
            return;
        }
        // the facts that make the tier: the elders area owns profiles; demo data fills in what is missing
        var p = new ElderProfile
        {
            PersonId = e.PersonId, IdNumber = e.IdNumber.ToUpperInvariant(), DivisionCode = e.DivisionCode, Living = LivingSituation.Alone,
            ThreeNo = tier == HomeCareTier.Priority && i % 3 == 1, Entitled = tier == HomeCareTier.Priority && i % 3 == 2,
            CareLevel = tier == HomeCareTier.FullCare ? CareLevel.Severe : CareLevel.Mild, CareDiagnosisCertified = tier == HomeCareTier.FullCare,
            UpdatedAtUtc = now, UpdatedBy = "system",
        };
        profiles[e.PersonId] = p;
        db.Profiles.Add(p);
    }

    private static HomeCareBill Bill(Institution inst, DateOnly month, HomeCareBillStatus status, DateTime now) => new()
    {
        Number = $"JS-{month:yyyyMM}-{inst.Code}", InstitutionCode = inst.Code, DivisionCode = inst.DivisionCode, Month = month, Status = status,
        SubmittedBy = "homecare.agency", SubmittedAtUtc = now, DecidedBy = status == HomeCareBillStatus.Paid ? "futian.street" : null,
        DecidedAtUtc = status == HomeCareBillStatus.Paid ? now : null, PaidBy = status == HomeCareBillStatus.Paid ? "futian.street" : null,
        PaidOn = status == HomeCareBillStatus.Paid ? month.AddMonths(1).AddDays(14) : null,
    };

    private static void Fill(HomeCareBill bill, List<HomeCareOrder> orders, Dictionary<string, HomeCareSubsidy> subsidised)
    {
        foreach (var g in orders.GroupBy(o => o.IdNumber))
        {
            var s = subsidised.TryGetValue(g.Key, out var x) && x.StartMonth <= bill.Month ? x : null;
            var amount = g.Sum(o => o.Amount);
            var split = Domain.HomeCareRules.Cap(s is null ? 0 : amount, s is null ? amount : 0, s?.MonthlyAmount ?? 0);
            bill.Lines.Add(new HomeCareBillLine
            {
                BillId = bill.Id, PersonId = g.First().PersonId, IdNumber = g.Key, Orders = g.Count(), Minutes = g.Sum(o => o.Minutes), Amount = amount,
                Entitlement = s?.MonthlyAmount ?? 0, Subsidised = split.Subsidised, SelfPaid = split.SelfPaid, SubsidyNumber = s?.Number,
            });
        }
        bill.Orders = orders.Count;
        bill.Minutes = orders.Sum(o => o.Minutes);
        bill.Total = orders.Sum(o => o.Amount);
        bill.Subsidised = bill.Lines.Sum(l => l.Subsidised);
        bill.SelfPaid = bill.Lines.Sum(l => l.SelfPaid);
        bill.PaidAmount = bill.Status == HomeCareBillStatus.Paid ? bill.Subsidised : null;
    }
}
