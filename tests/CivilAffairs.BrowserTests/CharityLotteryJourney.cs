using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 8: a district clerk imports a month's lottery sales (one bad row), the month's fund appears; the city approves a grant within the budget; the public notice shows the fund used.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CharityLotteryJourney(BrowserApp app)
{
    [Fact]
    public async Task A_month_of_sales_is_imported_the_fund_appears_a_grant_is_approved_and_the_public_sees_the_fund_used()
    {
        List<string> codes;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CharityDb>();
            codes = await db.LotteryOutlets.IgnoreQueryFilters().Where(o => o.DivisionCode.StartsWith("440304") && o.Status == LotteryOutletStatus.Open)
                .OrderBy(o => o.Code).Select(o => o.Code).Take(2).ToListAsync();
        }
        var today = ChinaTime.Today(app.Clock);
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var dir = Path.Combine(Path.GetTempPath(), $"ca-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"福田区福彩销售-{month}.csv");
        await File.WriteAllTextAsync(file, $"投注站编号,玩法,销售额（元）\n{codes[0]},中福在线,230000\n{codes[1]},中福在线,120000\n44030499999,双色球,1000\n");

        // the district's lottery clerk imports last month's file: two rows stored, the unknown outlet reported by row and column
        var clerk = await app.LoginAsync("futian.district");
        await clerk.GotoAsync("/charity/lottery/sales");
        await Expect(clerk.Locator("main h1")).ToHaveTextAsync("福彩销售与公益金筹集");
        await clerk.FillAsync("#month", month);
        await clerk.SetInputFilesAsync("#file", file);
        await clerk.GetByTestId("import-submit").ClickAsync();
        await Expect(clerk.GetByTestId("import-result")).ToContainTextAsync("新增 2");
        await Expect(clerk.GetByTestId("import-result")).ToContainTextAsync("错误 1");
        await Expect(clerk.GetByTestId("import-errors")).ToContainTextAsync("44030499999 不存在");
        await Expect(clerk.GetByTestId("import-errors").Locator("td").First).ToHaveTextAsync("4");
        await PageChecks.AssertStyledAsync(clerk);
        await BrowserApp.ShotAsync(clerk, "charity-lottery-import");

        // the month's fund: 中福在线 at its rate on the imported sales, with the parameters used
        await clerk.GetByTestId("import-result").Locator("a").ClickAsync();
        var video = clerk.GetByTestId("accruals").Locator("tr", new() { HasText = "中福在线" });
        await Expect(video).ToContainTextAsync("350,000.00");
        await Expect(video).ToContainTextAsync("77,000.00");
        await Expect(clerk.GetByTestId("month-parameters")).ToContainTextAsync("video=0.22@2018-01-01");
        await Expect(clerk.GetByTestId("month-status")).ToHaveTextAsync("未结账");
        await BrowserApp.ShotAsync(clerk, "charity-lottery-month");
        await clerk.Context.CloseAsync();

        var api = app.CreateClient();
        decimal Used(JsonElement p) => p.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == today.Year).GetProperty("used").GetDecimal();
        var before = Used(await api.GetFromJsonAsync<JsonElement>("/api/v1/public/charity/lottery"));

        // the city officer approves a grant city.npo prepared, within its budget line
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/charity/lottery/grants");
        await Expect(city.GetByTestId("grants-pending")).ToContainTextAsync("待审批");
        await BrowserApp.ShotAsync(city, "charity-lottery-grants");
        await city.GetByTestId("grants").Locator("tr", new() { HasText = "社区长者助餐与探访" }).Locator("a").First.ClickAsync();
        await Expect(city.GetByTestId("grant-status")).ToHaveTextAsync("待审批");
        await Expect(city.GetByTestId("grant-amount")).ToHaveTextAsync("1,500,000.00");
        await city.GetByTestId("grant-approve").ClickAsync();
        await Expect(city.GetByTestId("grant-status")).ToHaveTextAsync("已批准");
        await Expect(city.GetByTestId("grant-done")).ToContainTextAsync("已批准资助");
        await BrowserApp.ShotAsync(city, "charity-lottery-grant-approved");
        await city.Context.CloseAsync();

        // the public notice, on a phone, without login: this year's fund used now includes the grant
        var expected = ((before + 1_500_000m) / 10000m).ToString("N2", CultureInfo.InvariantCulture);
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/m/charity/lottery");
        await Expect(phone.Locator("h1")).ToHaveTextAsync("福利彩票公益金筹集和使用情况");
        await Expect(phone.GetByTestId("public-year").First.GetByTestId("public-used")).ToHaveTextAsync(expected);
        await Expect(phone.GetByTestId("public-brand").First).ToBeVisibleAsync();
        Assert.Empty(await PageChecks.FindHorizontalOverflowAsync(phone));
        await BrowserApp.ShotAsync(phone, "charity-lottery-public");
        await phone.Context.CloseAsync();
        Directory.Delete(dir, true);
    }
}
