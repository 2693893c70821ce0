using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>Account administration within the administrator's jurisdiction; on both databases.</summary>
public abstract class UsersApiTests(AppFixture app)
{
    private static async Task<List<JsonElement>> ListAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().ToList();

    [Fact]
    public async Task Admin_creates_a_street_clerk_who_can_then_sign_in_with_the_given_role_and_jurisdiction()
    {
        var admin = await app.ClientForAsync("admin");
        var userName = TestApi.NewUserName();
        var r = await admin.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "新经办", role = Roles.StreetClerk, jurisdiction = "440304", password = AppFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var body = await r.JsonAsync();
        Assert.Equal($"/api/v1/users/{body.GetProperty("id").GetGuid()}", r.Headers.Location?.OriginalString);
        Assert.Equal("StreetClerk", body.GetProperty("role").GetString());
        Assert.Equal("街道经办人", body.GetProperty("roleName").GetString());
        Assert.Equal("440304", body.GetProperty("jurisdiction").GetString());
        Assert.Equal("福田区", body.GetProperty("jurisdictionName").GetString());
        Assert.False(body.GetProperty("isDisabled").GetBoolean());

        var me = await (await app.ClientForAsync(userName)).GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("440304", me.GetProperty("jurisdiction").GetString());
        var permissions = me.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains("registry.write", permissions);
        Assert.DoesNotContain("users.manage", permissions);
    }

    [Fact]
    public async Task The_new_account_and_its_role_are_audited_without_the_password()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004", "Secret#Pass9");
        var auditor = await app.ClientForAsync("auditor");
        var rows = (await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?entityId={user.Id}&pageSize=50")).GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(rows, a => a.GetProperty("action").GetString() == "create" && a.GetProperty("userName").GetString() == "admin");
        Assert.All(rows, a => Assert.DoesNotContain("Secret#Pass9", a.GetProperty("summary").GetString() ?? "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("futian.district")]
    [InlineData("futian.clerk")]
    [InlineData("auditor")]
    public async Task Staff_without_account_management_cannot_list_or_create_accounts(string account)
    {
        var client = await app.ClientForAsync(account);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/users")).StatusCode);
        var r = await client.PostAsJsonAsync("/api/v1/users", new { userName = TestApi.NewUserName(), displayName = "越权", role = Roles.StreetClerk, jurisdiction = "440304004", password = AppFixture.DemoPassword });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task The_city_officer_lists_only_accounts_inside_Shenzhen()
    {
        var outsider = TestApi.NewUserName("beijing");
        await using (var scope = app.Scope())
        {
            // no Shenzhen administrator can create this one, so it is put straight into the store
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var created = await users.CreateAsync(new StaffUser { UserName = outsider, DisplayName = "北京账户", Jurisdiction = "110101", EmailConfirmed = true }, AppFixture.DemoPassword);
            Assert.True(created.Succeeded);
        }
        var list = await ListAsync(await app.ClientForAsync("city.officer"));
        Assert.All(list, u => Assert.StartsWith("4403", u.GetProperty("jurisdiction").GetString(), StringComparison.Ordinal));
        var names = list.Select(u => u.GetProperty("userName").GetString()).ToList();
        Assert.DoesNotContain(outsider, names);
        Assert.Contains("futian.clerk", names);
        Assert.Contains("nanshan.street", names);
        var clerk = list.Single(u => u.GetProperty("userName").GetString() == "futian.clerk");
        Assert.Equal("街道经办人", clerk.GetProperty("roleName").GetString());
        Assert.Equal("福田街道", clerk.GetProperty("jurisdictionName").GetString());
    }

    [Fact]
    public async Task A_district_administrator_sees_and_manages_only_accounts_in_the_district()
    {
        var nanshanAdmin = await app.CreateUserAsync(Roles.CityAdmin, "440305");
        var futianUser = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        var client = await app.ClientForAsync(nanshanAdmin.UserName);
        var list = await ListAsync(client);
        Assert.All(list, u => Assert.StartsWith("440305", u.GetProperty("jurisdiction").GetString(), StringComparison.Ordinal));
        Assert.Contains(list, u => u.GetProperty("userName").GetString() == "nanshan.street");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/v1/users/{futianUser.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync(futianUser.UserName, futianUser.Password)).StatusCode);
        var r = await client.PostAsJsonAsync("/api/v1/users", new { userName = TestApi.NewUserName(), displayName = "越区", role = Roles.StreetClerk, jurisdiction = "440304004", password = AppFixture.DemoPassword });
        Assert.Contains("本辖区", await r.FieldErrorAsync("jurisdiction"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_outside_the_administrators_jurisdiction_is_refused()
    {
        var officer = await app.ClientForAsync("city.officer");
        var userName = TestApi.NewUserName();
        var r = await officer.PostAsJsonAsync("/api/v1/users", new { userName, displayName = "北京", role = Roles.StreetClerk, jurisdiction = "110101", password = AppFixture.DemoPassword });
        Assert.Contains("本辖区", await r.FieldErrorAsync("jurisdiction"), StringComparison.Ordinal);
        var admin = await app.ClientForAsync("admin");
        Assert.DoesNotContain(await ListAsync(admin), u => u.GetProperty("userName").GetString() == userName);
    }

    [Fact]
    public async Task Invalid_role_jurisdiction_user_name_and_duplicates_are_refused_in_chinese()
    {
        var admin = await app.ClientForAsync("admin");
        var bad = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "ab", displayName = "", role = "NoSuchRole", jurisdiction = "99999999", password = AppFixture.DemoPassword });
        Assert.Contains("角色", await bad.FieldErrorAsync("role"), StringComparison.Ordinal);
        Assert.Contains("区划", await bad.FieldErrorAsync("jurisdiction"), StringComparison.Ordinal);
        Assert.Contains("用户名", await bad.FieldErrorAsync("userName"), StringComparison.Ordinal);
        Assert.Contains("姓名", await bad.FieldErrorAsync("displayName"), StringComparison.Ordinal);
        var duplicate = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "futian.clerk", displayName = "重名", role = Roles.StreetClerk, jurisdiction = "440304004", password = AppFixture.DemoPassword });
        Assert.Contains("已存在", await duplicate.FieldErrorAsync("userName"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var admin = await app.ClientForAsync("admin");
        var self = (await ListAsync(admin)).Single(u => u.GetProperty("userName").GetString() == "admin");
        var r = await admin.PostAsync($"/api/v1/users/{self.GetProperty("id").GetGuid()}/disable", null);
        Assert.Equal(HttpStatusCode.Conflict, r.StatusCode);
        Assert.Contains("自己", (await r.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class UsersApiTestsOnSqlite(SqliteApp app) : UsersApiTests(app);

[Collection(PostgresCollection.Name)]
public sealed class UsersApiTestsOnPostgres(PostgresApp app) : UsersApiTests(app);
