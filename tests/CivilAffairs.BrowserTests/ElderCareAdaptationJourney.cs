using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// A home adaptation from the assessment visit to closure (clerk assesses, the street reviewer
/// approves, the clerk records the contractor, a photo and the passed check), then the district
/// reads the reports page with its charts, reached by the menu (enhanced navigation) and directly.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ElderCareAdaptationJourney(BrowserApp app)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task A_clerk_assesses_the_street_approves_and_the_check_closes_the_case_then_the_district_reads_the_charts()
    {
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/eldercare/adaptations");
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("适老化改造");
        await Expect(clerk.GetByTestId("cases").Locator("td[data-testid=overdue]").First).ToContainTextAsync("超期");
        await PageChecks.AssertStyledAsync(clerk);
        await PageChecks.AssertNoFullIdNumberAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "eldercare-adaptations");

        // the demo case waiting for its visit that is not yet overdue
        await clerk.ClickAsync("[data-testid=cases] tr:not(.table-danger):has-text('待评估') a");
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("待评估");
        var caseUrl = clerk.Url;
        await clerk.FillAsync("#s-by", "梁评估");
        await clerk.FillAsync("#s-f", "卫生间无扶手，地面湿滑");
        await clerk.SelectOptionAsync("[data-testid=m-code-0]", "handrail");
        await clerk.FillAsync("[data-testid=m-qty-0]", "3");
        await clerk.FillAsync("[data-testid=m-cost-0]", "180");
        await clerk.SelectOptionAsync("[data-testid=m-code-1]", "toilet");
        await clerk.FillAsync("[data-testid=m-qty-1]", "1");
        await clerk.FillAsync("[data-testid=m-cost-1]", "650");
        await clerk.ClickAsync("[data-testid=assess-form] button[type=submit]");
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("待审批");
        await Expect(clerk.GetByTestId("cost")).ToHaveTextAsync("1,190.00");
        await Expect(clerk.GetByTestId("subsidy")).ToHaveTextAsync("1,190.00");
        await BrowserApp.ShotAsync(clerk, "eldercare-adaptation-assessed");

        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync(caseUrl);
        await street.GetByTestId("approve").ClickAsync();
        await Expect(street.GetByTestId("status")).ToHaveTextAsync("待施工");

        await clerk.GotoAsync(caseUrl);
        await clerk.FillAsync("#k-name", "深圳市安居适老工程有限公司");
        await clerk.FillAsync("#k-code", "91440300MA5F0ADP1X");
        await clerk.FillAsync("#k-plan", DateTime.UtcNow.AddHours(8).AddDays(20).ToString("yyyy-MM-dd"));
        await clerk.ClickAsync("[data-testid=contract-form] button[type=submit]");
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("施工中");
        // a text file is refused, a PNG is taken
        await clerk.SetInputFilesAsync("[data-testid=photo-file]", new FilePayload { Name = "x.png", MimeType = "image/png", Buffer = "not a photo"u8.ToArray() });
        await clerk.ClickAsync("[data-testid=photo-form] button[type=submit]");
        await Expect(clerk.Locator("main")).ToContainTextAsync("只接受 JPEG 或 PNG 照片");
        await clerk.SetInputFilesAsync("[data-testid=photo-file]", new FilePayload { Name = "done.png", MimeType = "image/png", Buffer = Png });
        await clerk.ClickAsync("[data-testid=photo-form] button[type=submit]");
        await Expect(clerk.GetByTestId("photos").Locator("img")).ToHaveCountAsync(1);
        await clerk.FillAsync("#c-by", "陈验收");
        await clerk.CheckAsync("#c-pass");
        await clerk.ClickAsync("[data-testid=check-form] button[type=submit]");
        await Expect(clerk.GetByTestId("status")).ToHaveTextAsync("已结案");
        await PageChecks.AssertNoFullIdNumberAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "eldercare-adaptation-closed");

        // the reports page, reached from the menu (enhanced navigation) and then loaded directly
        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/eldercare/adaptations");
        await district.ClickAsync("a[href='/eldercare/reports']");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("养老服务统计报表");
        await Expect(district.Locator("[data-testid=chart-elders] svg")).ToHaveCountAsync(1);
        await district.GotoAsync("/eldercare/reports");
        await Expect(district.Locator("[data-testid=chart-elders] svg")).ToHaveCountAsync(1);
        await Expect(district.Locator("[data-testid=section][data-area='适老化改造'] [data-testid=chart-area] svg")).ToHaveCountAsync(1);
        await Expect(district.Locator("[data-testid=section][data-area='养老人才']")).ToContainTextAsync("在岗养老护理员");
        await Expect(district.GetByTestId("elder-bands")).ToContainTextAsync("福田区");
        await PageChecks.AssertStyledAsync(district);
        await BrowserApp.ShotAsync(district, "eldercare-reports");
    }
}
