using System.Text;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>A street reviewer imports vehicle data, runs the matching and reads the report of a household with a car.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CrossCheckJourney(BrowserApp app)
{
    [Fact]
    public async Task A_reviewer_imports_a_vehicle_file_runs_the_matching_and_sees_the_car_break_the_rules()
    {
        var applicant = IdNumber.Create("440304", new DateOnly(1972, 4, 4), 733);
        var spouse = IdNumber.Create("440304", new DateOnly(1974, 5, 5), 744);
        var clerk = await app.LoginAsync("futian.clerk");
        await clerk.GotoAsync("/assistance/applications/new");
        await clerk.FillAsync("#applicantName", "核对申请人");
        await clerk.FillAsync("#applicantIdNumber", applicant);
        await clerk.FillAsync("#division", "440304004022");
        var rows = clerk.Locator("[data-testid=application-members] tbody tr");
        await rows.Nth(1).Locator("input").Nth(0).FillAsync(spouse);
        await clerk.ClickAsync("button:has-text('提交申请')");
        await Expect(clerk.GetByTestId("application-status")).ToHaveTextAsync("待受理");
        var applicationUrl = clerk.Url;
        await clerk.Context.CloseAsync();

        var file = Path.Combine(Path.GetTempPath(), $"车辆-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, $"证件号码,号牌号码,车辆类型\r\n{spouse},粤B{Random.Shared.Next(10000, 99999)},小型汽车\r\n{applicant[..17]}0,粤B00002,小型汽车\r\n",
            new UTF8Encoding(true));
        var reviewer = await app.LoginAsync("futian.street");
        await reviewer.GotoAsync("/assistance/crosscheck");
        await Expect(reviewer.Locator("main h1")).ToHaveTextAsync("家庭经济状况核对");
        await reviewer.SelectOptionAsync("#source", "Vehicle");
        await reviewer.SetInputFilesAsync("#file", file);
        await reviewer.ClickAsync("[data-testid=xc-import]");
        await Expect(reviewer.GetByTestId("xc-done")).ToContainTextAsync("已导入 车辆：1 行，拒绝 1 行");
        await Expect(reviewer.GetByTestId("xc-rejections")).ToContainTextAsync("校验位");
        await Expect(reviewer.GetByTestId("xc-batches")).ToContainTextAsync("当前");

        await reviewer.ClickAsync("[data-testid=xc-run]");
        await Expect(reviewer.GetByTestId("xc-done")).ToContainTextAsync("比对完成");
        var row = reviewer.Locator("[data-testid=xc-reports] tr", new() { HasText = "核对申请人" });
        await Expect(row).ToContainTextAsync("不符合");
        await Expect(row).ToContainTextAsync("机动车");
        await PageChecks.AssertNoFullIdNumberAsync(reviewer);
        await BrowserApp.ShotAsync(reviewer, "45-assistance-crosscheck");

        await row.Locator("a").First.ClickAsync();
        await Expect(reviewer.GetByTestId("xc-result")).ToHaveTextAsync("不符合条件");
        await Expect(reviewer.GetByTestId("xc-reasons")).ToContainTextAsync("拥有机动车 1 辆");
        await Expect(reviewer.GetByTestId("xc-items")).ToContainTextAsync("小型汽车");
        await PageChecks.AssertNoFullIdNumberAsync(reviewer);
        await BrowserApp.ShotAsync(reviewer, "46-assistance-crosscheck-report");

        await reviewer.GotoAsync(applicationUrl);
        await Expect(reviewer.GetByTestId("xc-panel")).ToContainTextAsync("不符合条件");
        await reviewer.Context.CloseAsync();
        File.Delete(file);
    }
}
