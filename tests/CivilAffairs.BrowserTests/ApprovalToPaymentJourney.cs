using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 3's whole path in the browser: a clerk enters and accepts an application, the street
/// reviewer puts it into publicity, after the publicity the district approves it, registers the
/// bank account and prepares the next month's payment run, which pays the household.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApprovalToPaymentJourney(BrowserApp app)
{
    [Fact]
    public async Task An_application_entered_by_a_clerk_is_approved_and_paid_in_the_next_months_run()
    {
        var applicant = IdNumber.Create("440304", new DateOnly(1958, 4, 4), 733);
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/assistance/applications/new");
        await clerk.FillAsync("#applicantName", "全程申请人");
        await clerk.FillAsync("#applicantIdNumber", applicant);
        await clerk.FillAsync("#division", "440304004022");
        var rows = clerk.Locator("[data-testid=application-members] tbody tr");
        await rows.Nth(0).Locator("input").Nth(1).FillAsync("600");
        await rows.Nth(1).Locator("input").Nth(0).FillAsync(IdNumber.Create("440304", new DateOnly(1960, 6, 6), 842));
        await clerk.ClickAsync("button:has-text('提交申请')");
        await Expect(clerk.GetByTestId("application-status")).ToHaveTextAsync("待受理");
        await clerk.FillAsync("#note", "材料齐全");
        await clerk.ClickAsync("button:has-text('受理')");
        await Expect(clerk.GetByTestId("application-status")).ToHaveTextAsync("审核中");
        var url = clerk.Url;
        await clerk.Context.CloseAsync();

        var reviewer = await app.LoginAsync("futian.street");
        await reviewer.GotoAsync(url);
        await reviewer.FillAsync("#note", "入户调查属实，建议批准");
        await reviewer.ClickAsync("button:has-text('提交审核意见并公示')");
        await Expect(reviewer.GetByTestId("application-status")).ToHaveTextAsync("公示中");
        await reviewer.Context.CloseAsync();

        // the 7-day publicity passes without objection
        app.Clock.Offset = TimeSpan.FromDays(8);
        try
        {
            var district = await app.LoginAsync("futian.district");
            await district.GotoAsync(url);
            await district.FillAsync("#note", "同意");
            await district.ClickAsync("button:has-text('批准')");
            await Expect(district.GetByTestId("application-status")).ToHaveTextAsync("已批准");
            await Expect(district.GetByTestId("decision-pdf")).ToBeVisibleAsync();
            await BrowserApp.ShotAsync(district, "60-assistance-application-approved");

            var today = ChinaTime.Today(app.Clock);
            var month = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
            await district.GotoAsync("/assistance/enrolments");
            await district.GetByTestId("enrolment-list").Locator("a", new() { HasText = "全程申请人" }).ClickAsync();
            await district.GetByLabel("开户银行").FillAsync("中国农业银行深圳福田支行");
            await district.GetByLabel("银行账号").FillAsync("6228480012345678901");
            await district.ClickAsync("form:has(input[value=bank]) button[type=submit]");
            await Expect(district.GetByTestId("enrolment-bank")).ToContainTextAsync("****8901");

            await district.GotoAsync("/assistance/payments");
            await district.FillAsync("#month", month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            await district.FillAsync("#division", "440304004022");
            await district.ClickAsync("button:has-text('编制批次')");
            await Expect(district.GetByTestId("run-status")).ToHaveTextAsync("待复核");
            var line = district.GetByTestId("run-lines").Locator("tr", new() { HasText = "全程申请人" });
            await Expect(line.First).ToContainTextAsync("****8901");
            await Expect(district.GetByTestId("run-lines")).Not.ToContainTextAsync(applicant);
            await BrowserApp.ShotAsync(district, "61-assistance-payment-run-with-new-household");
            await district.Context.CloseAsync();
        }
        finally
        {
            app.Clock.Offset = TimeSpan.Zero;
        }
    }
}
