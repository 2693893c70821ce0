using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.IntegrationTests.Charity.Campaigns;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>慈善与福彩's figures equal counts made on the module's own tables, and move with a donation entered through its API; on both databases.</summary>
public abstract class ViewsBCharityTests(AppFixture app)
{
    [Fact]
    public async Task The_demo_figures_of_2018_and_this_year_equal_hand_counts_of_the_module_tables()
    {
        await app.ViewsBRefreshAsync(full: true);
        foreach (var span in new[] { ViewsBSpan.Year(2018), ViewsBSpan.Year(ViewsBSpan.Today.Year) })
        {
            foreach (var (key, value) in await CountAsync(span))
            {
                ViewsBKit.ViewsBEqual(value, await app.ViewsBCityValueAsync(key, span), $"{key} {span.Period.Label}");
            }
        }
        Assert.True(await app.ViewsBCityValueAsync("charity.lottery.sales", ViewsBSpan.Year(2018)) > 0);
        Assert.True(await app.ViewsBCityValueAsync("charity.fair.pledged", ViewsBSpan.Year(2018)) > 0);
    }

    private async Task<Dictionary<string, decimal>> CountAsync(ViewsBSpan s)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
        var donations = await db.Donations.IgnoreQueryFilters().AsNoTracking().Where(d => d.Status == DonationStatus.Valid)
            .Select(d => new { d.ReceivedOn, d.Amount }).ToListAsync();
        var fairs = await db.Campaigns.IgnoreQueryFilters().AsNoTracking().Where(c => c.Kind == CampaignKind.CharityFair).Select(c => c.Id).ToListAsync();
        var pledges = await db.Pledges.IgnoreQueryFilters().AsNoTracking().Where(p => fairs.Contains(p.CampaignId)).Select(p => new { p.PledgedOn, p.Amount }).ToListAsync();
        var sales = await db.LotterySales.IgnoreQueryFilters().AsNoTracking().Select(x => new { x.Month, x.Amount }).ToListAsync();
        var months = await db.LotteryMonths.IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == LotteryMonthStatus.Closed)
            .Select(m => new { m.Month, m.FundRaised }).ToListAsync();
        var grants = await db.LotteryGrants.IgnoreQueryFilters().AsNoTracking().Where(g => g.Status == LotteryGrantStatus.Approved && g.DecidedAtUtc != null)
            .Select(g => new { g.DecidedAtUtc, g.Amount }).ToListAsync();
        return new()
        {
            ["charity.fair.pledged"] = pledges.Where(p => s.Has(p.PledgedOn)).Sum(p => p.Amount),
            ["charity.donations.amount"] = donations.Where(d => s.Has(d.ReceivedOn)).Sum(d => d.Amount),
            ["charity.donations.count"] = donations.Count(d => s.Has(d.ReceivedOn)),
            ["charity.lottery.sales"] = sales.Where(x => s.Has(x.Month)).Sum(x => x.Amount),
            ["charity.lottery.fund"] = months.Where(m => s.Has(m.Month)).Sum(m => m.FundRaised),
            ["charity.lottery.grants.amount"] = grants.Where(g => s.Has(DateOnly.FromDateTime(ChinaTime.ToLocal(g.DecidedAtUtc!.Value)))).Sum(g => g.Amount),
        };
    }

    [Fact]
    public async Task A_donation_recorded_today_moves_this_months_amount_and_count_and_nanshan_cannot_see_futian()
    {
        var month = ViewsBSpan.ThisMonth();
        await app.ViewsBRefreshAsync(full: false);
        var amountBefore = await app.ViewsBCityValueAsync("charity.donations.amount", month);
        var countBefore = await app.ViewsBCityValueAsync("charity.donations.count", month);

        var foundation = await app.ClientForAsync("org.foundation");
        await (await foundation.DonateAsync(null, "Organization", "深圳市统计测试科技有限公司", 12_345.67m)).CreatedAsync();
        await app.ViewsBRefreshAsync(full: false);

        ViewsBKit.ViewsBEqual(amountBefore + 12_345.67m, await app.ViewsBCityValueAsync("charity.donations.amount", month), "amount");
        Assert.Equal(countBefore + 1, await app.ViewsBCityValueAsync("charity.donations.count", month));

        await Assert.ThrowsAsync<ForbiddenException>(() => app.ViewsBFigureAsync("nanshan.street", "charity.donations.count", month.Period, "440304"));
        var own = await app.ViewsBFigureAsync("nanshan.street", "charity.donations.count", month.Period);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var nanshan = (await scope.ServiceProvider.GetRequiredService<CharityDb>().Donations.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DonationStatus.Valid && d.DivisionCode.StartsWith("440305001")).Select(d => d.ReceivedOn).ToListAsync()).Count(month.Has);
        Assert.Equal((decimal)nanshan, own.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsBCharityTestsOnSqlite(SqliteApp app) : ViewsBCharityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsBCharityTestsOnPostgres(PostgresApp app) : ViewsBCharityTests(app);
