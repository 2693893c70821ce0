using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9, social work: the district sees its purchased projects with an overdue final evaluation,
/// is refused the mid-term payment of a project whose mid-term evaluation failed, and the city
/// sees the 援疆 projects with 15,260 people served in 2018.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SocialWorkProjectsJourney(BrowserApp app)
{
    [Fact]
    public async Task The_district_cannot_pay_a_project_whose_mid_term_evaluation_failed()
    {
        var warm = await app.NewPageAsync();
        await warm.GotoAsync("/account/login", new() { Timeout = 180_000 });
        await warm.Context.CloseAsync();

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/socialwork/projects");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("政府购买社工服务项目");
        await Expect(district.GetByTestId("overdue")).ToBeVisibleAsync();
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "socialwork-projects-1-list");

        await district.GetByTestId("projects").GetByText("福田区困境儿童家庭支持社工服务项目").ClickAsync();
        await Expect(district.GetByTestId("evaluations")).ToContainTextAsync("不合格");
        await district.SelectOptionAsync("#stage", new SelectOptionValue { Value = "MidTerm" });
        await district.FillAsync("#amount", "180000");
        await district.GetByTestId("payment-save").ClickAsync();
        await Expect(district.Locator(".alert").Filter(new() { HasText = "中期评估未合格" })).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(district, "socialwork-projects-2-payment-refused");
        await district.Context.CloseAsync();

        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/socialwork/aid");
        await Expect(city.GetByTestId("served-2018")).ToHaveTextAsync("15,260");
        await Expect(city.GetByTestId("aid")).ToContainTextAsync("小母牛");
        await BrowserApp.ShotAsync(city, "socialwork-projects-3-aid");
        await city.Context.CloseAsync();
    }
}
