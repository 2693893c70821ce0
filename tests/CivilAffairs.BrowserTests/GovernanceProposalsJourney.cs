using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// 建议提案: the office registers a CPPCC proposal and assigns it to 福田区民政局; 福田's approver finds
/// it in the district's list and answers; the office records the member's satisfaction. The overdue
/// suggestion of the demo shows in red.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernanceProposalsJourney(BrowserApp app)
{
    [Fact]
    public async Task The_office_assigns_a_proposal_futian_answers_and_the_office_records_satisfaction()
    {
        var office = await app.LoginAsync("city.office");
        await office.GotoAsync("/governance/proposals");
        await Expect(office.Locator("main h1")).ToHaveTextAsync("人大建议和政协提案办理");
        await Expect(office.GetByTestId("proposals").Locator("tr.table-danger").First).ToContainTextAsync("超期未复");
        await PageChecks.AssertStyledAsync(office);
        await BrowserApp.ShotAsync(office, "governance-proposals");

        var number = "J" + Random.Shared.Next(10000, 99999);
        await office.SelectOptionAsync("#n-kind", "CppccProposal");
        await office.FillAsync("#n-number", number);
        await office.FillAsync("#n-session", "市政协全会");
        await office.FillAsync("#n-title", "关于推进福田区社区养老服务综合体建设的提案");
        await office.FillAsync("#n-who", "测试委员");
        await office.GetByTestId("proposal-submit").ClickAsync();
        await Expect(office.GetByTestId("proposal-form")).ToContainTextAsync("请填写收到日期");
        await office.FillAsync("#n-recv", CivilAffairs.Platform.Values.ChinaTime.Today(app.Clock).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await office.GetByTestId("proposal-submit").ClickAsync();
        await Expect(office.GetByTestId("proposal-status")).ToHaveTextAsync("待交办");
        await office.SelectOptionAsync("#a-unit", "440304");
        await office.FillAsync("#a-dept", "养老服务科");
        await office.GetByTestId("assign-submit").ClickAsync();
        await Expect(office.GetByTestId("proposal-status")).ToHaveTextAsync("办理中");
        await Expect(office.GetByTestId("due-on")).ToContainTextAsync("3个月");
        var url = office.Url;

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/governance/proposals");
        await Expect(district.GetByTestId("proposals")).ToContainTextAsync(number);
        await district.GotoAsync(url);
        await district.FillAsync("#r-text", "福田区将在各街道建设社区养老服务综合体，年内完成两处试点。");
        await district.GetByTestId("reply-submit").ClickAsync();
        await Expect(district.GetByTestId("proposal-status")).ToHaveTextAsync("已答复");
        await BrowserApp.ShotAsync(district, "governance-proposal-replied");
        await district.Context.CloseAsync();

        await office.GotoAsync(url);
        await office.GetByTestId("evaluate-submit").ClickAsync();
        await Expect(office.GetByTestId("satisfaction")).ToHaveTextAsync("满意");
        await BrowserApp.ShotAsync(office, "governance-proposal-evaluated");
        await office.Context.CloseAsync();
    }
}
