using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>福康颐养院 admits a resident from its home page and sees the bed taken; the city officer reads the bed statistics.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ElderCareInstitutionsJourney(BrowserApp app)
{
    [Fact]
    public async Task A_care_home_admits_a_resident_and_the_city_reads_the_bed_statistics()
    {
        var page = await app.LoginAsync("care.home");
        await page.GotoAsync("/eldercare");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/eldercare/my$"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("福田区福康颐养院");
        await PageChecks.AssertStyledAsync(page);
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
        var selfCare = page.Locator("[data-testid=beds] tr[data-type=SelfCare]");
        var before = int.Parse(await selfCare.GetByTestId("occupied").InnerTextAsync(), CultureInfo.InvariantCulture);

        var birth = new DateOnly(1941, 4, 12).AddDays(Random.Shared.Next(0, 300));
        var id = IdNumber.Create("440304", birth, 700 + Random.Shared.Next(0, 200));
        await page.FillAsync("#a-id", id);
        await page.FillAsync("#a-name", "林秀兰");
        await page.SelectOptionAsync("#a-type", "SelfCare");
        await page.SelectOptionAsync("#a-level", "Mild");
        await page.GetByTestId("admit-form").Locator("button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("已办理入住");
        await Expect(selfCare.GetByTestId("occupied")).ToHaveTextAsync((before + 1).ToString(CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("residents")).ToContainTextAsync(Masking.IdNumber(id));
        Assert.DoesNotContain(id, await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ShotAsync(page, "eldercare-institution-home");

        // another home's page is not reachable
        await page.GotoAsync("/eldercare/institutions/YL440305001");
        await Expect(page.GetByTestId("not-found")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/eldercare/my");
        await Expect(city).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/eldercare/institutions$"));
        await BrowserApp.ShotAsync(city, "eldercare-institutions");
        await Expect(city.Locator("[data-testid=institutions] tr[data-code=YL440305001]")).ToBeVisibleAsync();
        await city.GotoAsync("/eldercare/beds");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("养老床位统计");
        await Expect(city.Locator("[data-testid=bed-stats] tr[data-district=total]")).ToBeVisibleAsync();
        await Expect(city.GetByTestId("targets")).ToContainTextAsync("1000");
        await PageChecks.AssertStyledAsync(city);
        await BrowserApp.ShotAsync(city, "eldercare-beds");
        await city.GotoAsync("/eldercare/institution-subsidies");
        await Expect(city.GetByTestId("subsidies")).ToContainTextAsync("ZZ-");
        await BrowserApp.ShotAsync(city, "eldercare-institution-subsidies");
        await city.Context.CloseAsync();
    }
}
