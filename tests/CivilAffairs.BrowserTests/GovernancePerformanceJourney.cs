using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 绩效考核: the city officer scores themself in this year's period; the office reviews the score and
/// cannot finalize while others are unreviewed; the training page shows hours against the requirement.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernancePerformanceJourney(BrowserApp app)
{
    [Fact]
    public async Task A_staff_member_self_assesses_and_the_office_reviews()
    {
        var year = ChinaTime.Today(app.Clock).Year;
        var officer = await app.LoginAsync("city.officer");
        await officer.GotoAsync("/governance/performance");
        await officer.GetByTestId("periods").GetByText($"{year}年度").ClickAsync();
        var self = officer.GetByTestId("self-form");
        // wait for the period page (enhanced navigation) before counting its score fields
        await Expect(self).ToBeVisibleAsync();
        var inputs = self.Locator("input[type=number]");
        for (var i = 0; i < await inputs.CountAsync(); i++)
        {
            await inputs.Nth(i).FillAsync("92");
        }
        await self.Locator("button").ClickAsync();
        await Expect(officer.GetByTestId("done")).ToHaveTextAsync("已提交自评");
        await Expect(officer.GetByTestId("assessments").Locator("tr[data-user='city.officer']")).ToContainTextAsync("待评审");
        await officer.Context.CloseAsync();

        var office = await app.LoginAsync("city.office");
        await office.GotoAsync("/governance/performance");
        await office.GetByTestId("periods").GetByText($"{year}年度").ClickAsync();
        var review = office.Locator("[data-testid=review-form][data-user='city.officer']");
        await Expect(review).ToBeVisibleAsync();
        var scores = review.Locator("input[type=number]");
        for (var i = 0; i < await scores.CountAsync(); i++)
        {
            await scores.Nth(i).FillAsync("86");
        }
        await review.Locator("button").ClickAsync();
        await Expect(office.GetByTestId("done")).ToHaveTextAsync("已提交评审");
        await Expect(office.GetByTestId("assessments")).ToContainTextAsync("良好");
        await office.GetByTestId("finalize").ClickAsync();
        await Expect(office.Locator(".alert-danger, .alert-warning").First).ToContainTextAsync("未完成评审");
        await PageChecks.AssertStyledAsync(office);
        await BrowserApp.ShotAsync(office, "governance-performance-period");

        await office.GotoAsync("/governance/training");
        await Expect(office.GetByTestId("hours")).ToContainTextAsync("福田区民政局 王审批");
        await BrowserApp.ShotAsync(office, "governance-training");
        await office.Context.CloseAsync();
    }
}
