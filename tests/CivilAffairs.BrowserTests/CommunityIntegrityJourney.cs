using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9: the grassroots officer (the only role with community.integrity) sees the leads with the overdue one in
/// red, receives a new lead and records a verification step, and sees which lead a removal came from; the patrol
/// statistics; the city officer has no leads menu, tab or column.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunityIntegrityJourney(BrowserApp app)
{
    [Fact]
    public async Task The_grassroots_officer_works_a_lead_and_the_city_officer_never_sees_leads()
    {
        var officer = await app.LoginAsync("city.grassroots");
        await Expect(officer.Locator("nav.ca-nav a[href='/community/integrity/leads']")).ToHaveCountAsync(1);
        await officer.GotoAsync("/community/integrity/leads");
        await Expect(officer.Locator("main h1")).ToHaveTextAsync("涉黑涉恶线索");
        await Expect(officer.GetByTestId("leads").Locator("td[data-testid=overdue]").First).ToContainTextAsync("超期");
        await Expect(officer.GetByTestId("by-field")).ToContainTextAsync("基层组织建设");
        await PageChecks.AssertStyledAsync(officer);
        await BrowserApp.ShotAsync(officer, "community-integrity-leads");

        await officer.SelectOptionAsync("#n-src", "Superior");
        await officer.SelectOptionAsync("#n-field", "SocialOrganization");
        await officer.FillAsync("#n-div", "440304004");
        await officer.FillAsync("#n-sum", "上级交办：某未登记“商会”以会费名义向辖区商户强行收费");
        await officer.ClickAsync("[data-testid=lead-form] button[type=submit]");
        await Expect(officer.GetByTestId("status")).ToHaveTextAsync("待核查");
        await Expect(officer.GetByTestId("number")).ToContainTextAsync("XS-");
        await officer.SelectOptionAsync("#s-act", "verify");
        await officer.FillAsync("#s-note", "走访商户5家，调取收费收据");
        await officer.GetByTestId("step-submit").ClickAsync();
        await Expect(officer.GetByTestId("status")).ToHaveTextAsync("核查中");
        await Expect(officer.GetByTestId("steps").Locator("li")).ToHaveCountAsync(1);
        await BrowserApp.ShotAsync(officer, "community-integrity-lead");

        await officer.GotoAsync("/community/integrity/removals");
        // the 2018 removals carry their confirmed lead (a pending proposal may have none)
        await Expect(officer.GetByTestId("removals").Locator("td[data-testid=lead]", new() { HasText = "XS-2018-" }).First).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(officer, "community-integrity-removals");

        await officer.GotoAsync("/community/integrity/patrols?year=2018");
        await Expect(officer.GetByTestId("total-patrols")).ToHaveTextAsync("943");
        await Expect(officer.GetByTestId("by-district")).ToContainTextAsync("盐田区");
        await PageChecks.AssertStyledAsync(officer);
        await BrowserApp.ShotAsync(officer, "community-integrity-patrols");

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/community/integrity/removals");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("居委会成员罢免与终止职务");
        await Expect(city.Locator("a[href='/community/integrity/leads']")).ToHaveCountAsync(0);
        await Expect(city.GetByTestId("integrity-nav")).Not.ToContainTextAsync("线索");
        await Expect(city.GetByTestId("removals").Locator("td[data-testid=lead]")).ToHaveCountAsync(0);
        await Expect(city.Locator("main")).Not.ToContainTextAsync("XS-");
        await BrowserApp.ShotAsync(city, "community-integrity-removals-city");
        // typing the address is no way round: the page is refused
        await city.GotoAsync("/community/integrity/leads");
        var html = await city.ContentAsync();
        Assert.DoesNotContain("线索摘要", html, StringComparison.Ordinal);
        Assert.DoesNotContain("XS-", html, StringComparison.Ordinal);
    }
}
