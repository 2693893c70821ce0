using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;
using Xunit.Abstractions;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 8: an organization (org.npo, registered by 福田) logs in and submits its annual report;
/// the district registrar (futian.npo) reviews and grades it 合格; the organization sees the result.
/// Then anyone sees the result on the public lookup (/m/socialorgs) without logging in.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialOrgsAnnualJourney(BrowserApp app, ITestOutputHelper output)
{
    /// <summary>The organization this journey grades: the demo account org.npo's.</summary>
    public const string OrgName = "福田区阳光社工服务中心";

    public const string OrgCode = "52440304MJL0000322";

    [Fact]
    public async Task An_organization_submits_its_annual_report_and_the_district_registry_grades_it()
    {
        // the organization sees what is due: last year's report, past its 5-31 deadline
        var org = await app.LoginAsync("org.npo");
        await org.GotoAsync("/socialorgs/annual");
        await Expect(org.Locator("main h1")).ToHaveTextAsync("年度报告");
        await Expect(org.Locator("main")).ToContainTextAsync(OrgName);
        await Expect(org.GetByTestId("due")).ToContainTextAsync("年度工作报告");
        await Expect(org.GetByTestId("overdue")).ToBeVisibleAsync();
        await PageChecks.AssertStyledAsync(org);
        await BrowserApp.ShotAsync(org, "socialorgs-annual-due");
        await org.GetByTestId("start").ClickAsync();

        // it fills the report in and submits; a missing summary is refused first
        await Expect(org.GetByTestId("report-form")).ToBeVisibleAsync();
        foreach (var (field, value) in new[]
        {
            ("individualMembers", "0"), ("unitMembers", "0"), ("fullTimeStaff", "18"), ("councilMeetings", "4"), ("generalMeetings", "0"),
            ("incomeTotal", "2860000"), ("expenditureTotal", "2712500.50"), ("charitableExpenditure", "2350000"), ("staffAndAdminCosts", "236000"), ("netAssets", "415300"),
        })
        {
            await org.GetByTestId(field).FillAsync(value);
        }
        await org.GetByTestId("submit").ClickAsync();
        await Expect(org.Locator("[data-field-error=activitiesSummary]")).ToContainTextAsync("主要活动");
        await org.GetByTestId("activities").FillAsync("承接福田街道社区综合服务项目，开展长者探访、青少年成长、家庭支持等服务，全年服务约2.6万人次。");
        await org.GetByTestId("submit").ClickAsync();
        await Expect(org.GetByTestId("done")).ToContainTextAsync("年度报告已提交");
        await Expect(org.GetByTestId("status")).ToHaveTextAsync("待审查");
        await Expect(org.GetByTestId("late")).ToHaveTextAsync("逾期提交");
        await BrowserApp.ShotAsync(org, "socialorgs-annual-submitted");
        await org.Context.CloseAsync();

        // the district registrar finds it in the queue and grades it
        var registrar = await app.LoginAsync("futian.npo");
        await registrar.GotoAsync("/socialorgs/annual?status=Submitted");
        await Expect(registrar.Locator("main h1")).ToContainTextAsync("年报年检");
        var row = registrar.GetByTestId("reports").Locator($"tr[data-org='{OrgCode}']");
        await Expect(row).ToContainTextAsync("待审查");
        await BrowserApp.ShotAsync(registrar, "socialorgs-annual-queue");
        await row.Locator("a").First.ClickAsync();
        await Expect(registrar.GetByTestId("grade-panel")).ToBeVisibleAsync();
        await Expect(registrar.GetByTestId("suggested")).ToContainTextAsync("合格");
        await registrar.GetByTestId("result-Pass").CheckAsync();
        await registrar.GetByTestId("opinion").FillAsync("年度报告材料齐全，活动符合章程。");
        await BrowserApp.ShotAsync(registrar, "socialorgs-annual-review");
        await registrar.GetByTestId("grade").ClickAsync();
        await Expect(registrar.GetByTestId("result")).ToHaveTextAsync("年检结论：合格");
        await PageChecks.AssertStyledAsync(registrar);
        await BrowserApp.ShotAsync(registrar, "socialorgs-annual-graded");
        await registrar.Context.CloseAsync();

        // the organization sees the result on its page
        var again = await app.LoginAsync("org.npo");
        await again.GotoAsync("/socialorgs/annual");
        await Expect(again.GetByTestId("my-result")).ToContainTextAsync("合格");
        await BrowserApp.ShotAsync(again, "socialorgs-annual-result");
        await again.Context.CloseAsync();

        await ThenThePublicLookupShowsAsync(OrgName, OrgCode);
    }

    /// <summary>
    /// The public lookup (/m/socialorgs, no login, a phone) shows the graded organization's latest
    /// inspection: last year's report graded 合格, and nothing about its people.
    /// </summary>
    private async Task ThenThePublicLookupShowsAsync(string name, string code)
    {
        var context = await app.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "zh-CN" });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync(app.BaseUrl + "/m/socialorgs");
        await phone.FillAsync("#q", name);
        await phone.GetByTestId("lookup-submit").TapAsync();
        var card = phone.Locator($"[data-testid=org-card][data-code='{code}']");
        var year = ChinaTime.Today(TimeProvider.System).Year - 1;
        await Expect(card.GetByTestId("inspection")).ToHaveTextAsync($"{year}年度 合格");
        await BrowserApp.ShotAsync(phone, "socialorgs-annual-public-lookup");
        output.WriteLine($"public lookup shows {code} graded 合格 for {year}");
        await context.CloseAsync();
    }
}
