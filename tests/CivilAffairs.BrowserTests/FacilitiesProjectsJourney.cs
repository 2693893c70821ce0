using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 9: the city reads the "9+3" dashboard (stages, district matrix, delayed in red); the Futian district submits its nursing home's monthly report and is stopped from skipping a stage.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FacilitiesProjectsJourney(BrowserApp app)
{
    [Fact]
    public async Task The_city_reads_the_dashboard_and_the_district_reports_progress_on_its_project()
    {
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/facilities/projects/dashboard");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("“9+3”项目看板");
        await Expect(city.GetByTestId("stage-Operation")).ToHaveTextAsync("2");
        await Expect(city.GetByTestId("delayed")).ToContainTextAsync("深圳市社会福利院（新院）");
        await Expect(city.GetByTestId("matrix")).ToContainTextAsync("光明区");
        await Expect(city.Locator("[data-testid=stage-chart] svg")).ToBeVisibleAsync();
        await PageChecks.AssertStyledAsync(city);
        await BrowserApp.ShotAsync(city, "facilities-projects-dashboard");
        await city.GotoAsync("/facilities/projects");
        await Expect(city.GetByTestId("projects").Locator("tr", new() { HasText = "深圳市养老护理院" })).ToContainTextAsync("运营");
        await BrowserApp.ShotAsync(city, "facilities-projects");
        await city.Context.CloseAsync();

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/facilities/projects");
        await district.GetByTestId("projects").Locator("tr", new() { HasText = "福田区老人护理院" }).Locator("a").Last.ClickAsync();
        await Expect(district.GetByTestId("project-stage")).ToHaveTextAsync("施工");
        await Expect(district.GetByTestId("project-delay")).ToBeVisibleAsync();

        // 运营 before 竣工 is refused with the reason
        await district.SelectOptionAsync("#stage", new SelectOptionValue { Value = "Operation" });
        await district.FillAsync("#actual", Platform.Values.ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await district.GetByTestId("stage-save").ClickAsync();
        await Expect(district.Locator(".alert-danger").First).ToContainTextAsync("竣工");

        var month = Platform.Values.ChinaTime.Today(app.Clock).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await district.FillAsync("#month", month);
        await district.FillAsync("#percent", "60");
        await district.FillAsync("#spend", "2500000");
        await district.FillAsync("#text", "机电安装进场，完成三层砌体");
        await district.GetByTestId("report-submit").ClickAsync();
        await Expect(district.GetByTestId("project-done")).ToContainTextAsync("进度报告已提交");
        await Expect(district.GetByTestId("reports").Locator("tr", new() { HasText = month })).ToContainTextAsync("60%");
        await Expect(district.GetByTestId("project-percent")).ToHaveTextAsync("60%");
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "facilities-project");
        await district.Context.CloseAsync();
    }
}
