using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Lottery;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Seeding;

/// <summary>
/// The year before the demo year (Demo:Year), so that the seed's year-on-year changes come from data:
/// sales of 45.9亿 / 1.172 by outlet, game and month, with a game mix richer in the high-rate games so
/// that the fund (from the rate parameters) rises by about 13.44 % to the demo year. A demo year other
/// than 2018 gets its own 45.9亿 too (LotteryDemoSeeder tells 2018). The rates and the local share get an
/// earlier version with the same values so those months can be accrued.
/// </summary>
internal sealed class LotteryYearSeeder(IServiceScopeFactory scopes, PlatformDb platform, DemoOptions demo, TimeProvider clock) : ISeeder
{
    private const decimal YearSales = 4_590_000_000m;
    private const decimal Growth = 1.172m;
    private static readonly DateOnly RatesFrom = new(2013, 1, 1);

    private static readonly (LotteryGame Game, decimal Share)[] MixDemoYear =
        [(LotteryGame.VideoLottery, 0.64m), (LotteryGame.DoubleColorBall, 0.20m), (LotteryGame.Fc3D, 0.07m), (LotteryGame.Instant, 0.07m), (LotteryGame.SevenLe, 0.02m)];

    // fewer video-lottery sales (22 % to the fund) and more 双色球 (36 %): the fund grew slower than sales
    private static readonly (LotteryGame Game, decimal Share)[] MixYearBefore =
        [(LotteryGame.VideoLottery, 0.56m), (LotteryGame.DoubleColorBall, 0.25m), (LotteryGame.Fc3D, 0.09m), (LotteryGame.Instant, 0.08m), (LotteryGame.SevenLe, 0.02m)];

    public int Order => 9097;

    /// <summary>The rates as in force since 2018, stated for the years before (same values, 推定 as they are).</summary>
    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        // every game, 快乐8 included though launched later: the fund accrual needs a rate for each game in force in every month
        var keys = LotteryParameters.RateKeys.Append(LotteryParameters.LocalShare).ToList();
        var rows = await platform.Parameters.Where(p => keys.Contains(p.Key) && p.DivisionCode == "4403").ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var key in keys)
        {
            var first = rows.Where(r => r.Key == key).MinBy(r => r.ValidFrom);
            if (first is null || first.ValidFrom <= RatesFrom)
            {
                continue;
            }
            platform.Parameters.Add(new Parameter
            {
                Key = key, DivisionCode = "4403", Value = first.Value, ValidFrom = RatesFrom, ValidTo = first.ValidFrom.AddDays(-1), LegalBasis = first.LegalBasis,
                Note = "推定：与其后版本取值相同，为演示年份的上一年核算公益金而设；请以财政部对各玩法资金构成的批复核对", CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        if (demo.Year - 1 < RatesFrom.Year || demo.Year >= today.Year)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("charity-lottery-demo-year");
        var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
        var sales = scope.ServiceProvider.GetRequiredService<LotterySales>();
        var outlets = await db.LotteryOutlets.IgnoreQueryFilters().OrderBy(o => o.Code).ToListAsync(ct);
        if (outlets.Count == 0)
        {
            return;
        }
        await SeedYearAsync(db, sales, outlets, demo.Year, YearSales, MixDemoYear, ct);
        await SeedYearAsync(db, sales, outlets, demo.Year - 1, decimal.Round(YearSales / Growth, 2), MixYearBefore, ct);
    }

    private async Task SeedYearAsync(CharityDb db, LotterySales sales, List<LotteryOutlet> outlets, int year, decimal yearTotal,
        (LotteryGame Game, decimal Share)[] mix, CancellationToken ct)
    {
        var first = new DateOnly(year, 1, 1);
        var next = first.AddYears(1);
        if (await db.LotterySales.IgnoreQueryFilters().AnyAsync(s => s.Month >= first && s.Month < next, ct))
        {
            return;
        }
        var random = new Random(year);
        var weights = outlets.ToDictionary(o => o.Id, _ => 0.5 + random.NextDouble());
        var now = clock.GetUtcNow().UtcDateTime;
        db.Scope.BulkLoad = true;
        try
        {
            for (var m = 1; m <= 12; m++)
            {
                var month = new DateOnly(year, m, 1);
                // February (Spring Festival) sells less; the twelve factors sum to 12, so the year keeps its total
                var season = m switch { 2 => 0.80m, 1 or 12 => 1.06m, 10 => 0.98m, _ => 1.0125m };
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
                            RecordedBy = "system", RecordedAtUtc = now,
                        });
                    }
                }
                await db.SaveChangesAsync(ct);
                var accrued = await sales.AccrueAsync(month, ct);
                accrued.UnclaimedPrizes = decimal.Round(accrued.Sales * (0.0008m + (decimal)random.NextDouble() * 0.0004m), 2);
                await db.SaveChangesAsync(ct);
                accrued = await sales.AccrueAsync(month, ct);
                accrued.Status = LotteryMonthStatus.Closed;
                accrued.ClosedBy = "city.officer";
                accrued.ClosedAtUtc = now;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }
}
