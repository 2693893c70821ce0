using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Issue 9: the 福华社区 worker records a 民生微实事 proposal (first over the cap, then within it) and the residents' vote;
/// the 福田街道 reviewer approves it; anyone on a phone reads the notices of every stage without personal data.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CommunityMicroProjectsJourney(BrowserApp app)
{
    private const string Title = "福华社区长者智能手机课堂（旅程）";

    [Fact]
    public async Task The_community_proposes_the_street_approves_and_the_public_page_shows_the_notices()
    {
        var warm = await app.NewPageAsync();
        await warm.GotoAsync("/account/login", new() { Timeout = 180_000 });
        await warm.Context.CloseAsync();
        var today = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // the community worker proposes: over the service cap first, then within it
        var worker = await app.LoginAsync("futian.community");
        await worker.GotoAsync("/community/microprojects");
        await Expect(worker.Locator("main h1")).ToHaveTextAsync("民生微实事项目");
        await PageChecks.AssertStyledAsync(worker);
        await BrowserApp.ShotAsync(worker, "community-micro-1-list");
        await worker.GetByTestId("micro-new-tab").ClickAsync();
        await Expect(worker.Locator("#divisionCode")).ToHaveValueAsync("440304004022");
        await worker.SelectOptionAsync("#type", "Service");
        await worker.SelectOptionAsync("#theme", "Convenience");
        await worker.FillAsync("#title", Title);
        await worker.FillAsync("#description", "每周两次在党群服务中心教长者使用智能手机：健康码、移动支付、视频通话和防诈骗。");
        await worker.SelectOptionAsync("#proposerKind", "Residents");
        await worker.FillAsync("#proposerCount", "36");
        await worker.FillAsync("#beneficiaries", "240");
        await worker.FillAsync("#budget", "600000");
        await worker.GetByTestId("micro-create").ClickAsync();
        await Expect(worker.Locator("[data-field-error='budget']")).ToContainTextAsync("不得超过500,000.00元");
        await Expect(worker.Locator("#title")).ToHaveValueAsync(Title);
        await BrowserApp.ShotAsync(worker, "community-micro-2-cap-error");
        await worker.FillAsync("#budget", "120000");
        await worker.GetByTestId("micro-create").ClickAsync();
        await Expect(worker.GetByTestId("micro-stage")).ToHaveTextAsync("项目征集");
        await Expect(worker.GetByTestId("micro-split")).ToContainTextAsync("60,000.00");
        var number = (await worker.GetByTestId("micro-number").InnerTextAsync()).Trim();

        // the residents' meeting votes; the worker cannot approve
        await worker.FillAsync("#meetingOn", today);
        await worker.FillAsync("#attendees", "42");
        await worker.FillAsync("#votesFor", "33");
        await worker.FillAsync("#votesAgainst", "6");
        await worker.FillAsync("#votesAbstain", "3");
        await worker.GetByTestId("micro-review").ClickAsync();
        await Expect(worker.GetByTestId("micro-stage")).ToHaveTextAsync("项目评议");
        await Expect(worker.GetByTestId("micro-vote")).ToContainTextAsync("赞成 33");
        Assert.Equal(0, await worker.GetByTestId("micro-approve").CountAsync());
        await BrowserApp.ShotAsync(worker, "community-micro-3-reviewed");
        await worker.Context.CloseAsync();

        // the street reviewer finds it among the projects awaiting approval and approves it
        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync("/community/microprojects?stage=Reviewed");
        var row = street.GetByTestId("micro-list").Locator($"tr[data-number='{number}']");
        await Expect(row).ToContainTextAsync(Title);
        await BrowserApp.ShotAsync(street, "community-micro-4-street-queue");
        await row.Locator("a").First.ClickAsync();
        await Expect(street.GetByTestId("micro-envelope")).ToContainTextAsync("剩余");
        await street.GetByTestId("micro-approve").ClickAsync();
        await Expect(street.GetByTestId("micro-stage")).ToHaveTextAsync("项目确定");
        await Expect(street.GetByTestId("micro-timeline")).ToContainTextAsync("单项上限=500000");
        await Expect(street.GetByTestId("micro-notices")).ToContainTextAsync("市级财政60,000.00元");
        await BrowserApp.ShotAsync(street, "community-micro-5-approved");
        await street.GotoAsync("/community/microprojects/stats?year=2018");
        await Expect(street.GetByTestId("micro-stats-district")).ToContainTextAsync("福田区");
        await BrowserApp.ShotAsync(street, "community-micro-6-stats");
        await street.Context.CloseAsync();

        // anyone, on a phone, without logging in
        var visitor = await app.NewPageAsync(390, 844);
        await visitor.GotoAsync("/m/community?community=440304004022");
        var card = visitor.GetByTestId("public-projects").Locator($"[data-number='{number}']");
        await Expect(card).ToContainTextAsync(Title);
        Assert.Empty(await PageChecks.FindHorizontalOverflowAsync(visitor));
        await BrowserApp.ShotAsync(visitor, "community-micro-7-public");
        await card.ClickAsync();
        await Expect(visitor.GetByTestId("public-stage")).ToHaveTextAsync("项目确定");
        await Expect(visitor.GetByTestId("public-notices")).ToContainTextAsync("项目征集公示");
        await Expect(visitor.GetByTestId("public-notices")).ToContainTextAsync("赞成33票");
        await Expect(visitor.GetByTestId("public-notices")).ToContainTextAsync("经街道审核，项目确定实施");
        var content = await visitor.ContentAsync();
        Assert.DoesNotContain("futian.", content, StringComparison.Ordinal);
        Assert.Empty(await PageChecks.FindHorizontalOverflowAsync(visitor));
        await BrowserApp.ShotAsync(visitor, "community-micro-8-public-project");
        await visitor.Context.CloseAsync();
    }
}
