using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;
using MiniExcelLibs;

namespace CivilAffairs.BrowserTests;

/// <summary>福田区民政局 manages its registry: the sessions grid, a capacity change, a Sunday opening, the statistics and their Excel.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MarriageAdminJourney(BrowserApp app)
{
    [Fact]
    public async Task The_district_opens_the_grid_raises_a_capacity_announces_a_Sunday_opening_and_downloads_the_statistics()
    {
        var page = await app.LoginAsync("futian.district");
        await page.GotoAsync("/marriage/sessions");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("场次与号源");
        await Expect(page.Locator("#office option:checked")).ToHaveTextAsync("福田区婚姻登记处");
        var rows = page.GetByTestId("session-row");
        Assert.True(await rows.CountAsync() >= 15);
        await PageChecks.AssertStyledAsync(page);
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());

        // announce a Sunday opening for 福田 and see it listed
        var today = ChinaTime.Today(app.Clock);
        var sunday = Enumerable.Range(3, 12).Select(today.AddDays).First(d => d.DayOfWeek == DayOfWeek.Sunday);
        await page.GetByTestId("special-days-link").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("特别场次与停办公告");
        await page.SelectOptionAsync("#office", new SelectOptionValue { Label = "福田区婚姻登记处" });
        await page.FillAsync("#date", sunday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#name", "周日集体颁证特别场次");
        await page.FillAsync("#cap-Marriage", "80");
        await page.GetByTestId("announce").ClickAsync();
        await Expect(page.GetByTestId("announce-result")).ToContainTextAsync("新生成场次 2");
        await Expect(page.GetByTestId("upcoming")).ToContainTextAsync("周日集体颁证特别场次");
        await BrowserApp.ShotAsync(page, "marriage-special-days");

        // the grid shows the new Sunday; raise the marriage capacity of the first session still open
        await page.GotoAsync("/marriage/sessions");
        var special = rows.Filter(new() { HasText = "周日集体颁证特别场次" });
        await Expect(special).ToHaveCountAsync(2);
        await Expect(special.First.Locator("[data-quota=Marriage]")).ToContainTextAsync("80 / 80");
        var open = rows.Filter(new() { HasText = "开放" }).First;
        var before = int.Parse((await open.Locator("[data-quota=Marriage] .ca-muted").InnerTextAsync()).Trim(' ', '/'), CultureInfo.InvariantCulture);
        await open.GetByTestId("edit-capacity").ClickAsync();
        await Expect(page.GetByTestId("capacity-panel")).ToBeVisibleAsync();
        await page.FillAsync("#cap-Marriage", (before + 2).ToString(CultureInfo.InvariantCulture));
        await page.GetByTestId("save-capacity").ClickAsync();
        await Expect(page.GetByTestId("capacity-panel")).ToContainTextAsync($"{before} → {before + 2}");
        await BrowserApp.ShotAsync(page, "marriage-sessions");

        // the office's settings and regular week
        await page.GotoAsync("/marriage/offices");
        await page.ClickAsync("[data-testid=office-list] a:has-text('福田区婚姻登记处')");
        await Expect(page.GetByTestId("template-form")).ToContainTextAsync("周六上午");
        await BrowserApp.ShotAsync(page, "marriage-office");

        // statistics of this month, then the same figures in the Excel download
        await page.GotoAsync("/marriage/stats");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("婚姻登记统计");
        var bookings = int.Parse(await page.Locator("[data-testid=stats-registry] tr[data-office=FT] td").Nth(1).InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(bookings > 0, "the demo data books 福田 every working day");
        await Expect(page.Locator("[data-kpi=show-rate]")).ToContainTextAsync("%");
        await BrowserApp.ShotAsync(page, "marriage-stats");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("stats-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"ca-marriage-stats-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        await page.Context.CloseAsync();
        try
        {
            var ft = MiniExcel.Query(path, useHeaderRow: true, sheetName: "按登记处").Cast<IDictionary<string, object>>()
                .Single(r => r["登记处代码"]?.ToString() == "FT");
            Assert.Equal(bookings, Convert.ToInt32(ft["预约"], CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
