using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// The whole family search through the pages, as the station works it: a man found at a bus stop
/// is admitted, his notice is published, his father registers him missing and gives a DNA sample,
/// the man's own sample finds the father, a person confirms the match and the reunion is counted.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RescueReunionJourney(BrowserApp app)
{
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAADAAAAA8CAIAAACvoq6rAAAArklEQVR42u3XQQ6DMBBD0X9i1lyXdS/BAqmqCoUwJBmnsuQDvJVlsywvqWCQQQYZZFBd0DTN++SADinPWTTShE2008RMNNUETIODApq7JoMqgsKaWyaDDDJICORiHBHk+THiYlTc1IqvQ/GX+UobZNCf76GHmnIT3TSFJnpqSkx01lya6K85N5GiOTGRpfllIlFzaCJXszeRrvkyoaD5NCGieZvQ0WxBSmOQQRWyAlGYH2B4DbgvAAAAAElFTkSuQmCC");

    [Fact]
    public async Task Intake_notice_DNA_match_and_reunion()
    {
        var today = ChinaTime.Today(app.Clock);
        var accent = "贵州口音" + Guid.NewGuid().ToString("N")[..4];
        var page = await app.LoginAsync("rescue.station");

        // 1. intake: an adult without ID, found by police at a bus stop in 福田
        await page.GotoAsync("/rescue/cases/new");
        await page.FillAsync("#place", "福田区深南大道车公庙公交站");
        await page.FillAsync("#street", "440304004");
        await page.FillAsync("#unit", "福田派出所");
        await page.SelectOptionAsync("#sex", "Male");
        await page.FillAsync("#age", "35");
        await page.FillAsync("#height", "170");
        await page.FillAsync("#accent", accent);
        await page.FillAsync("#clothing", "灰色外套，蓝色牛仔裤");
        await page.FillAsync("#features", "左手背有烫伤疤痕");
        await page.SetInputFilesAsync("#photo", new FilePayload { Name = "man.png", MimeType = "image/png", Buffer = Png });
        await page.GetByTestId("save-intake").ClickAsync();
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("受助登记");
        var caseNumber = (await page.Locator("main h1 .mono").InnerTextAsync()).Trim();
        Assert.StartsWith($"JZ-{today.Year}-", caseNumber, StringComparison.Ordinal);
        var caseUrl = page.Url;
        await Expect(page.GetByTestId("family-search-links")).ToBeVisibleAsync();

        // 2. the notice, drafted from the case and published
        await page.GotoAsync("/rescue/notices");
        await page.Locator($"[data-testid=notices-due] tr[data-case='{caseNumber}']").GetByTestId("create-notice").ClickAsync();
        await Expect(page.Locator("#accent")).ToHaveValueAsync(accent);
        await page.GetByTestId("publish").ClickAsync();
        await Expect(page.GetByTestId("notice-status")).ToHaveTextAsync("已发布");
        var publicUrl = await page.GetByTestId("public-link").GetAttributeAsync("href");
        var anonymous = await app.NewPageAsync();
        await anonymous.GotoAsync(publicUrl!);
        await Expect(anonymous.GetByTestId("public-notice")).ToContainTextAsync("左手背有烫伤疤痕");
        await page.GotoAsync(caseUrl);
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("寻亲公告已发布");

        // 3. the father reports his son missing
        await page.GotoAsync("/rescue/reports/new");
        await page.FillAsync("#m-name", "王小军");
        await page.SelectOptionAsync("#m-sex", "Male");
        await page.FillAsync("#m-birth", (today.Year - 35).ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#m-accent", accent);
        await page.FillAsync("#r-name", "王德福");
        await page.FillAsync("#r-phone", "13712345678");
        await page.SelectOptionAsync("#r-rel", "父亲");
        await page.GetByTestId("submit-report").ClickAsync();
        await Expect(page.GetByTestId("report-status")).ToBeVisibleAsync();
        var reportNumber = (await page.Locator("main h1 .mono").InnerTextAsync()).Trim();
        var reportUrl = page.Url;

        // 4. DNA: the father's sample, then the man's own, which finds the father
        var gen = new ProfileGenerator(AlleleFrequencies.ChineseReference(), ProfileGenerator.Panel20, Random.Shared.Next());
        var father = gen.Random();
        var son = gen.Child(father, gen.Random());
        await page.GotoAsync("/rescue/dna/profiles");
        await page.FillAsync("#reportNumber", reportNumber);
        await page.SelectOptionAsync("#role", "Father");
        await page.FillAsync("#donorName", "王德福");
        await page.FillAsync("#sampleId", "SZ-F-" + reportNumber[^6..] + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#lab", "深圳市公安局刑事科学技术研究所");
        await page.FillAsync("#collectedOn", today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#genotypeText", Text(father));
        await page.GetByTestId("add").ClickAsync();
        await Expect(page.GetByTestId("created")).ToBeVisibleAsync();

        await page.GotoAsync("/rescue/dna/profiles");
        await page.FillAsync("#caseNumber", caseNumber);
        await page.FillAsync("#sampleId", "SZ-C-" + caseNumber[^6..] + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#genotypeText", Text(son));
        await page.GetByTestId("add").ClickAsync();
        await Expect(page.GetByTestId("created")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=candidates] tbody tr", new() { HasText = reportNumber })).ToContainTextAsync("亲子");
        await page.GotoAsync(caseUrl);
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("疑似匹配");

        // 5. a person reviews the per-locus evidence and confirms; the reunion is recorded
        await page.GotoAsync("/rescue/matches?status=Pending");
        await page.Locator("[data-testid=match-list] tr", new() { HasText = caseNumber }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await Expect(page.Locator("[data-testid=evidence] [data-testid=per-locus] tbody tr")).ToHaveCountAsync(20);
        await page.FillAsync("#reunitedOn", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#whoCame", "父亲");
        await page.GetByTestId("confirm-button").ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("返乡团聚已登记");

        // the case went home, the report is found, the notice is down, and the year's DNA count includes him
        await page.GotoAsync(caseUrl);
        await Expect(page.GetByTestId("case-status")).ToHaveTextAsync("返乡/接回");
        await page.GotoAsync(reportUrl);
        await Expect(page.GetByTestId("report-reunion")).ToContainTextAsync(caseNumber);
        await Expect(page.GetByTestId("report-reunion")).ToContainTextAsync("DNA");
        await anonymous.GotoAsync(publicUrl!);
        await Expect(anonymous.GetByTestId("public-missing")).ToBeVisibleAsync();
        await page.GotoAsync($"/rescue/stats?year={today.Year}");
        var dna = page.Locator("[data-testid=kpis] [data-kpi=Dna]");
        await Expect(dna).ToBeVisibleAsync();
        Assert.True(int.Parse((await dna.Locator("div").First.InnerTextAsync()).Trim(), CultureInfo.InvariantCulture) >= 1);
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "rescue-stats-after-reunion");
        await anonymous.Context.CloseAsync();
        await page.Context.CloseAsync();
    }

    private static string Text(IReadOnlyDictionary<string, Genotype> p) => string.Join("\n", p.Select(x => $"{x.Key} {x.Value.First},{x.Value.Second}"));
}
