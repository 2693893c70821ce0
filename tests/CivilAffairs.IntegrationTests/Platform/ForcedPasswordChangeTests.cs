using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivilAffairs.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>Outside demo mode every account must replace the password it was given.</summary>
public sealed class ForcedChangeApp : SqliteApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:ForcePasswordChange", "true");
    }
}

public sealed partial class ForcedPasswordChangeTests(ForcedChangeApp app) : IClassFixture<ForcedChangeApp>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [Fact]
    public async Task An_initial_password_gets_no_api_token_until_it_is_changed()
    {
        var client = app.CreateClient();
        var r = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "futian.district", password = AppFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        var problem = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("修改初始密码", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_logging_in_with_an_initial_password_every_page_leads_to_the_change_password_page()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = "futian.street",
            ["Input.Password"] = AppFixture.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.EndsWith("/account/change-password", login.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var home = await client.GetAsync("/registry/persons");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/account/change-password", home.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var api = await client.GetAsync("/api/v1/persons");
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        var page = await client.GetAsync("/account/change-password");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("初始密码", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
