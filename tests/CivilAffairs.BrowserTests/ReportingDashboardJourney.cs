using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 统计总览: the city officer opens the dashboard, reads a headline against last year, switches the
/// charts to another figure, drills into a district on the map grid, then into the records behind
/// the number and opens one; a district officer cannot look at another district.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingDashboardJourney(BrowserApp app)
{
    [Fact]
    public async Task The_city_drills_from_a_headline_to_a_district_to_the_records_and_a_district_stays_in_its_own()
    {
        var year = ChinaTime.Today(app.Clock).Year;
        var page = await app.LoginAsync("city.officer");
        await page.GotoAsync($"/reporting?period={year}");
        await Expect(page.GetByTestId("dashboard-title")).ToContainTextAsync("民政统计总览");
        await Expect(page.GetByTestId("dashboard-period")).ToHaveTextAsync($"{year}年");
        var card = page.GetByTestId("card-funeral.free.persons");
        await Expect(card).ToContainTextAsync("上年同期");
        await Expect(page.GetByTestId("value-funeral.free.persons")).Not.ToHaveTextAsync("—");
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertChineseRendersAsync(page);

        // the charts follow the figure chosen
        await card.Locator("a.rp-trend").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("focus=funeral.free.persons"));
        await Expect(page.GetByTestId("trend-chart")).ToHaveAttributeAsync("data-rendered", "true");
        await Expect(page.GetByTestId("place-grid")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(page, "reporting-dashboard");

        // a district on the grid → the same figure for that district, with the cases behind it
        var tile = page.GetByTestId("tile-440303");
        var districtValue = (await tile.Locator(".rp-tile-value").InnerTextAsync()).Replace(",", "");
        await tile.ClickAsync();
        await Expect(page.GetByTestId("metric-title")).ToHaveTextAsync("免除基本殡葬服务费用人数");
        await Expect(page.Locator("main")).ToContainTextAsync("罗湖区");
        await Expect(page.GetByTestId("metric-value")).ToHaveTextAsync($"{int.Parse(districtValue):N0}人");
        await Expect(page.GetByTestId("metric-query")).ToContainTextAsync("division_code LIKE '440303%'");
        var rows = page.GetByTestId("rows").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        await Expect(page.Locator("main")).ToContainTextAsync($"共 {int.Parse(districtValue)} 条");
        await BrowserApp.ShotAsync(page, "reporting-metric");
        await rows.First.Locator("a", new() { HasText = "查看" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/funeral/cases/"));
        await page.Context.CloseAsync();

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync($"/reporting?period={year}&division=440305");
        await Expect(district.Locator("main")).ToContainTextAsync("该区划不在您的辖区内");
        await district.GotoAsync($"/reporting/modules/funeral?period={year}");
        await Expect(district.GetByTestId("dashboard-title")).ToContainTextAsync("福田区");
        await Expect(district.GetByTestId("module-tabs").Locator("a.active")).ToContainTextAsync("殡葬");
        await district.Context.CloseAsync();
    }
}
