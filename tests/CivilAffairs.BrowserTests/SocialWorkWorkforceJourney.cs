using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9, social work: the street clerk records a certified social worker and a continuing-education
/// course (the yearly shortfall shows in red); the city officer sees 597 mental-health and 528
/// drug-rehabilitation full-time social workers in the statistics.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialWorkWorkforceJourney(BrowserApp app)
{
    [Fact]
    public async Task The_clerk_records_a_social_worker_and_the_city_sees_the_statistics_by_field()
    {
        var warm = await app.NewPageAsync();
        await warm.GotoAsync("/account/login", new() { Timeout = 180_000 });
        await warm.Context.CloseAsync();

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var id = IdNumber.Create("440304", new DateOnly(1992, 3, 14), 200 + Random.Shared.Next(700));
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/socialwork/workers");
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("社会工作者");
        await PageChecks.AssertStyledAsync(clerk);
        await PageChecks.AssertNoFullIdNumberAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "socialwork-workforce-1-workers", fullPage: false);

        await clerk.GetByTestId("new-worker").ClickAsync();
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("登记社工");
        await clerk.FillAsync("#name", "令狐社工");
        await clerk.FillAsync("#idNumber", id);
        await clerk.SelectOptionAsync("#field", new SelectOptionValue { Value = "Elderly" });
        await clerk.SelectOptionAsync("#qualification", new SelectOptionValue { Value = "Intermediate" });
        await clerk.FillAsync("#certificateNumber", "2017244" + id[^6..]);
        await clerk.FillAsync("#certificateYear", "2017");
        await clerk.SelectOptionAsync("#organization", new SelectOptionValue { Label = "福田区阳光社工服务中心" });
        await clerk.FillAsync("#divisionCode", "440304004");
        await clerk.FillAsync("#hiredOn", today.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await BrowserApp.ShotAsync(clerk, "socialwork-workforce-2-new");
        await clerk.GetByTestId("worker-save").ClickAsync();
        await Expect(clerk.GetByTestId("worker-saved")).ToBeVisibleAsync();
        await Expect(clerk.GetByTestId("worker-name")).ToHaveTextAsync("令狐社工");
        await Expect(clerk.GetByTestId("worker-id")).ToHaveTextAsync(Masking.IdNumber(id));

        await clerk.FillAsync("#course", "老年社会工作实务");
        await clerk.FillAsync("#hours", "24");
        await clerk.GetByTestId("ce-save").ClickAsync();
        await Expect(clerk.GetByTestId("ce-shortfall").First).ToHaveTextAsync("48");
        await BrowserApp.ShotAsync(clerk, "socialwork-workforce-3-worker");

        // a wrong ID number is refused with a Chinese message, what was typed stays
        await clerk.GotoAsync("/socialwork/workers/new");
        await clerk.FillAsync("#name", "错误号码");
        await clerk.FillAsync("#idNumber", id[..17] + (id[17] == '0' ? "1" : "0"));
        await clerk.GetByTestId("worker-save").ClickAsync();
        await Expect(clerk.Locator(".invalid-feedback, .text-danger").Filter(new() { HasText = "校验位" }).First).ToBeVisibleAsync();
        await Expect(clerk.Locator("#name")).ToHaveValueAsync("错误号码");
        await clerk.Context.CloseAsync();

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/socialwork/stats");
        await Expect(city.GetByTestId("stats-fields").Locator("tr[data-key='MentalHealth']").GetByTestId("fulltime")).ToHaveTextAsync("597");
        await Expect(city.GetByTestId("stats-fields").Locator("tr[data-key='DrugRehab']").GetByTestId("fulltime")).ToHaveTextAsync("528");
        await Expect(city.Locator("[data-testid='chart-fields'] svg")).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(city, "socialwork-workforce-4-stats");
        await city.GotoAsync("/socialwork/organizations");
        await Expect(city.GetByTestId("organizations")).ToContainTextAsync("福田区阳光社工服务中心");
        await BrowserApp.ShotAsync(city, "socialwork-workforce-5-organizations");
        await city.Context.CloseAsync();
    }
}
