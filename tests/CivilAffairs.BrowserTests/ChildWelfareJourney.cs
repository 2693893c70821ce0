using System.Globalization;
using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>A street clerk registers a dispersed orphan, the district approves the category and brings the child into care, and sees the allowance.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChildWelfareJourney(BrowserApp app)
{
    [Fact]
    public async Task The_clerk_registers_a_child_the_district_approves_and_the_allowance_is_shown()
    {
        var today = ChinaTime.Today(app.Clock);
        var idNumber = IdNumber.Create("440304", today.AddYears(-8).AddDays(-40), 731);
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/childwelfare/children");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("在册儿童");
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "childwelfare-children");

        await page.GetByTestId("register-child").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("登记儿童");
        await page.FillAsync("#idNumber", idNumber);
        await page.FillAsync("#name", "林小雨");
        await page.FillAsync("#hukou", "广东省深圳市福田区");
        await page.SelectOptionAsync("#category", "DispersedOrphan");
        await page.FillAsync("#division", "440304004");
        await page.FillAsync("[name='Input.Guardians[0].Name']", "林桂英");
        await page.FillAsync("[name='Input.Guardians[0].Relation']", "祖母");
        // a wrong guardian ID first: the form keeps what was typed and marks the field
        await page.FillAsync("[name='Input.Guardians[0].IdNumber']", "440304195503120020");
        await page.FillAsync("[name='Input.Guardians[0].Phone']", "13712345678");
        await page.FillAsync("[name='Input.Guardians[0].BankName']", "中国建设银行深圳分行");
        await page.FillAsync("[name='Input.Guardians[0].BankAccount']", "6217003200012345678");
        await page.GetByTestId("save-child").ClickAsync();
        await Expect(page.Locator("[data-field-error='guardians[0].idNumber']")).ToContainTextAsync("校验位");
        await Expect(page.Locator("#name")).ToHaveValueAsync("林小雨");
        await BrowserApp.ShotAsync(page, "childwelfare-register-error");
        await page.FillAsync("[name='Input.Guardians[0].IdNumber']", IdNumber.Create("440304", new DateOnly(1955, 3, 12), 22));
        await page.GetByTestId("save-child").ClickAsync();
        await Expect(page.GetByTestId("child-status")).ToHaveTextAsync("已登记待核定");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        var url = page.Url.Split('?')[0];
        await page.Context.CloseAsync();

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync(url);
        await district.GetByTestId("approve").ClickAsync();
        await Expect(district.GetByTestId("child-status")).ToHaveTextAsync("类别已核定");
        await district.FillAsync("#from", today.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await district.GetByTestId("activate").ClickAsync();
        await Expect(district.GetByTestId("child-status")).ToHaveTextAsync("在册保障");
        await Expect(district.GetByTestId("allowance-amount")).ToContainTextAsync("1,265.00");
        await Expect(district.GetByTestId("allowance")).ToContainTextAsync("社会散居标准");
        await Expect(district.GetByTestId("guardians")).ToContainTextAsync("5678");
        await PageChecks.AssertNoFullIdNumberAsync(district);
        Assert.DoesNotContain("6217003200012345678", await district.ContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ShotAsync(district, "childwelfare-child");

        foreach (var (path, heading, shot) in new[]
        {
            ("/childwelfare/allowances", "基本生活费发放", "childwelfare-allowances"), ("/childwelfare/placements", "成年孤儿安置", "childwelfare-placements"),
            ("/childwelfare/tomorrow-plan", "明天计划", "childwelfare-tomorrow-plan"), ("/childwelfare/stats", "儿童福利统计", "childwelfare-stats"),
        })
        {
            await district.GotoAsync(path);
            await Expect(district.Locator("main h1")).ToHaveTextAsync(heading);
            await PageChecks.AssertNoFullIdNumberAsync(district);
            await BrowserApp.ShotAsync(district, shot);
        }
        var city = await app.LoginAsync("city.officer");
        await city.GotoAsync("/childwelfare/allowances");
        await city.Locator("[data-testid=runs] a").First.ClickAsync();
        await Expect(city.GetByTestId("run-status")).ToHaveTextAsync("已复核发放");
        await BrowserApp.ShotAsync(city, "childwelfare-allowance-run");
        await city.GotoAsync("/childwelfare/tomorrow-plan?year=2018");
        await Expect(city.GetByTestId("cases-2018")).ToHaveTextAsync("25");
        await BrowserApp.ShotAsync(city, "childwelfare-tomorrow-plan-city");
        await city.GotoAsync("/childwelfare/placements");
        await BrowserApp.ShotAsync(city, "childwelfare-placements-city");
        await city.Context.CloseAsync();
        await district.Context.CloseAsync();
    }

    [Fact]
    public async Task The_city_sets_an_institutions_payee_account_and_a_bad_number_is_refused_in_chinese()
    {
        var page = await app.LoginAsync("city.officer");
        await page.GotoAsync("/childwelfare/institutions");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("儿童福利机构");
        var row = page.Locator("[data-testid='institutions'] tbody tr").First;
        await row.GetByRole(AriaRole.Link, new() { Name = "设置账户" }).ClickAsync();
        await page.FillAsync("#bankName", "中国银行深圳观澜支行");
        await page.FillAsync("#accountName", "深圳市社会福利中心");
        await page.FillAsync("#bankAccount", "1234");
        await page.GetByTestId("save-institution").ClickAsync();
        await Expect(page.Locator("[data-field-error='bankAccount']")).ToContainTextAsync("12至30位数字");
        await Expect(page.Locator("#accountName")).ToHaveValueAsync("深圳市社会福利中心");
        await page.FillAsync("#bankAccount", "7441 0000 0001 2345 678");
        await page.GetByTestId("save-institution").ClickAsync();
        await Expect(page.GetByTestId("institution-saved")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid='institutions'] tbody tr").First).ToContainTextAsync("5678");
        Assert.DoesNotContain("744100000001234", await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserApp.ShotAsync(page, "childwelfare-institutions");
    }
}