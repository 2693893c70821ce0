using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// The Futian registrar opens a case against a Futian-registered organization and records the
/// steps, the district approver files it and decides a fine of 60,000 yuan, and the organization
/// shows on the serious list; then the statistics and the party-building page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialOrgsSupervisionJourney(BrowserApp app)
{
    [Fact]
    public async Task A_registrar_prepares_a_case_the_district_decides_a_fine_and_the_organization_is_on_the_serious_list()
    {
        var npo = await app.LoginAsync("futian.npo");
        await npo.GotoAsync("/socialorgs/enforcement");
        await Expect(npo.Locator("main h1")).ToHaveTextAsync("监督执法");
        // the demo's overdue case (a city case located in Futian) is red
        await Expect(npo.GetByTestId("cases").Locator("td[data-testid=overdue]").First).ToContainTextAsync("超期");
        await PageChecks.AssertStyledAsync(npo);
        await BrowserApp.ShotAsync(npo, "socialorgs-enforcement");

        await npo.SelectOptionAsync("#c-org", new SelectOptionValue { Label = "福田区义工联合会" });
        await npo.SelectOptionAsync("#c-src", "Complaint");
        await npo.FillAsync("#c-facts", "违规向志愿者收取培训费并设立未登记的分支机构");
        await npo.ClickAsync("[data-testid=case-form] button[type=submit]");
        await Expect(npo.GetByTestId("status")).ToHaveTextAsync("待立案审批");
        var caseUrl = npo.Url;

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync(caseUrl);
        await district.GetByTestId("file-submit").ClickAsync();
        await Expect(district.GetByTestId("status")).ToHaveTextAsync("立案");
        await Expect(district.GetByTestId("due")).ToContainTextAsync("剩90天");

        await npo.GotoAsync(caseUrl);
        await npo.FillAsync("#s-inv", "futian.npo, zf.futian");
        await npo.FillAsync("#s-note", "调取收费凭证，询问志愿者和负责人");
        await npo.ClickAsync("[data-testid=step-submit]");
        await Expect(npo.GetByTestId("status")).ToHaveTextAsync("调查取证");
        await npo.FillAsync("#s-note", "事实清楚，证据确凿，拟罚款");
        await npo.ClickAsync("[data-testid=step-submit]");
        await Expect(npo.GetByTestId("status")).ToHaveTextAsync("案件审核");
        await npo.SelectOptionAsync("[data-testid=step-form] [data-testid=outcome-select]", "Fine");
        await npo.FillAsync("[data-testid=step-form] [data-testid=amount]", "60000");
        await npo.ClickAsync("[data-testid=step-submit]");
        await Expect(npo.GetByTestId("status")).ToHaveTextAsync("事先告知");
        await Expect(npo.GetByTestId("hearing-right")).ToHaveTextAsync("有权要求听证");
        await Expect(npo.GetByTestId("timeline").Locator("li")).ToHaveCountAsync(5);
        await BrowserApp.ShotAsync(npo, "socialorgs-enforcement-case-notified");

        await district.GotoAsync(caseUrl);
        await Expect(district.Locator("[data-testid=decide] [data-testid=amount]")).ToHaveValueAsync("60000");
        await district.FillAsync("#d-note", "当事人放弃听证，维持拟处罚意见");
        await district.GetByTestId("decide-submit").ClickAsync();
        await Expect(district.GetByTestId("status")).ToHaveTextAsync("处罚决定");
        await Expect(district.GetByTestId("outcome")).ToContainTextAsync("60,000");
        await Expect(district.GetByTestId("credit-status")).ToHaveTextAsync("严重违法失信名单");
        await Expect(district.GetByTestId("credit")).ToContainTextAsync("受到5万元以上罚款处罚");
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "socialorgs-enforcement-case-decided");

        await district.GotoAsync("/socialorgs/enforcement?tab=stats&year=2018");
        await Expect(district.GetByTestId("stats")).ToContainTextAsync("案件总数");
        await BrowserApp.ShotAsync(district, "socialorgs-enforcement-stats");

        var city = await app.LoginAsync("city.npo");
        await city.GotoAsync("/socialorgs/party");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("党建与行业自律");
        await Expect(city.GetByTestId("count-flagged")).ToContainTextAsync("3");
        await Expect(city.GetByTestId("reported")).ToContainTextAsync("11,988");
        await BrowserApp.ShotAsync(city, "socialorgs-party");
        await city.GotoAsync("/socialorgs/party?tab=centres");
        await Expect(city.GetByTestId("centres").Locator("tbody tr")).ToHaveCountAsync(6);
        await BrowserApp.ShotAsync(city, "socialorgs-party-centres");
    }
}
