using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.Face;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>救助站 staff paste face vectors supplied by the police platform for two reports and a person in care, and review the ranked result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RescueFaceJourney(BrowserApp app)
{
    // a 2×2 grey PNG, enough for the thumbnail column
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAAEElEQVR4nGNoaGhgYGBgAAAIBAEBqvw4NwAAAABJRU5ErkJggg==");

    [Fact]
    public async Task The_station_adds_vectors_and_the_same_person_tops_the_results_as_a_pending_candidate()
    {
        var faces = new SyntheticFaces(512, 77);
        var tag = Random.Shared.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var (caseNo, reportNo, otherNo) = ($"JZ-2026-{tag}", $"XQ-2026-{tag}", $"XQ-2026-{tag}B");
        await SeedAsync(caseNo, reportNo, otherNo);

        var page = await app.LoginAsync("rescue.station");
        await page.GotoAsync("/rescue/face");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("人脸比对");
        await Expect(page.GetByTestId("no-provider")).ToContainTextAsync("未配置人脸识别服务");

        // a vector of the wrong length is refused with the dimension in force
        await AddAsync(page, caseNo, new float[128].Select((_, i) => i / 128f).ToArray());
        await Expect(page.Locator("[data-field-error=vector]")).ToContainTextAsync("在用识别模型要求512维");

        await AddAsync(page, reportNo, faces.Photo(4242, 0));
        await Expect(page.GetByTestId("added")).ToContainTextAsync("新增待核验候选 0 条");
        await AddAsync(page, otherNo, faces.Photo(777, 0));
        await AddAsync(page, caseNo, faces.Photo(4242, 1));
        await Expect(page.GetByTestId("added")).ToContainTextAsync("新增待核验候选 1 条");
        var results = await page.GetByTestId("added").Locator("a").GetAttributeAsync("href");
        await page.GotoAsync("/rescue/face?q=" + tag); // the demo data has embeddings of its own
        await Expect(page.GetByTestId("embedding-list").Locator("tbody tr")).ToHaveCountAsync(3);
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "rescue-face");

        await page.GotoAsync(results!);
        await Expect(page.Locator("main h1")).ToHaveTextAsync("人脸比对结果");
        var rows = page.GetByTestId("face-results").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.First).ToContainTextAsync(reportNo);
        await Expect(rows.First).ToContainTextAsync("待核验");
        await Expect(rows.Nth(1)).ToContainTextAsync(otherNo);
        Assert.True(double.Parse(await rows.First.GetByTestId("score").InnerTextAsync(), CultureInfo.InvariantCulture) >= 0.55);
        await BrowserApp.ShotAsync(page, "rescue-face-search");

        // from the report's side the person in care comes first, with the intake photo
        await page.GotoAsync("/rescue/face?q=" + reportNo);
        await page.GetByTestId("embedding-list").Locator("a:has-text('比对')").First.ClickAsync();
        await Expect(rows.First).ToContainTextAsync(caseNo);
        await Expect(rows.First.Locator("img")).ToBeVisibleAsync();
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
    }

    private static async Task AddAsync(Microsoft.Playwright.IPage page, string number, float[] vector)
    {
        await page.FillAsync("#f-number", number);
        await page.FillAsync("#f-model", "arcface-r100");
        await page.FillAsync("#f-version", "2024.1");
        await page.FillAsync("#f-vector", string.Join(",", vector.Select(x => x.ToString("R", CultureInfo.InvariantCulture))));
        await page.FillAsync("#f-source", "市公安局人像比对平台");
        await page.GetByTestId("vector-form").Locator("button[type=submit]").ClickAsync();
        await page.WaitForLoadStateAsync();
    }

    private async Task SeedAsync(string caseNo, string reportNo, string otherNo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("journey");
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var now = DateTime.UtcNow;
        var c = new RescueCase
        {
            CaseNumber = caseNo, DivisionCode = "440304004", Status = RescueCaseStatus.Identifying, Name = "无名氏（福田站前）", Sex = Sex.Male, EstimatedAge = 55,
            FoundAtUtc = now.AddDays(-9), FoundPlace = "福田区深南大道福田站B出口", Accent = "湖南口音", AdmittedAtUtc = now.AddDays(-9),
        };
        db.Cases.Add(c);
        db.Photos.Add(new CasePhoto { CaseId = c.Id, DivisionCode = c.DivisionCode, ContentType = "image/png", Content = Png, TakenAtUtc = now.AddDays(-9), IsPrimary = true });
        foreach (var (no, name, division) in new[] { (reportNo, "刘建军", "440305"), (otherNo, "陈国平", "440303") })
        {
            db.Reports.Add(new MissingPersonReport
            {
                ReportNumber = no, DivisionCode = division, Status = MissingReportStatus.Open, MissingName = name, MissingSex = Sex.Male, MissingBirthYear = 1970,
                MissingSince = DateOnly.FromDateTime(now.AddDays(-40)), ReporterName = "刘小梅", ReporterPhone = "13912345678", ReporterRelationship = "女儿", ReportedAtUtc = now.AddDays(-30),
            });
        }
        await db.SaveChangesAsync();
    }
}
