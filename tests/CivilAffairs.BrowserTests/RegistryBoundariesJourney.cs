using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 区划地名: the city records the fifth joint inspection of the 深莞 line, a damaged marker and its
/// repair, and is refused a fine above the cap; 福田区 sees only the lines that touch it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryBoundariesJourney(BrowserApp app)
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_city_records_an_inspection_finding_and_a_repair_and_the_district_sees_only_its_lines()
    {
        var today = ChinaTime.Today(app.Clock);
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/registry/boundaries");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("行政区域界线");
        var dongguan = city.GetByTestId("lines").Locator("tr[data-line='深圳市—东莞市界线']");
        await Expect(dongguan).ToContainTextAsync("第四轮");
        await Expect(dongguan.GetByTestId("line-overdue")).ToContainTextAsync("2023-06-29");
        await PageChecks.AssertStyledAsync(city);
        await BrowserApp.ShotAsync(city, "registry-boundaries-lines");

        await dongguan.Locator("a").First.ClickAsync();
        await Expect(city.Locator("main h1")).ToHaveTextAsync("深圳市—东莞市界线");
        await Expect(city.GetByTestId("next-due")).ToContainTextAsync("已逾期");

        // the fifth round with 东莞
        await city.FillAsync("#i-r", "5");
        await city.FillAsync("#i-p", "东莞市人民政府");
        await city.FillAsync("#i-s", Day(today.AddDays(-10)));
        await city.FillAsync("#i-e", Day(today.AddDays(-2)));
        await city.FillAsync("#i-pp", "深圳市民政局、东莞市民政局、沿线区民政局");
        await city.GetByTestId("inspection-submit").ClickAsync();
        await Expect(city.GetByTestId("done")).ToContainTextAsync("联合检查已登记");
        await Expect(city.GetByTestId("next-due")).ToContainTextAsync(Day(today.AddDays(-2).AddYears(5)));
        await Expect(city.GetByTestId("next-due")).Not.ToContainTextAsync("已逾期");

        // a finding: 深莞02 damaged
        await city.SelectOptionAsync("#f-i", new SelectOptionValue { Label = "第五轮" });
        await city.SelectOptionAsync("#f-m", "深莞02");
        await city.SelectOptionAsync("#f-s", "损坏");
        await city.FillAsync("#f-n", "桩体被车辆撞断");
        await city.GetByTestId("finding-submit").ClickAsync();
        await Expect(city.GetByTestId("done")).ToContainTextAsync("检查结果已登记");
        var marker = city.GetByTestId("markers").Locator("tr[data-marker='深莞02']");
        await Expect(marker.GetByTestId("marker-status")).ToHaveTextAsync("损坏");
        await Expect(city.Locator("[data-testid=inspection][data-round='5'] [data-testid=findings]")).ToContainTextAsync("桩体被车辆撞断");

        // a fine above the cap is refused with the reason; nothing is recorded
        await city.SelectOptionAsync("#d-m", "深莞02");
        await city.FillAsync("#d-f", Day(today.AddDays(-3)));
        await city.FillAsync("#d-d", "施工车辆撞断界桩");
        await city.FillAsync("#d-c", "3000");
        await city.FillAsync("#d-fine", "1500");
        await city.GetByTestId("damage-submit").ClickAsync();
        await Expect(city.Locator(".alert-danger")).ToContainTextAsync("超过上限 1000 元");
        await Expect(city.GetByTestId("damages")).Not.ToContainTextAsync("施工车辆撞断界桩");

        // the repair puts it back to 完好
        await city.SelectOptionAsync("#p-i", new SelectOptionValue { Label = "第五轮" });
        await city.SelectOptionAsync("#p-m", "深莞02");
        await city.FillAsync("#p-a", "原位重新埋设界桩");
        await city.FillAsync("#p-c", "3000");
        await city.FillAsync("#p-d", Day(today));
        await city.GetByTestId("repair-submit").ClickAsync();
        await Expect(city.GetByTestId("done")).ToContainTextAsync("修复已登记");
        await Expect(marker.GetByTestId("marker-status")).ToHaveTextAsync("完好");
        await Expect(city.Locator("[data-testid=inspection][data-round='5'] [data-testid=repairs]")).ToContainTextAsync("3,000.00");
        await PageChecks.AssertStyledAsync(city);
        await BrowserApp.ShotAsync(city, "registry-boundaries-line");

        // the 四镇改街 proposal and the disputes, for the guide
        await city.GotoAsync("/registry/division-proposals");
        await city.GetByTestId("proposals").GetByText("深汕特别合作区“四镇改街”").ClickAsync();
        await Expect(city.GetByTestId("proposal-stage")).ToHaveTextAsync("报批");
        await Expect(city.GetByTestId("risks")).ToContainTextAsync("事权");
        await BrowserApp.ShotAsync(city, "registry-division-proposal");
        await city.GotoAsync("/registry/boundary-disputes");
        await Expect(city.GetByTestId("disputes")).ToContainTextAsync("JF-2018-000001");
        await BrowserApp.ShotAsync(city, "registry-boundary-disputes");
        await city.Context.CloseAsync();

        // 福田区 sees its own lines only
        var futian = await app.LoginAsync("futian.district");
        await futian.GotoAsync("/registry/boundaries");
        var lines = futian.GetByTestId("lines");
        await Expect(lines).ToContainTextAsync("福田区—南山区界线");
        await Expect(lines).ToContainTextAsync("福田区—罗湖区界线");
        await Expect(lines).Not.ToContainTextAsync("深圳市—东莞市界线");
        await Expect(lines).Not.ToContainTextAsync("南山区—宝安区界线");
        await BrowserApp.ShotAsync(futian, "registry-boundaries-district");
        await futian.Context.CloseAsync();
    }
}
