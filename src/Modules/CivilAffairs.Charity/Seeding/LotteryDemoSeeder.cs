using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Lottery;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Seeding;

/// <summary>
/// Demo lottery: 60 outlets across the districts; 2018 sales by outlet, game and month scaled to the
/// seed's 45.9亿元 (the fund follows from the rate parameters, about 11.8亿元); last year and this
/// year's months so far (last month open, earlier ones closed); the 2019 budget from 2018's fund with
/// the brand projects as grants (some paid and evaluated); this year's budget with grants awaiting approval.
/// </summary>
internal sealed class LotteryDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const decimal Sales2018 = 4_590_000_000m;

    private const int FirstDemoYear = 2021;
    private const decimal SalesLastYear = 2_900_000_000m;

    private static readonly (string District, int Outlets)[] Districts =
        [("440303", 7), ("440304", 10), ("440305", 8), ("440306", 11), ("440307", 11), ("440308", 2), ("440309", 6), ("440310", 2), ("440311", 3)];

    private static readonly (LotteryGame Game, decimal Share)[] Mix2018 =
        [(LotteryGame.VideoLottery, 0.64m), (LotteryGame.DoubleColorBall, 0.20m), (LotteryGame.Fc3D, 0.07m), (LotteryGame.Instant, 0.07m), (LotteryGame.SevenLe, 0.02m)];

    private static readonly (LotteryGame Game, decimal Share)[] MixNow =
        [(LotteryGame.DoubleColorBall, 0.40m), (LotteryGame.Happy8, 0.30m), (LotteryGame.Instant, 0.15m), (LotteryGame.Fc3D, 0.12m), (LotteryGame.SevenLe, 0.03m)];

    private static readonly string[] Surnames = ["陈", "李", "黄", "张", "刘", "林", "吴", "郑", "王", "何", "罗", "周", "谢", "杨", "许"];
    private static readonly string[] Given = ["志强", "丽华", "建国", "秀英", "海波", "晓燕", "国平", "美玲", "伟东", "桂芳", "少雄", "慧敏", "振华", "小红", "家明"];

    public async Task SeedAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("charity-lottery-demo");
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CharityDb>();
        if (await db.LotteryOutlets.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        // the demo tells 2018, the 2019 budget from it, last year and this year as separate years; a clock set before
        // 2021 (the 2019 workflow tests) would make them overlap, so it gets no lottery demo
        if (today.Year < FirstDemoYear)
        {
            return;
        }
        var random = new Random(97);
        var outlets = Outlets(random);
        db.LotteryOutlets.AddRange(outlets);
        await db.SaveChangesAsync(ct);

        var thisMonth = LotterySales.MonthOf(today);
        var lastYear = today.Year - 1;
        var months = Enumerable.Range(1, 12).Select(m => new DateOnly(2018, m, 1))
            .Concat(Enumerable.Range(1, 12).Select(m => new DateOnly(lastYear, m, 1)))
            .Concat(Enumerable.Range(1, 12).Select(m => new DateOnly(today.Year, m, 1)).Where(m => m < thisMonth))
            .ToList();
        var weights = outlets.ToDictionary(o => o.Id, _ => 0.5 + random.NextDouble());
        var sales = sp.GetRequiredService<LotterySales>();
        db.Scope.BulkLoad = true;
        try
        {
            foreach (var month in months)
            {
                var yearTotal = month.Year == 2018 ? Sales2018 : SalesLastYear;
                var mix = month.Year == 2018 ? Mix2018 : MixNow;
                // February (Spring Festival) sells less; the twelve factors sum to 12, so the year keeps its total
                var season = month.Month switch { 2 => 0.80m, 1 or 12 => 1.06m, 10 => 0.98m, _ => 1.0125m };
                var monthTotal = yearTotal / 12 * season;
                var open = outlets.Where(o => o.OpenedOn <= month.AddMonths(1).AddDays(-1) && (o.ClosedOn is null || o.ClosedOn >= month)).ToList();
                var sum = open.Sum(o => weights[o.Id]);
                foreach (var o in open)
                {
                    foreach (var (game, share) in mix)
                    {
                        var amount = decimal.Round(monthTotal * share * (decimal)(weights[o.Id] / sum) * (decimal)(0.97 + random.NextDouble() * 0.06), 2);
                        db.LotterySales.Add(new LotterySale
                        {
                            OutletId = o.Id, OutletCode = o.Code, DivisionCode = o.DivisionCode, Month = month, Game = game, Amount = amount, Source = "导入",
                            RecordedBy = "system", RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
                        });
                    }
                }
                await db.SaveChangesAsync(ct);
                var m = await sales.AccrueAsync(month, ct);
                // unclaimed prizes: about a thousandth of sales
                m.UnclaimedPrizes = decimal.Round(m.Sales * (0.0008m + (decimal)random.NextDouble() * 0.0004m), 2);
                await db.SaveChangesAsync(ct);
                m = await sales.AccrueAsync(month, ct);
                if (month < thisMonth.AddMonths(-1))
                {
                    m.Status = LotteryMonthStatus.Closed;
                    m.ClosedBy = "city.officer";
                    m.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
                }
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
        await new LotteryDemoGrants(db, sp.GetRequiredService<Numbers>(), sp.GetRequiredService<ISocialOrgDirectory>(), sp.GetRequiredService<LotteryBudgets>(),
            sp.GetRequiredService<LotteryGrants>(), clock).SeedAsync(today, ct);
    }

    private List<LotteryOutlet> Outlets(Random random)
    {
        var list = new List<LotteryOutlet>();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (district, count) in Districts)
        {
            for (var i = 1; i <= count; i++)
            {
                var street = district + (1 + (i - 1) % 4).ToString("000", CultureInfo.InvariantCulture);
                var code = street + i.ToString("00", CultureInfo.InvariantCulture);
                var name = LotteryNames.District(district);
                list.Add(new LotteryOutlet
                {
                    Code = code, Name = string.Create(CultureInfo.InvariantCulture, $"深圳福彩{name}第{i:000}号投注站"), DivisionCode = street,
                    OperatorName = Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)],
                    OperatorPhone = "139" + random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
                    OpenedOn = new DateOnly(2009 + random.Next(0, 9), 1 + random.Next(0, 12), 1), Status = LotteryOutletStatus.Open, CreatedAtUtc = now,
                });
            }
        }
        // two outlets closed since (the video-lottery halls shut): they sold in 2018 but not later
        foreach (var o in list.Where((_, i) => i % 29 == 28))
        {
            o.ClosedOn = new DateOnly(2019, 3, 1);
            o.Status = LotteryOutletStatus.Closed;
        }
        return list;
    }
}
