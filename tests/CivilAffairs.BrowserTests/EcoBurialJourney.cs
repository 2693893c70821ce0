using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// An eco-burial application end to end in the browser: the city plans a voyage, the funeral home's
/// counter enters a sea burial with four companions (first forgetting the papers), the city bureau
/// approves it and downloads the reward approval notice.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EcoBurialJourney(BrowserApp app)
{
    [Fact]
    public async Task The_funeral_home_enters_a_sea_burial_the_bureau_approves_it_and_prints_the_notice()
    {
        var today = ChinaTime.Today(app.Clock);
        var iso = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // the city bureau plans yesterday's voyage (so that the burial has been carried out when approving)
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/funeral/sea-burials");
        await Expect(city.Locator("main h1")).ToHaveTextAsync("海葬活动");
        Assert.True(await city.Locator("[data-testid=voyage-list] tbody tr").CountAsync() >= 40, "the demo data has the voyages since 2018");
        await city.FillAsync("#v-date", iso(today.AddDays(-1)));
        await city.FillAsync("#v-vessel", "鹏城海葬2号");
        await city.FillAsync("#v-ashes", "30");
        await city.FillAsync("#v-seats", "60");
        await city.ClickAsync("[data-testid=voyage-form] button[type=submit]");
        var created = await city.GetByTestId("voyage-created").InnerTextAsync();
        var sequence = Regex.Match(created, @"\d+").Value;
        await BrowserApp.ShotAsync(city, "eco-burial-1-voyages");

        // the funeral home's counter enters the application
        var home = await app.LoginAsync("funeral.home");
        await home.GotoAsync("/funeral/eco-burials");
        await Expect(home.Locator("main h1")).ToHaveTextAsync("节地生态安葬奖励");
        await home.GetByTestId("new-application").ClickAsync();
        await Expect(home.Locator("main h1")).ToHaveTextAsync("新建生态安葬申请");
        var deceased = IdNumber.Create("440303", new DateOnly(1938, 5, 17), 402);
        await home.FillAsync("#deceased-id", deceased);
        await home.FillAsync("#deceased-name", "陈秀英");
        await home.SelectOptionAsync("#hukou", "440303");
        await home.FillAsync("#died", iso(today.AddDays(-25)));
        await home.FillAsync("#cert", "SZH2026-018866");
        await home.FillAsync("#applicant-id", IdNumber.Create("440303", new DateOnly(1966, 9, 3), 215));
        await home.FillAsync("#applicant-name", "黄伟明");
        await home.FillAsync("#phone", "13923456789");
        await home.SelectOptionAsync("#relationship", "子女");
        await home.FillAsync("#bank", "中国工商银行深圳分行");
        await home.FillAsync("#account", "6222024000012345678");
        await home.SelectOptionAsync("#burial-type", "Sea");
        var voyage = await home.Locator("#event option", new() { HasText = $"第 {sequence} 期" }).GetAttributeAsync("value");
        await home.SelectOptionAsync("#event", voyage!);
        string[] names = ["黄志强", "黄丽珍", "黄国平", "黄美玲"];
        for (var i = 0; i < names.Length; i++)
        {
            await home.FillAsync($"#companion-name-{i}", names[i]);
            await home.FillAsync($"#companion-id-{i}", IdNumber.Create("440304", new DateOnly(1970 + i, 3, 8), 311 + (2 * i)));
        }
        // the papers are not ticked yet: refused, with each missing paper named, and nothing typed is lost
        await home.GetByTestId("submit-application").ClickAsync();
        await Expect(home.Locator("[data-field-error=paperHukouBook]")).ToContainTextAsync("户口簿");
        await Expect(home.Locator("[data-field-error=paperCompanionIds]")).ToContainTextAsync("随船家属身份证");
        await Expect(home.Locator("#deceased-name")).ToHaveValueAsync("陈秀英");
        await BrowserApp.ShotAsync(home, "eco-burial-2-papers-missing");
        foreach (var paper in new[] { "paperCertificate", "paperApplicantId", "paperRelationship", "paperCompanionIds", "paperHukouBook" })
        {
            await home.CheckAsync("#" + paper);
        }
        await home.GetByTestId("submit-application").ClickAsync();
        await Expect(home.GetByTestId("created")).ToBeVisibleAsync();
        await Expect(home.GetByTestId("status")).ToHaveTextAsync("待审批");
        await Expect(home.GetByTestId("voyage")).ToContainTextAsync($"第 {sequence} 期");
        await Expect(home.GetByTestId("extra-seats")).ToContainTextAsync("380.00");
        await PageChecks.AssertNoFullIdNumberAsync(home);
        await PageChecks.AssertStyledAsync(home);
        var detail = home.Url;
        await BrowserApp.ShotAsync(home, "eco-burial-3-submitted");
        await home.Context.CloseAsync();

        // the city bureau approves: 3,000 yuan, with the rule it rests on
        await city.GotoAsync(detail);
        await city.GetByTestId("approve").ClickAsync();
        await Expect(city.GetByTestId("status")).ToHaveTextAsync("已批准");
        await Expect(city.GetByTestId("reward")).ToHaveTextAsync("3,000.00");
        await Expect(city.GetByTestId("decision")).ToContainTextAsync("深民规〔2018〕1号");
        await BrowserApp.ShotAsync(city, "eco-burial-4-approved");
        var href = await city.GetByTestId("notice-pdf").GetAttributeAsync("href");
        var pdf = await city.Context.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        var bytes = await pdf.BodyAsync();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var text = PdfText(bytes);
        Assert.Contains("节地生态安葬奖励审批通知书", text, StringComparison.Ordinal);
        Assert.Contains("黄伟明", text, StringComparison.Ordinal);
        Assert.Contains("3,000.00元", text, StringComparison.Ordinal);
        Assert.DoesNotContain(deceased, text, StringComparison.Ordinal);

        // it shows in the list, the month's payment batch and the statistics
        await city.GotoAsync("/funeral/eco-burials?q=SZH2026-018866");
        await Expect(city.Locator("[data-testid=eco-list] tbody tr")).ToHaveCountAsync(1);
        await Expect(city.Locator("[data-testid=eco-list]")).ToContainTextAsync("****5678");
        await city.GotoAsync("/funeral/eco-burials");
        await PageChecks.AssertNoFullIdNumberAsync(city);
        await BrowserApp.ShotAsync(city, "eco-burial-5-list");
        // the voyage's boarding list: the ashes and the four companions, ID numbers masked
        await city.GotoAsync("/funeral/sea-burials");
        await city.ClickAsync($"[data-testid=voyage-list] tr[data-sequence='{sequence}'] a");
        await Expect(city.GetByTestId("passengers")).ToContainTextAsync("陈秀英");
        await Expect(city.GetByTestId("passengers")).ToContainTextAsync("黄美玲");
        await PageChecks.AssertNoFullIdNumberAsync(city);
        await BrowserApp.ShotAsync(city, "eco-burial-5b-voyage");
        await city.GotoAsync("/funeral/eco-burials/payments");
        await Expect(city.Locator($"[data-testid=pending] tr[data-month='{today:yyyy-MM}']")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(city, "eco-burial-6-payments");
        await city.GotoAsync("/funeral/stats");
        await Expect(city.Locator("[data-kpi=events]")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(city, "eco-burial-7-stats");
        await city.GotoAsync("/funeral/cemeteries");
        await Expect(city.Locator("[data-testid=cemetery-list]")).ToContainTextAsync("深圳市殡仪馆骨灰楼");
        await BrowserApp.ShotAsync(city, "eco-burial-8-cemeteries");
        await city.Context.CloseAsync();
    }

    private static string PdfText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eco-notice-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", path, "-" } };
            using var p = Process.Start(start)!;
            var text = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return Regex.Replace(text, @"\s+", "");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
