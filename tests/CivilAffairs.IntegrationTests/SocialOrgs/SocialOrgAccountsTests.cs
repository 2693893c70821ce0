using System.Net;
using System.Net.Http.Json;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.SocialOrgs;

/// <summary>Organizations' own accounts are tied to a registered organization by its credit code; on both databases.</summary>
public abstract class SocialOrgAccountsTests(AppFixture app)
{
    [Fact]
    public async Task An_administrator_ties_a_new_organization_account_to_a_registered_credit_code_and_only_to_one()
    {
        var admin = await app.ClientForAsync("admin");
        var ok = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = TestApi.NewUserName(), displayName = "深圳市电子商会 秘书", role = Roles.SocialOrgStaff, jurisdiction = "440304",
            password = AppFixture.DemoPassword, organization = "51440300mjl000016m",
        });
        Assert.Equal(HttpStatusCode.Created, ok.StatusCode);
        Assert.Equal("51440300MJL000016M", (await ok.JsonAsync()).GetProperty("organization").GetString());

        var unknown = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = TestApi.NewUserName(), displayName = "无此组织", role = Roles.SocialOrgStaff, jurisdiction = "440304",
            password = AppFixture.DemoPassword, organization = "51440300MJL999999X",
        });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("organization", out _));
    }

    [Fact]
    public async Task The_public_register_finds_a_demo_foundation_by_code_in_any_jurisdiction()
    {
        using var scope = app.Services.CreateScope();
        var directory = scope.ServiceProvider.GetRequiredService<ISocialOrgDirectory>();
        var found = await directory.FindAsync("53440300MJL000024A");
        Assert.NotNull(found);
        Assert.Equal("深圳市安康慈善基金会", found.Name);
        Assert.Equal("基金会", found.TypeName);
        Assert.True(found.IsCharitable && found.PublicFundraising && found.Active);
        Assert.Contains(await directory.CharitableAsync(), o => o.CreditCode == found.CreditCode);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class SocialOrgAccountsTestsOnSqlite(SqliteApp app) : SocialOrgAccountsTests(app);

[Collection(PostgresCollection.Name)]
public sealed class SocialOrgAccountsTestsOnPostgres(PostgresApp app) : SocialOrgAccountsTests(app);
