using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 9: the city synchronizes the institution registry from every module; a street clerk registers a social-work station (a bad credit code first) and corrects its licence validity.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FacilitiesInstitutionsJourney(BrowserApp app)
{
    [Fact]
    public async Task The_city_syncs_the_registry_and_a_street_clerk_registers_and_corrects_an_institution()
    {
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/facilities/institutions");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("服务设施名录");
        await city.GetByTestId("facilities-sync").ClickAsync();
        await Expect(city.GetByTestId("sync-result")).ToContainTextAsync("新增 0");
        await Expect(city.GetByTestId("sync-result")).ToContainTextAsync("养老服务");
        await Expect(city.GetByTestId("facilities").Locator("tr", new() { HasText = "深圳市救助管理站" })).ToContainTextAsync("救助管理");
        await Expect(city.GetByTestId("facilities-expiring")).ToBeVisibleAsync();
        await PageChecks.AssertStyledAsync(city);
        await PageChecks.AssertNoFullIdNumberAsync(city);
        await BrowserApp.ShotAsync(city, "facilities-institutions");
        await city.Context.CloseAsync();

        var name = "福田街道长者服务驿站" + Guid.NewGuid().ToString("N")[..4];
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/facilities/institutions");
        await clerk.GetByTestId("facility-new").ClickAsync();
        await clerk.FillAsync("#name", name);
        await clerk.SelectOptionAsync("#type", new SelectOptionValue { Value = "SocialWorkStation" });
        await clerk.FillAsync("#division", "440304004");
        await clerk.FillAsync("#credit", "91440300MA5ABCDEFX");
        await clerk.GetByTestId("facility-create").ClickAsync();
        await Expect(clerk.Locator("[data-field-error=operatorCreditCode]")).ToBeVisibleAsync();
        await Expect(clerk.Locator("#name")).ToHaveValueAsync(name);
        await BrowserApp.ShotAsync(clerk, "facilities-institution-error");
        await clerk.FillAsync("#credit", "");
        await clerk.GetByTestId("facility-create").ClickAsync();
        var row = clerk.GetByTestId("facilities").Locator("tr", new() { HasText = name });
        await Expect(row).ToContainTextAsync("名录直录");
        await row.Locator("a").Last.ClickAsync();
        await Expect(clerk.GetByTestId("facility-name")).ToHaveTextAsync(name);
        var until = Platform.Values.ChinaTime.Today(app.Clock).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await clerk.FillAsync("#valid", until);
        await clerk.FillAsync("#lat", "22.5412");
        await clerk.FillAsync("#lon", "114.0581");
        await clerk.GetByTestId("facility-save").ClickAsync();
        await Expect(clerk.GetByTestId("facility-saved")).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("licence-expiring")).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("facility-facts")).ToContainTextAsync(until);
        await PageChecks.AssertStyledAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "facilities-institution");
        await clerk.Context.CloseAsync();
    }
}
