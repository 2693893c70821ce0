using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9: the city officer finds the 2018 designations and records a new one (after a refused empty form); the Futian
/// district approver finds a work method by full text and by tag, and recommends a community's draft.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunityHonoursJourney(BrowserApp app)
{
    [Fact]
    public async Task The_city_records_an_honour_and_the_district_recommends_a_work_method()
    {
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/community/honours?year=2018");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("社区荣誉与试点");
        await Expect(city.GetByTestId("honours").Locator("tr[data-unit='盐田区']")).ToContainTextAsync("首批全国街道服务管理创新实验区");
        await Expect(city.GetByTestId("honours").Locator("tr[data-unit='龙腾社区']")).ToContainTextAsync("全国民主法治示范社区");
        await Expect(city.GetByTestId("by-district")).ToContainTextAsync("盐田区");
        await PageChecks.AssertStyledAsync(city);
        await BrowserApp.ShotAsync(city, "community-honours");

        await city.GotoAsync("/community/honours");
        await city.ClickAsync("[data-testid=honour-form] button[type=submit]");
        await Expect(city.Locator(".alert-danger")).ToContainTextAsync("请更正标红的内容");
        await Expect(city.Locator("#h-title.is-invalid")).ToHaveCountAsync(1);
        await city.FillAsync("#h-title", "全国和谐社区建设示范社区");
        await city.SelectOptionAsync("#h-kind", "Honour");
        await city.FillAsync("#h-div", "440305001001");
        await city.FillAsync("#h-body", "民政部");
        await city.FillAsync("#h-on", "2024-12-10");
        await city.FillAsync("#h-doc", "民函〔2024〕示例号");
        await city.ClickAsync("[data-testid=honour-form] button[type=submit]");
        await Expect(city.GetByTestId("done")).ToHaveTextAsync("已登记");
        var row = city.GetByTestId("honours").Locator("tr[data-unit='南头城社区']");
        await Expect(row).ToContainTextAsync("全国和谐社区建设示范社区");
        await Expect(row).ToContainTextAsync("2027-12-10");
        await BrowserApp.ShotAsync(city, "community-honours-recorded");

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/community/methods");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("社区工作法库");
        await district.FillAsync("#m-q", "议事厅");
        await district.ClickAsync("[data-testid=search] button[type=submit]");
        await Expect(district.GetByTestId("methods").Locator(".ca-card")).ToHaveCountAsync(1);
        await Expect(district.GetByTestId("methods")).ToContainTextAsync("益田社区");
        await district.GotoAsync("/community/methods");
        await district.GetByTestId("tags").GetByText("#邻里互助").ClickAsync();
        var draft = district.Locator("[data-method*='长者饭堂']");
        await Expect(draft.GetByTestId("status")).ToHaveTextAsync("草稿");
        await BrowserApp.ShotAsync(district, "community-methods");
        await draft.Locator("a").First.ClickAsync();
        await Expect(district.GetByTestId("full-text")).ToContainTextAsync("低龄健康老人");
        await district.GetByTestId("to-Recommended").ClickAsync();
        await Expect(district.GetByTestId("status")).ToHaveTextAsync("推荐");
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "community-method");
    }
}
