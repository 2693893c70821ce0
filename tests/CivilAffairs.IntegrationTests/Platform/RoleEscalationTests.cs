using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>Separation of duties: a city administrator creates clerks but cannot mint auditors or system administrators.</summary>
public abstract class RoleEscalationTests(AppFixture app)
{
    [Theory]
    [InlineData("Auditor")]
    [InlineData("SystemAdmin")]
    public async Task A_city_administrator_cannot_create_an_account_with_powers_they_do_not_hold(string role)
    {
        var officer = await app.ClientForAsync("city.officer");
        var r = await officer.PostAsJsonAsync("/api/v1/users", new { userName = $"esc.{role.ToLowerInvariant()}.{Guid.NewGuid():N}"[..30], displayName = "越权测试", role, jurisdiction = "4403", password = "Strong#2026x" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("权限", body.GetProperty("errors").GetProperty("role")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_administrator_creates_a_street_clerk_and_cannot_disable_the_system_administrator()
    {
        var officer = await app.ClientForAsync("city.officer");
        var ok = await officer.PostAsJsonAsync("/api/v1/users", new { userName = $"clerk.{Guid.NewGuid():N}"[..20], displayName = "新经办", role = "StreetClerk", jurisdiction = "440304004", password = "Strong#2026x" });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        var users = await officer.GetFromJsonAsync<JsonElement>("/api/v1/users");
        var admin = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "admin");
        var r = await officer.PostAsync($"/api/v1/users/{admin.GetProperty("id").GetString()}/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RoleEscalationTestsOnSqlite(SqliteApp app) : RoleEscalationTests(app);

[Collection(PostgresCollection.Name)]
public sealed class RoleEscalationTestsOnPostgres(PostgresApp app) : RoleEscalationTests(app);
