using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 临时救助 registered and granted first by the street; the review due list and the support-plan
/// report over the demo data of 光明区 (377 households / 1,110 persons reached all targets in 2018).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssistanceCasesJourney(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_registers_urgent_aid_the_street_grants_it_first_and_the_city_sees_reviews_and_support_results()
    {
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/assistance/temporary/new");
        await clerk.FillAsync("#desc", "男，约50岁，福田口岸附近发现，身无分文");
        await clerk.UncheckAsync("#hukou");
        await clerk.FillAsync("#division", "440304004");
        await clerk.FillAsync("#amount", "50000");
        await clerk.FillAsync("#reason", "流浪滞留，突发疾病");
        await clerk.ClickAsync("button:has-text('登记')");
        await Expect(clerk.Locator("[data-field-error=amount]")).ToContainTextAsync("超过上限");
        await BrowserApp.ShotAsync(clerk, "51-assistance-temporary-cap");
        await clerk.FillAsync("#amount", "2000");
        await clerk.ClickAsync("button:has-text('登记')");
        await Expect(clerk.GetByTestId("temporary-status")).ToHaveTextAsync("待街道审核");
        await Expect(clerk.GetByTestId("temporary-detail")).ToContainTextAsync("无证件");
        var url = clerk.Url;
        await clerk.Context.CloseAsync();

        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync(url);
        await street.FillAsync("#note", "情况紧急，先行救助");
        await street.ClickAsync("button:has-text('街道先行救助（批准）')");
        await Expect(street.GetByTestId("temporary-status")).ToHaveTextAsync("已批准");
        await Expect(street.GetByTestId("approved-amount")).ToContainTextAsync("2,000.00");
        await Expect(street.GetByTestId("temporary-steps")).ToContainTextAsync("街道先行救助");
        await BrowserApp.ShotAsync(street, "52-assistance-temporary-detail");
        await street.GotoAsync("/assistance/temporary");
        await Expect(street.GetByTestId("temporary-list")).ToContainTextAsync("姓名不详");
        await BrowserApp.ShotAsync(street, "53-assistance-temporary-list");
        await street.Context.CloseAsync();

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/assistance/reviews?within=30");
        await Expect(city.GetByTestId("review-due-list")).ToContainTextAsync("440311");
        await Expect(city.GetByTestId("review-due-list").Locator("tr.table-danger").First).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(city, "54-assistance-reviews-due");
        await city.GetByTestId("review-due-list").Locator("tbody tr a").First.ClickAsync();
        await Expect(city.GetByTestId("enrolment-detail")).ToContainTextAsync("在保");
        await BrowserApp.ShotAsync(city, "55-assistance-review-detail");
        await city.GotoAsync("/assistance/support-plans?rdivision=440311&from=2018-01-01&to=2018-12-31&status=Active");
        await Expect(city.GetByTestId("report-achieved")).ToHaveTextAsync("377");
        await Expect(city.GetByTestId("plan-report")).ToContainTextAsync("1110");
        await BrowserApp.ShotAsync(city, "56-assistance-support-plans");
        await city.GetByTestId("plan-list").Locator("tbody tr a").First.ClickAsync();
        await Expect(city.GetByTestId("plan-goals")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(city, "57-assistance-support-plan-detail");
        await city.Context.CloseAsync();

        // a street reviewer of 光明区 records a review on the overdue household
        await EnsureUserAsync("guangming.street", Roles.StreetReviewer, "440311");
        var reviewer = await app.LoginAsync("guangming.street");
        await reviewer.GotoAsync("/assistance/reviews?overdue=true");
        await reviewer.GetByTestId("review-due-list").Locator("tbody tr a").First.ClickAsync();
        await Expect(reviewer.GetByTestId("review-members")).ToBeVisibleAsync();
        await reviewer.FillAsync("#note", "入户核查：家庭情况无变化");
        await BrowserApp.ShotAsync(reviewer, "58-assistance-review-form");
        await reviewer.ClickAsync("button:has-text('继续保障')");
        await Expect(reviewer.GetByTestId("review-history")).ToContainTextAsync("继续保障");
        await Expect(reviewer.GetByTestId("enrolment-events")).ToContainTextAsync("复核：继续保障");
        await BrowserApp.ShotAsync(reviewer, "59-assistance-review-recorded");
        await reviewer.Context.CloseAsync();
    }

    private async Task EnsureUserAsync(string userName, string role, string jurisdiction)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await users.FindByNameAsync(userName) is not null)
        {
            return;
        }
        var user = new StaffUser { UserName = userName, DisplayName = "光明街道 审核人", Jurisdiction = jurisdiction, EmailConfirmed = true, CreatedAtUtc = DateTime.UtcNow };
        Assert.True((await users.CreateAsync(user, BrowserApp.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
