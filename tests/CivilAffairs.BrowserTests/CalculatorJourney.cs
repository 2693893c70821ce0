using CivilAffairs.BrowserTests.Infrastructure;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.BrowserTests;

/// <summary>A community worker tries the 低保 calculation for a family before it applies.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CalculatorJourney(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_calculates_the_worked_example_and_sees_1710_yuan_with_its_breakdown()
    {
        var page = await app.LoginAsync("futian.clerk");
        await page.ClickAsync("nav.ca-nav a:has-text('社会救助')");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("社会救助试算");
        await page.FillAsync("#date", "2018-06-01");
        var rows = page.Locator("[data-testid=calc-members] tbody tr");
        var incomes = new[] { 1500, 0, 0 };
        for (var i = 0; i < 3; i++)
        {
            await rows.Nth(i).Locator("input").Nth(0).FillAsync(IdNumber.Create("440304", new DateOnly(1978 + i, 3, 3), 210 + i * 2));
            await rows.Nth(i).Locator("input").Nth(2).FillAsync(incomes[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.ClickAsync("button:has-text('试算')");
        await Expect(page.GetByTestId("calc-benefit")).ToHaveTextAsync("1710.00");
        await Expect(page.GetByTestId("calc-result")).ToContainTextAsync("符合条件");
        await Expect(page.GetByTestId("calc-result")).ToContainTextAsync("差额补助");
        await BrowserApp.ShotAsync(page, "40-assistance-calculator");

        // the same family with a car: not eligible, the reason in Chinese, the form keeps its values
        await page.FillAsync("#veh", "1");
        await page.ClickAsync("button:has-text('试算')");
        await Expect(page.GetByTestId("calc-reasons")).ToContainTextAsync("机动车");
        await Expect(rows.Nth(0).Locator("input").Nth(2)).ToHaveValueAsync("1500");
        await page.Context.CloseAsync();
    }
}
