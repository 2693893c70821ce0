using CivilAffairs.BrowserTests.Infrastructure;
using MiniExcelLibs;

namespace CivilAffairs.BrowserTests;

/// <summary>A clerk downloads the person list from the page and the file is read back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportJourney(BrowserApp app)
{
    [Fact]
    public async Task The_export_button_downloads_the_street_residents_with_masked_numbers()
    {
        var page = await app.LoginAsync("futian.street");
        await page.GotoAsync("/registry/persons");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("person-export").ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"ca-export-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        await page.Context.CloseAsync();
        try
        {
            var rows = MiniExcel.Query(path, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.StartsWith("440304004", r["居住地区划代码"].ToString(), StringComparison.Ordinal));
            Assert.All(rows, r => Assert.Contains("********", r["证件号码"].ToString(), StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
