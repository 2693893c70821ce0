using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>A clerk enters a 低保 application, accepts it, and the street reviewer puts it into publicity.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationJourney(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_enters_and_accepts_an_application_and_the_reviewer_starts_the_publicity()
    {
        var applicant = IdNumber.Create("440304", new DateOnly(1969, 9, 9), 517);
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/assistance/applications/new");
        await clerk.FillAsync("#applicantName", "浏览器申请人");
        await clerk.FillAsync("#applicantIdNumber", applicant);
        await clerk.FillAsync("#division", "440304004022");
        var rows = clerk.Locator("[data-testid=application-members] tbody tr");
        await rows.Nth(0).Locator("input").Nth(1).FillAsync("800");
        await rows.Nth(1).Locator("input").Nth(0).FillAsync(IdNumber.Create("440304", new DateOnly(1971, 2, 2), 628));
        await clerk.ClickAsync("button:has-text('提交申请')");
        await Expect(clerk.GetByTestId("application-status")).ToHaveTextAsync("待受理");
        await Expect(clerk.GetByTestId("application-detail")).Not.ToContainTextAsync(applicant);
        await clerk.FillAsync("#note", "材料齐全");
        await clerk.ClickAsync("button:has-text('受理')");
        await Expect(clerk.GetByTestId("application-status")).ToHaveTextAsync("审核中");
        var url = clerk.Url;
        await clerk.Context.CloseAsync();

        var reviewer = await app.LoginAsync("futian.street");
        await reviewer.GotoAsync(url);
        await reviewer.ClickAsync("button:has-text('提交审核意见并公示')");
        await Expect(reviewer.Locator("[data-field-error=note]")).ToContainTextAsync("审核意见");
        await reviewer.FillAsync("#note", "入户调查属实，建议批准");
        await reviewer.ClickAsync("button:has-text('提交审核意见并公示')");
        await Expect(reviewer.GetByTestId("application-status")).ToHaveTextAsync("公示中");
        await Expect(reviewer.GetByTestId("application-steps")).ToContainTextAsync("街道审核并公示");
        await BrowserApp.ShotAsync(reviewer, "41-assistance-application-publicity");
        await reviewer.GotoAsync("/assistance/applications");
        await Expect(reviewer.GetByTestId("application-list")).ToContainTextAsync("浏览器申请人");
        await BrowserApp.ShotAsync(reviewer, "42-assistance-applications");
        await reviewer.Context.CloseAsync();
    }
}
