using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 10: the city office generates the 2018 work summary, opens it, follows a figure to its metric and downloads the PDF.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportingSummaryJourney(BrowserApp app)
{
    [Fact]
    public async Task The_office_generates_the_2018_summary_follows_a_figure_and_downloads_the_pdf()
    {
        var page = await app.LoginAsync("city.office");
        await page.GotoAsync("/reporting/summaries");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("年度工作总结");
        await page.Locator("#g-year").FillAsync("2018");
        await page.GetByTestId("summary-generate").ClickAsync();

        // the generated document: ten sections, the funeral figures as links to their metric
        await Expect(page.GetByTestId("summary-title")).ToContainTextAsync("2018年");
        await Expect(page.GetByTestId("summary-body")).ToContainTextAsync("万名群众免除基本殡葬服务费用");
        var figure = page.Locator("[data-testid=summary-figure][data-metric='funeral.free.persons']").First;
        // the browser app seeds the demo year at one tenth: 1,700 rather than 17,000 people
        await Expect(figure).ToHaveTextAsync("0.17");
        await Expect(figure).ToHaveAttributeAsync("href", "/reporting/metrics/funeral.free.persons?period=2018&division=4403");
        await Expect(page.GetByTestId("summary-figures")).ToContainTextAsync("reporting.funeral_free_services");
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "reporting-summary");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("summary-pdf").ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"ca-summary-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        try
        {
            Assert.True(new FileInfo(path).Length > 10_000);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(path), 0, 4));
        }
        finally
        {
            File.Delete(path);
        }

        // the figure leads to the metric's drill-down page (built by the lead; it may not exist yet)
        await figure.ClickAsync();
        await page.WaitForURLAsync("**/reporting/metrics/funeral.free.persons?period=2018&division=4403");

        // the list shows the document; the template page lists the placeholders of each section
        await page.GotoAsync("/reporting/summaries");
        await Expect(page.GetByTestId("summary-list")).ToContainTextAsync("2018年");
        await page.GotoAsync("/reporting/summaries/template?year=2018");
        await Expect(page.GetByTestId("template-placeholders-9")).ToContainTextAsync("funeral.free.persons");
        await BrowserApp.ShotAsync(page, "reporting-summary-template");
        await page.Context.CloseAsync();
    }
}
