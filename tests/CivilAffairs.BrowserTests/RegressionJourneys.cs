using CivilAffairs.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace CivilAffairs.BrowserTests;

/// <summary>
/// Defects found by looking at the pages (password echoed after a failed login, browser error
/// pages instead of Chinese ones, sideways scrolling on phones), kept as regression journeys.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegressionJourneys(BrowserApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Login_page_does_not_send_a_mistyped_password_back_to_the_browser()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.FillAsync("#userName", "futian.district");
        await page.FillAsync("#password", "Typo#2018x");
        await page.ClickAsync("button[type=submit]");
        await Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        await page.Context.CloseAsync();
        // Login.razor binds the password with InputText, which renders value="..." into the re-rendered form
        Assert.False(html.Contains("Typo#2018x", StringComparison.Ordinal),
            "The login page re-renders the typed password into the HTML (value attribute of #password). Clear Input.Password before re-rendering, or render <input type=password> without @bind-Value.");
    }

    [Fact]
    public async Task A_page_the_user_may_not_open_shows_a_Chinese_message_not_a_browser_error()
    {
        var page = await app.LoginAsync("futian.clerk");
        IResponse? response = null;
        string? failure = null;
        try
        {
            response = await page.GotoAsync("/audit");
        }
        catch (PlaywrightException e)
        {
            failure = e.Message.Split('\n')[0];
        }
        await BrowserApp.ShotAsync(page, "90-defect-forbidden-page");
        var text = failure is null ? await page.InnerTextAsync("body") : "";
        output.WriteLine($"final URL {page.Url}, status {response?.Status}, failure {failure}");
        await page.Context.CloseAsync();
        Assert.True(failure is null && text.Contains("权限", StringComparison.Ordinal),
            $"/audit as a clerk: {failure ?? "no 权限 message"} at {page.Url}. The cookie's AccessDeniedPath is /account/denied, which no page serves, "
            + "and the 404 comes back with an empty body. Add an /account/denied page (\"您没有访问此页面的权限\").");
    }

    [Fact]
    public async Task An_unknown_address_shows_the_Chinese_not_found_page()
    {
        var page = await app.LoginAsync("futian.clerk");
        string? failure = null;
        try
        {
            await page.GotoAsync("/registry/no-such-page");
        }
        catch (PlaywrightException e)
        {
            failure = e.Message.Split('\n')[0];
        }
        await BrowserApp.ShotAsync(page, "91-defect-not-found-page");
        var text = failure is null ? await page.InnerTextAsync("body") : "";
        await page.Context.CloseAsync();
        Assert.True(failure is null && text.Contains("不存在", StringComparison.Ordinal),
            $"An unknown URL gives {failure ?? "no 不存在 message"}: UseStatusCodePagesWithReExecute(\"/not-found\") answers 404 with an empty body, "
            + "so Chromium shows its own error page. Re-execution must re-run routing (call app.UseRouting() explicitly after the status-code/exception middleware) or let the Router's NotFoundPage render.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/registry/persons")]
    public async Task Phone_width_pages_do_not_scroll_sideways(string path)
    {
        var page = await app.LoginAsync("futian.clerk", 390, 844);
        await page.GotoAsync(path);
        var overflow = await PageChecks.FindHorizontalOverflowAsync(page);
        await page.Context.CloseAsync();
        Assert.True(overflow.Length == 0, $"{path} at 390px: {string.Join("; ", overflow)}. The top bar (.ca-user is white-space:nowrap) "
            + "and wide tables push the page wider than the phone; wrap tables in .table-responsive and let the top bar wrap.");
    }
}
