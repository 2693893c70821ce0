using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.BrowserTests;

/// <summary>Issue 7: a meal provider uploads a day's meals (with a bad row), the street approves the canteen's monthly settlement.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ElderCareMealsJourney(BrowserApp app)
{
    [Fact]
    public async Task The_canteen_uploads_a_day_of_meals_and_the_street_approves_the_settlement()
    {
        List<string> cards;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ElderCareDb>();
            cards = await db.MealEnrolments.IgnoreQueryFilters().Where(e => e.DivisionCode.StartsWith("440304004") && e.Status == MealEnrolmentStatus.Active)
                .OrderBy(e => e.CardNumber).Select(e => e.CardNumber).Take(6).ToListAsync();
        }
        Assert.True(cards.Count >= 3, "the demo enrols 福田街道's elders");
        var day = ChinaTime.Today(app.Clock).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var csv = "助餐卡号,身份证号码,就餐日期,就餐时间,餐别\n"
            + string.Concat(cards.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c},,{day},11:{10 + i * 3:00},午餐\n")))
            + $"4403049999999,,{day},11:50,午餐\n";
        var dir = Path.Combine(Path.GetTempPath(), $"ca-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "福田街道长者饭堂-当日就餐.csv");
        await File.WriteAllTextAsync(file, csv);

        // the canteen uploads today's meals: new rows stored, the unknown card reported by row and column
        var canteen = await app.LoginAsync("meal.canteen");
        await canteen.GotoAsync("/eldercare/meals/upload");
        await Expect(canteen.Locator("main h1")).ToHaveTextAsync("助餐数据上传");
        await canteen.SetInputFilesAsync("#file", file);
        await canteen.GetByTestId("upload-submit").ClickAsync();
        await Expect(canteen.GetByTestId("upload-result")).ToContainTextAsync("错误 1");
        await Expect(canteen.GetByTestId("upload-errors")).ToContainTextAsync("助餐卡号不存在");
        await Expect(canteen.GetByTestId("upload-errors").Locator("td").First).ToHaveTextAsync((cards.Count + 2).ToString(CultureInfo.InvariantCulture));
        await PageChecks.AssertStyledAsync(canteen);
        await PageChecks.AssertNoFullIdNumberAsync(canteen);
        await BrowserApp.ShotAsync(canteen, "eldercare-meals-upload");

        // the same file again adds nothing
        await canteen.SetInputFilesAsync("#file", file);
        await canteen.GetByTestId("upload-submit").ClickAsync();
        await Expect(canteen.GetByTestId("upload-result")).ToContainTextAsync("新增 0");

        // today's meals on the counter page; last month's settlement awaits the street
        await canteen.GotoAsync("/eldercare/meals/counter");
        await Expect(canteen.GetByTestId("counter-list")).ToContainTextAsync("午餐");
        await BrowserApp.ShotAsync(canteen, "eldercare-meals-counter");
        await canteen.GotoAsync("/eldercare/meals/settlements");
        var lastMonth = ChinaTime.Today(app.Clock).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var row = canteen.GetByTestId("settlements").Locator("tr", new() { HasText = lastMonth });
        await Expect(row).ToContainTextAsync("待街道审核");
        await BrowserApp.ShotAsync(canteen, "eldercare-meals-settlements-provider");
        await canteen.Context.CloseAsync();

        // the street opens the settlement and approves it
        var street = await app.LoginAsync("futian.street");
        await street.GotoAsync("/eldercare/meals/settlements");
        await Expect(street.GetByTestId("settlements-pending")).ToContainTextAsync("待审核");
        await street.GetByTestId("settlements").Locator("tr", new() { HasText = "福田街道长者饭堂" }).Filter(new() { HasText = lastMonth })
            .Locator("a").First.ClickAsync();
        await Expect(street.GetByTestId("settlement-status")).ToHaveTextAsync("待街道审核");
        await Expect(street.GetByTestId("settlement-total")).ToContainTextAsync("元");
        await BrowserApp.ShotAsync(street, "eldercare-meals-settlement-review");
        await street.GetByTestId("settlement-approve").ClickAsync();
        await Expect(street.GetByTestId("settlement-status")).ToHaveTextAsync("已审核待支付");
        await Expect(street.GetByTestId("settlement-done")).ToContainTextAsync("已审核通过");
        await BrowserApp.ShotAsync(street, "eldercare-meals-settlement-approved");

        // the street sees the stopped card used at its canteen; the district also sees the second lunch eaten at another street's canteen
        await street.GotoAsync("/eldercare/meals/anomalies");
        await Expect(street.GetByTestId("anomalies")).ToContainTextAsync("停用卡");
        await PageChecks.AssertNoFullIdNumberAsync(street);
        await street.Context.CloseAsync();
        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/eldercare/meals/anomalies");
        await Expect(district.GetByTestId("anomalies")).ToContainTextAsync("短时间内重复就餐");
        await PageChecks.AssertNoFullIdNumberAsync(district);
        await BrowserApp.ShotAsync(district, "eldercare-meals-anomalies");
        await district.Context.CloseAsync();
        Directory.Delete(dir, true);
    }
}
