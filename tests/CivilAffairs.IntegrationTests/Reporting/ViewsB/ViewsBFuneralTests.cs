using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.IntegrationTests.Funeral;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Reporting.ViewsB;

/// <summary>殡葬's figures equal counts made on the module's own tables, and move with an eco-burial approved through its API; on both databases.</summary>
public abstract class ViewsBFuneralTests(AppFixture app)
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
        // the demo year's cremations, generated case by case (one tenth of 17,000 people / 32.3 million yuan in the test fixtures)
        Assert.InRange(await app.ViewsBCityValueAsync("funeral.free.persons", ViewsBSpan.Year(2018)), 1_530m, 1_870m);
        Assert.InRange(await app.ViewsBCityValueAsync("funeral.free.amount", ViewsBSpan.Year(2018)), 2_900_000m, 3_560_000m);
    }

    private async Task<Dictionary<string, decimal>> CountAsync(ViewsBSpan s)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var db = scope.ServiceProvider.GetRequiredService<FuneralDb>();
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.CrematedOn, c.WaiverEligible, c.WaiverAmount }).ToListAsync();
        var imported = await db.Claims.IgnoreQueryFilters().AsNoTracking().Where(c => c.Imported && c.Status == ClaimStatus.Approved)
            .Select(c => new { c.Month, c.Cases, c.Amount }).ToListAsync();
        var eco = await db.EcoBurials.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == EcoBurialStatus.Approved || a.Status == EcoBurialStatus.Paid).Select(a => new { a.DecidedOn, a.RewardAmount }).ToListAsync();
        var voyages = await db.SeaBurialEvents.AsNoTracking().Where(e => e.Status == SeaBurialStatus.Done).Select(e => e.Date).ToListAsync();
        var waived = cases.Where(c => c.WaiverEligible && c.WaiverAmount > 0 && s.Has(c.CrematedOn)).ToList();
        var claims = imported.Where(c => s.Has(c.Month)).ToList();
        var rewarded = eco.Where(a => s.Has(a.DecidedOn) && a.RewardAmount > 0).ToList();
        return new()
        {
            ["funeral.cremations"] = cases.Count(c => s.Has(c.CrematedOn)),
            ["funeral.free.persons"] = waived.Count + claims.Sum(c => c.Cases),
            ["funeral.free.amount"] = waived.Sum(c => c.WaiverAmount) + claims.Sum(c => c.Amount),
            ["funeral.ecoburials"] = eco.Count(a => s.Has(a.DecidedOn)),
            ["funeral.ecoburial.rewards"] = rewarded.Count,
            ["funeral.ecoburial.rewards.amount"] = rewarded.Sum(a => a.RewardAmount ?? 0m),
            ["funeral.sea.voyages"] = voyages.Count(s.Has),
        };
    }

    [Fact]
    public async Task A_tree_burial_approved_by_the_district_moves_this_months_rewards_by_one_and_nanshan_cannot_see_futian()
    {
        var month = ViewsBSpan.ThisMonth();
        await app.ViewsBRefreshAsync(full: false);
        var before = await app.ViewsBCityValueAsync("funeral.ecoburial.rewards", month);
        var amountBefore = await app.ViewsBCityValueAsync("funeral.ecoburial.rewards.amount", month);
        var futianBefore = (await app.ViewsBFigureAsync("futian.district", "funeral.ecoburial.rewards", month.Period)).Value ?? 0m;

        var futian = await app.ClientForAsync("futian.district");
        var created = await EcoBurialTestData.SubmitAsync(futian, EcoBurialTestData.Application(type: "Tree"));
        var approved = await EcoBurialTestData.ApproveAsync(futian, created.GetProperty("id").GetGuid());
        var reward = approved.GetProperty("rewardAmount").GetDecimal();
        Assert.True(reward > 0);
        await app.ViewsBRefreshAsync(full: false);

        Assert.Equal(before + 1, await app.ViewsBCityValueAsync("funeral.ecoburial.rewards", month));
        ViewsBKit.ViewsBEqual(amountBefore + reward, await app.ViewsBCityValueAsync("funeral.ecoburial.rewards.amount", month), "reward amount");
        Assert.Equal(futianBefore + 1, (await app.ViewsBFigureAsync("futian.district", "funeral.ecoburial.rewards", month.Period)).Value);

        await Assert.ThrowsAsync<ForbiddenException>(() => app.ViewsBFigureAsync("nanshan.street", "funeral.ecoburial.rewards", month.Period, "440304"));
        var own = await app.ViewsBFigureAsync("nanshan.street", "funeral.ecoburial.rewards", month.Period);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("views-b.test");
        var nanshan = (await scope.ServiceProvider.GetRequiredService<FuneralDb>().EcoBurials.IgnoreQueryFilters().AsNoTracking()
            .Where(a => (a.Status == EcoBurialStatus.Approved || a.Status == EcoBurialStatus.Paid) && a.RewardAmount > 0 && a.DivisionCode.StartsWith("440305001"))
            .Select(a => a.DecidedOn).ToListAsync()).Count(month.Has);
        Assert.Equal((decimal)nanshan, own.Value);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class ViewsBFuneralTestsOnSqlite(SqliteApp app) : ViewsBFuneralTests(app);

[Collection(PostgresCollection.Name)]
public sealed class ViewsBFuneralTestsOnPostgres(PostgresApp app) : ViewsBFuneralTests(app);
