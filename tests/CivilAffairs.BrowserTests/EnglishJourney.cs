using System.Text.RegularExpressions;
using CivilAffairs.BrowserTests.Infrastructure;

namespace CivilAffairs.BrowserTests;

/// <summary>Chinese first, English on request: the switch in the top bar changes the whole back office.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishJourney(BrowserApp app)
{
    [Fact]
    public async Task The_language_switch_shows_the_back_office_in_english_and_back_in_chinese()
    {
        var page = await app.LoginAsync("futian.clerk");
        await page.GotoAsync("/registry/persons");
        await page.ClickAsync("header a:has-text('English')");
        await Expect(page).ToHaveURLAsync(new Regex("/registry/persons$"));
        await Expect(page.Locator("nav.ca-nav")).ToContainTextAsync("Persons");
        await Expect(page.Locator("nav.ca-nav")).ToContainTextAsync("Statistics");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Persons");
        await BrowserApp.ShotAsync(page, "30-english-persons");
        await page.ClickAsync("header a:has-text('中文')");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("人员");
        await page.Context.CloseAsync();
    }
}
