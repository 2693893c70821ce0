using CivilAffairs.BrowserTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 10: 福田区 fills the 2018 社会事务统计 return, the city reviews it, the district submits it and downloads the official Excel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingTablesJourney(BrowserApp app)
{
    private const string Table = "/reporting/tables/%E6%B0%91%E7%BB%9F3%E8%A1%A8";

    [Fact]
    public async Task The_district_fills_the_city_reviews_and_the_district_submits_and_downloads()
    {
        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/reporting/tables");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("统计报表");
        await Expect(district.GetByTestId("stat-tables")).ToContainTextAsync("社会事务统计（年报）");
        await BrowserApp.ShotAsync(district, "reporting-tables");

        await district.GotoAsync(Table);
        await Expect(district.GetByTestId("stat-definition")).ToContainTextAsync("深民统3表");
        await district.GetByTestId("period-2018").ClickAsync();
        await Expect(district.GetByTestId("stat-title")).ToHaveTextAsync("社会事务统计（年报）");
        await Expect(district.GetByTestId("stat-status")).ToHaveTextAsync("未填报");
        await district.GetByTestId("stat-fill").ClickAsync();
        await Expect(district.GetByTestId("stat-done")).ToContainTextAsync("已填报");
        await Expect(district.Locator("[data-testid=stat-status]").First).ToHaveTextAsync("已填报");
        var cremations = await district.GetByTestId("cell-0-0").InnerTextAsync();
        Assert.NotEqual("—", cremations.Trim());
        await Expect(district.GetByTestId("stat-review")).ToHaveCountAsync(0);

        // an explanatory note; the figure stays
        await district.Locator("#note-row").SelectOptionAsync("0");
        await district.Locator("#note-col").SelectOptionAsync("2");
        await district.GetByTestId("note-text").FillAsync("市殡仪馆检修，部分遗体在邻区火化");
        await district.GetByTestId("note-save").ClickAsync();
        await Expect(district.GetByTestId("note-0-2")).ToContainTextAsync("邻区火化");
        Assert.Equal(cremations, await district.GetByTestId("cell-0-0").InnerTextAsync());
        await BrowserApp.ShotAsync(district, "reporting-table-filled");

        // the city reviews the district's table
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync(Table + "/2018?division=440304");
        await Expect(city.GetByTestId("stat-unit")).ToHaveTextAsync("深圳市福田区民政局");
        await city.GetByTestId("stat-review").ClickAsync();
        await Expect(city.Locator("[data-testid=stat-status]").First).ToHaveTextAsync("已审核");
        await city.Context.CloseAsync();

        // the district submits and downloads the official layout
        await district.GotoAsync(Table + "/2018");
        await district.GetByTestId("stat-submit").ClickAsync();
        await Expect(district.Locator("[data-testid=stat-status]").First).ToHaveTextAsync("已上报");
        await Expect(district.GetByTestId("stat-trail")).ToContainTextAsync("审核 city.officer");
        await BrowserApp.ShotAsync(district, "reporting-table-submitted");
        var download = await district.RunAndWaitForDownloadAsync(() => district.GetByTestId("stat-excel").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"ca-stat-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        await district.Context.CloseAsync();
        try
        {
            var rows = MiniExcel.Query(path, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal("社会事务统计（年报）", rows[0]["A"]);
            Assert.Contains(rows.SelectMany(r => r.Values), v => v is string s && s == "表    号：深民统3表");
            Assert.Contains(rows.SelectMany(r => r.Values), v => v is string s && s.Contains("邻区火化", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
