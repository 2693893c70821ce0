using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// The rescue station's DNA work: a kinship calculation, a father's and a person in care's profiles,
/// the candidate with its per-locus table, and the confirmation that records the reunion. The case
/// and the report are written straight into the database (their pages belong to other areas).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DnaJourney(BrowserApp app)
{
    [Fact]
    public async Task The_station_compares_registers_profiles_reviews_the_candidate_and_records_the_reunion()
    {
        var (caseNumber, reportNumber) = await SeedAsync();
        var page = await app.LoginAsync("rescue.station");

        await page.GotoAsync("/rescue/dna/kinship");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("亲缘关系计算");
        await page.FillAsync("#alleged", "D3S1358 15,16\nvWA 18,20\nFGA 21,23\nD18S51 18,20");
        await page.FillAsync("#child", "D3S1358 16\nvWA 17,18\nFGA 23,25\nD18S51 18");
        await page.FillAsync("#mother", "D3S1358 16,16; vWA 17,18; FGA 25,27; D18S51 14,18");
        await page.GetByTestId("compare").ClickAsync();
        await Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("无法判断");
        await Expect(page.Locator("[data-testid=per-locus] tbody tr")).ToHaveCountAsync(4);
        await PageChecks.AssertStyledAsync(page);
        await BrowserApp.ShotAsync(page, "rescue-dna-kinship");

        var gen = new ProfileGenerator(AlleleFrequencies.ChineseReference(), ProfileGenerator.Panel20, 180916);
        var father = gen.Random();
        var son = gen.Child(father, gen.Random());
        await page.GotoAsync("/rescue/dna/profiles");
        await page.FillAsync("#reportNumber", reportNumber);
        await page.SelectOptionAsync("#role", "Father");
        await page.FillAsync("#donorName", "刘长河");
        await page.FillAsync("#sampleId", "SZ-F-" + reportNumber[^6..]);
        await page.FillAsync("#lab", "深圳市公安局刑事科学技术研究所");
        await page.FillAsync("#collectedOn", ChinaTime.Today(app.Clock).AddDays(-20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#genotypeText", Text(father));
        await page.GetByTestId("add").ClickAsync();
        await Expect(page.GetByTestId("created")).ToBeVisibleAsync();

        await page.GotoAsync("/rescue/dna/profiles");
        await page.FillAsync("#caseNumber", caseNumber);
        await page.FillAsync("#sampleId", "SZ-C-" + caseNumber[^6..]);
        await page.FillAsync("#genotypeText", Text(son));
        await page.GetByTestId("add").ClickAsync();
        await Expect(page.GetByTestId("created")).ToBeVisibleAsync();
        var candidate = page.Locator("[data-testid=candidates] tbody tr", new() { HasText = reportNumber });
        await Expect(candidate).ToContainTextAsync("亲子");
        await BrowserApp.ShotAsync(page, "rescue-dna-profile");

        await page.GotoAsync("/rescue/matches?status=Pending");
        await Expect(page.GetByTestId("match-list")).ToContainTextAsync(caseNumber);
        await BrowserApp.ShotAsync(page, "rescue-matches");
        await page.Locator("[data-testid=match-list] tr", new() { HasText = caseNumber }).GetByRole(AriaRole.Link, new() { Name = "查看" }).ClickAsync();
        await Expect(page.Locator("[data-testid=evidence] [data-testid=per-locus] tbody tr")).ToHaveCountAsync(20);
        await page.FillAsync("#reunitedOn", ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.FillAsync("#whoCame", "父亲");
        await page.FillAsync("#followUp", "一个月后电话回访");
        await page.GetByTestId("confirm-button").ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("返乡团聚已登记");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已确认");
        Assert.DoesNotMatch(PageChecks.FullIdNumber(), await page.ContentAsync());
        await BrowserApp.ShotAsync(page, "rescue-match-confirmed");
    }

    private async Task<(string Case, string Report)> SeedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("dna-journey");
        var db = scope.ServiceProvider.GetRequiredService<RescueDb>();
        var seq = Random.Shared.Next(900_000, 999_999);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var c = new RescueCase
        {
            CaseNumber = $"JZ-2026-{seq:000000}", DivisionCode = "440304004", Status = RescueCaseStatus.Registered, Sex = Sex.Male, EstimatedAge = 32,
            FoundAtUtc = now.AddDays(-12), FoundPlace = "福田区深南大道天桥下", AdmittedAtUtc = now.AddDays(-12), Accent = "四川口音",
        };
        var r = new MissingPersonReport
        {
            ReportNumber = $"XQ-2026-{seq:000000}", DivisionCode = "440304", Status = MissingReportStatus.Open, MissingName = "刘建军", MissingSex = Sex.Male,
            MissingBirthYear = 1994, ReporterName = "刘长河", ReporterPhone = "13800138000", ReporterRelationship = "父亲", ReportedAtUtc = now.AddDays(-40),
        };
        db.Cases.Add(c);
        db.Reports.Add(r);
        await db.SaveChangesAsync();
        return (c.CaseNumber, r.ReportNumber);
    }

    private static string Text(IReadOnlyDictionary<string, Genotype> p) => string.Join("\n", p.Select(x => $"{x.Key} {x.Value.First},{x.Value.Second}"));
}
