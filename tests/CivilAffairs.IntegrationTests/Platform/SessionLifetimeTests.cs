using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>
/// How long a bearer token stays good, on an app whose clock can be moved forward (SQLite only:
/// the behaviour is the same on both databases, and a second clocked app would only cost time).
/// Cached tokens would expire as the clock moves, so every test asks for fresh ones.
/// </summary>
[Collection(ClockedSqliteCollection.Name)]
public sealed class SessionLifetimeTests(ClockedSqliteApp app)
{
    private async Task<HttpClient> FreshClientAsync(string userName, string password = AppFixture.DemoPassword)
    {
        var r = await app.RequestTokenAsync(userName, password);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await r.JsonAsync()).GetProperty("accessToken").GetString());
        return client;
    }

    [Fact]
    public async Task A_bearer_token_stops_working_after_its_30_minute_lifetime()
    {
        var client = await FreshClientAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(25));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_open_api_session_within_a_minute()
    {
        var admin = await FreshClientAsync("admin");
        var userName = TestApi.NewUserName();
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "将停用", role = Roles.StreetClerk, jurisdiction = "440304004", password = AppFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var session = await FreshClientAsync(userName);
        var bystander = await FreshClientAsync("futian.clerk");
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/api/v1/persons")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{id}/disable", null)).StatusCode);
        app.Clock.Advance(TimeSpan.FromMinutes(2));

        // docs/roles-and-jurisdiction.md: "the security stamp changes so open sessions end within a minute"
        Assert.Equal(HttpStatusCode.OK, (await bystander.GetAsync("/api/v1/persons")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.GetAsync("/api/v1/persons")).StatusCode);
    }
}
