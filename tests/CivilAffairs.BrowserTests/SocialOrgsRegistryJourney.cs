using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 8: 福田's registrar accepts and reviews an establishment, the district approver approves it, it is in the register with its code; an organization opens its own page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialOrgsRegistryJourney(BrowserApp app)
{
    private const string Name = "福田区彩虹桥长者服务中心";

    [Fact]
    public async Task The_registrar_accepts_and_reviews_the_district_approves_the_new_organization_is_registered_and_an_organization_sees_its_own_page()
    {
        // the registrar finds the demo establishment awaiting acceptance, accepts it and reviews it with the 主体标识码
        var npo = await app.LoginAsync("futian.npo");
        await npo.GotoAsync("/socialorgs/applications");
        await Expect(npo.Locator("main h1")).ToHaveTextAsync("登记审批");
        await Expect(npo.GetByTestId("applications")).ToContainTextAsync("待决定");
        await PageChecks.AssertStyledAsync(npo);
        await BrowserApp.ShotAsync(npo, "socialorgs-registry-applications");
        await npo.GetByTestId("applications").Locator("tr", new() { HasText = Name }).Locator("a").First.ClickAsync();
        await Expect(npo.GetByTestId("app-status")).ToHaveTextAsync("待受理");
        await npo.GetByTestId("app-accept").ClickAsync();
        await Expect(npo.GetByTestId("app-status")).ToHaveTextAsync("审查中");
        await Expect(npo.GetByTestId("app-days-left")).ToContainTextAsync("剩余工作日");
        await npo.GetByTestId("app-orgcode").FillAsync("MJL88001");
        await npo.GetByTestId("app-opinion").FillAsync("章程、住所证明、验资报告齐全，开办资金符合条件，建议准予成立登记");
        await npo.GetByTestId("app-review-submit").ClickAsync();
        await Expect(npo.GetByTestId("app-status")).ToHaveTextAsync("待决定");
        await Expect(npo.GetByTestId("app-approve")).ToHaveCountAsync(0);
        await BrowserApp.ShotAsync(npo, "socialorgs-registry-reviewed");
        var url = npo.Url;
        await npo.Context.CloseAsync();

        // the district approver decides; the organization is created with its credit code
        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync(url);
        await district.GetByTestId("app-approve").ClickAsync();
        await Expect(district.GetByTestId("app-status")).ToHaveTextAsync("准予登记");
        var code = CreditCode.Create('5', '2', "440304", "MJL88001");
        await Expect(district.GetByTestId("app-code")).ToHaveTextAsync(code);
        await Expect(district.GetByTestId("app-notice")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(district, "socialorgs-registry-approved");

        await district.GotoAsync("/socialorgs/organizations?district=440304");
        await Expect(district.GetByTestId("organizations")).ToContainTextAsync(code);
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "socialorgs-registry-register");
        await district.GetByTestId("organizations").Locator("tr", new() { HasText = code }).Locator("a").First.ClickAsync();
        await Expect(district.GetByTestId("org-name")).ToHaveTextAsync(Name);
        await Expect(district.GetByTestId("org-code")).ToContainTextAsync(code);
        await Expect(district.GetByTestId("org-events")).ToContainTextAsync("准予成立登记");
        await BrowserApp.ShotAsync(district, "socialorgs-registry-organization");
        await district.Context.CloseAsync();

        // an organization's account opens its own page with what it must do next
        // (one journey: a second test in this class would be the first to meet a cold server and time out on the login page)
        var org = await app.LoginAsync("org.npo");
        await org.GotoAsync("/socialorgs/my");
        await Expect(org.GetByTestId("org-name")).ToHaveTextAsync("福田区阳光社工服务中心");
        await Expect(org.GetByTestId("my-todo")).ToContainTextAsync("申请变更登记");
        await Expect(org.GetByTestId("org-events")).ToContainTextAsync("准予变更登记");
        // its own page links to nothing of the bureau's, and its menu has no register of other organizations
        await Expect(org.Locator("main a[href^='/socialorgs/enforcement']")).ToHaveCountAsync(0);
        await Expect(org.Locator("a[href='/socialorgs/organizations']")).ToHaveCountAsync(0);
        await PageChecks.AssertStyledAsync(org);
        await BrowserApp.ShotAsync(org, "socialorgs-registry-my");
        await org.Context.CloseAsync();
    }
}
