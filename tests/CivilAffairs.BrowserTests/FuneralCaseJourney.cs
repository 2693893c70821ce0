using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>深圳市殡仪馆 records a death, the services and the cremation, sees the waiver and prints the statement.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FuneralCaseJourney(BrowserApp app)
{
    [Fact]
    public async Task A_funeral_home_records_a_case_sees_the_waiver_and_downloads_the_statement()
    {
        var page = await app.LoginAsync("funeral.home");
        await page.GotoAsync("/funeral/cases");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("殡仪业务");
        Assert.True(await page.Locator("[data-testid=case-list] tbody tr").CountAsync() > 0, "the demo data has cases of recent months");
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "funeral-cases");

        var today = ChinaTime.Today(app.Clock);
        var died = today.AddDays(-3);
        var id = IdNumber.Create("440304", new DateOnly(1938, 4, 2).AddDays(Random.Shared.Next(3000)), Random.Shared.Next(1, 998));
        await page.GetByTestId("new-case").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("登记逝者");
        await page.FillAsync("#dc", "Q" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#name", "林测试");
        await page.FillAsync("#idn", id);
        await page.FillAsync("#hukou", "440304");
        await page.FillAsync("#died", died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#pt", "深圳市人民医院");
        await page.GetByTestId("save-case").ClickAsync();
        await Expect(page.GetByTestId("notices")).ToContainTextAsync("社会救助");
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("待火化");

        // the ten items of the current catalogue, storage for 5 days and a dearer farewell room
        foreach (var code in new[] { "transport", "storage", "farewell", "cremation", "ashes", "disinfection", "preparation", "body_bag", "urn", "coffin" })
        {
            await page.FillAsync($"[data-testid=qty-{code}]", "1");
        }
        await page.FillAsync("[data-testid=qty-storage]", "5");
        await page.FillAsync("[data-testid=price-storage]", "60");
        await page.FillAsync("[data-testid=price-farewell]", "600");
        await page.GetByTestId("save-services").ClickAsync();
        await Expect(page.GetByTestId("waiver")).ToContainTextAsync("暂不减免");

        await page.FillAsync("#crematedOn", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByTestId("cremate").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("已火化");
        await Expect(page.GetByTestId("cremation-number")).ToContainTextAsync("HZ-SZ-");
        // 300 + 180 + 400 + 500 + 500 + 50 + 120 + 50 + 50 + 50 waived; 120 storage and 200 farewell paid by the family
        await Expect(page.GetByTestId("waiver-summary")).ToContainTextAsync("减免 2,200.00 元 / 自付 320.00 元");
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "funeral-case");

        var href = await page.GetByTestId("statement-pdf").GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        var text = PdfText(await pdf.BodyAsync());
        Assert.Contains("基本殡葬服务费用减免结算单", text, StringComparison.Ordinal);
        Assert.Contains("2,200.00", text, StringComparison.Ordinal);
        Assert.Contains("320.00", text, StringComparison.Ordinal);

        await page.GotoAsync("/funeral/claims");
        await Expect(page.GetByTestId("totals-table")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(page, "funeral-claims");
        await page.GotoAsync("/funeral/catalogue");
        await Expect(page.GetByTestId("catalogue-version")).ToHaveCountAsync(4);
        await BrowserApp.ShotAsync(page, "funeral-catalogue");
        await page.Context.CloseAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"funeral-waiver-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return Regex.Replace(text, @"[ \t\r\n]+", " ");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
