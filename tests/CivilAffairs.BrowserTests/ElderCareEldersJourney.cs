using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>A 福田 street clerk finds an elder in their eighties, records a Barthel assessment and sees the level; the district looks at the 银龄安康 roster and claims.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ElderCareEldersJourney(BrowserApp app)
{
    [Fact]
    public async Task A_clerk_assesses_an_elder_from_the_list_and_sees_the_level_then_the_district_opens_the_roster_and_claims()
    {
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/eldercare");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("老年人");
        await page.SelectOptionAsync("#ageBand", "80");
        await page.GetByTestId("search").ClickAsync();
        var rows = page.GetByTestId("elder-row");
        await Expect(rows.First).ToBeVisibleAsync();
        Assert.True(await rows.CountAsync() >= 3);
        await PageChecks.AssertStyledAsync(page);
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "eldercare-elders");

        await rows.First.GetByTestId("elder-link").ClickAsync();
        await Expect(page.GetByTestId("facts")).ToContainTextAsync("岁");
        await Expect(page.GetByTestId("assess-form")).ToBeVisibleAsync();
        // 10+0+5+5+10+5+5+10+10+0 = 60 → 中度失能
        string[] keys = ["feeding", "bathing", "grooming", "dressing", "bowels", "bladder", "toilet", "transfers", "mobility", "stairs"];
        int[] scores = [10, 0, 5, 5, 10, 5, 5, 10, 10, 0];
        for (var i = 0; i < keys.Length; i++)
        {
            await page.GetByTestId("item-" + keys[i]).SelectOptionAsync(scores[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.FillAsync("#a-assessor", "陈晓红");
        await page.FillAsync("#a-org", "福田区长者能力评估中心");
        await page.GetByTestId("save-assessment").ClickAsync();
        await Expect(page.GetByTestId("done")).ToContainTextAsync("60 分，中度失能");
        await Expect(page.GetByTestId("care-level")).ToHaveTextAsync("中度失能");
        await Expect(page.GetByTestId("assessments").Locator("[data-testid=total]").First).ToHaveTextAsync("60");
        await PageChecks.AssertNoFullIdNumberAsync(page);
        await BrowserApp.ShotAsync(page, "eldercare-elder");

        // a missing item is pointed out in Chinese
        await page.GetByTestId("save-assessment").ClickAsync();
        await Expect(page.Locator("[data-field-error=feeding]")).ToContainTextAsync("请评定“进食”");
        await page.Context.CloseAsync();

        var district = await app.LoginAsync("futian.district");
        await district.GotoAsync("/eldercare/insurance");
        await Expect(district.Locator("main h1")).ToHaveTextAsync("银龄安康参保名单");
        await Expect(district.GetByTestId("roster-row").First).ToBeVisibleAsync();
        await district.GetByTestId("enrol-now").ClickAsync();
        await Expect(district.GetByTestId("done")).ToContainTextAsync("已新参保");
        await PageChecks.AssertStyledAsync(district);
        await PageChecks.AssertNoFullIdNumberAsync(district);
        await BrowserApp.ShotAsync(district, "eldercare-insurance-roster");
        await district.GetByTestId("claims-link").ClickAsync();
        await Expect(district.GetByTestId("claim-row").First).ToBeVisibleAsync();
        await BrowserApp.ShotAsync(district, "eldercare-insurance-claims");
        await district.Context.CloseAsync();
    }
}
