using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivilAffairs.IntegrationTests.Infrastructure;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.IntegrationTests.Platform;

/// <summary>Tokens, lockout, disabled accounts, 2FA, password policy and the security surface; on both databases.</summary>
public abstract class AuthAndSecurityTests(AppFixture app)
{
    [Fact]
    public async Task Good_credentials_give_a_bearer_token_that_opens_the_api()
    {
        var r = await app.RequestTokenAsync("futian.clerk", AppFixture.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var body = await r.JsonAsync();
        var token = body.GetProperty("accessToken").GetString();
        Assert.False(string.IsNullOrEmpty(token));
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("futian.clerk", me.GetProperty("userName").GetString());
        Assert.Equal("440304004", me.GetProperty("jurisdiction").GetString());
    }

    [Fact]
    public async Task A_wrong_password_or_unknown_user_answers_401_problem_details_without_telling_which()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        var wrong = await app.RequestTokenAsync(user.UserName, "Wrong#2018");
        var unknown = await app.RequestTokenAsync(TestApi.NewUserName("nobody"), "Wrong#2018");
        foreach (var r in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
            Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
            var problem = await r.JsonAsync();
            Assert.Equal(401, problem.GetProperty("status").GetInt32());
            Assert.Equal("用户名或密码错误", problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account_even_against_the_right_password()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        for (var i = 1; i <= 4; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync(user.UserName, $"Wrong#{i}xyz")).StatusCode);
        }
        await app.RequestTokenAsync(user.UserName, "Wrong#5xyz");
        var sixth = await app.RequestTokenAsync(user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Forbidden, sixth.StatusCode);
        Assert.Contains("锁定", (await sixth.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var admin = await app.ClientForAsync("admin");
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == user.UserName);
        Assert.NotEqual(JsonValueKind.Null, listed.GetProperty("lockoutEnd").ValueKind);
    }

    [Fact]
    public async Task A_disabled_account_gets_no_token_and_can_again_once_enabled()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync(user.UserName, user.Password)).StatusCode);
        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{user.Id}/disable", null)).StatusCode);
        var refused = await app.RequestTokenAsync(user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("停用", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/users/{user.Id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync(user.UserName, user.Password)).StatusCode);
    }

    [Fact]
    public async Task A_login_and_a_failed_login_are_both_in_the_audit_log()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        Assert.Equal(HttpStatusCode.OK, (await app.RequestTokenAsync(user.UserName, user.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.RequestTokenAsync(user.UserName, "Wrong#2018x")).StatusCode);
        var auditor = await app.ClientForAsync("auditor");
        var login = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=login&userName={user.UserName}");
        var ok = Assert.Single(login.GetProperty("items").EnumerateArray());
        Assert.Equal(user.Id.ToString(), ok.GetProperty("entityId").GetString());
        var failed = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?action=login_failed&userName={user.UserName}");
        var row = Assert.Single(failed.GetProperty("items").EnumerateArray());
        Assert.Contains("bad password", row.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong#2018x", row.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_login_page_is_served_with_security_headers()
    {
        var r = await app.CreateClient().GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal("nosniff", Assert.Single(r.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(r.Headers.GetValues("X-Frame-Options")));
        var csp = Assert.Single(r.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_openapi_and_api_docs_are_reachable()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var openApi = await client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        var doc = await openApi.Content.ReadAsStringAsync();
        Assert.Contains("\"/api/v1/persons\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/auth/token\"", doc, StringComparison.Ordinal);
        var docs = await client.GetAsync("/api/docs"); // the client follows redirects
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.StartsWith("/api/docs", docs.RequestMessage!.RequestUri!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_401_to_anonymous_callers_instead_of_a_login_page()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        foreach (var url in new[] { "/api/v1/persons", "/api/v1/me", "/api/v1/households" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(url)).StatusCode);
        }
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_a_chinese_field_error()
    {
        var admin = await app.ClientForAsync("admin");
        foreach (var password in new[] { "abcdefgh", "Ab#1" })
        {
            var r = await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName = TestApi.NewUserName(), displayName = "弱密码", role = Roles.StreetClerk, jurisdiction = "440304004", password,
            });
            Assert.Contains("密码", await r.FieldErrorAsync("password"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task With_two_factor_enabled_a_token_needs_the_current_authenticator_code()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        var key = await EnableTwoFactorAsync(user.UserName);

        var missing = await app.RequestTokenAsync(user.UserName, user.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("需要动态验证码", (await missing.JsonAsync()).GetProperty("title").GetString());

        var current = Totp.Code(key, DateTimeOffset.UtcNow);
        var wrongCode = current == "000000" ? "111111" : "000000";
        var wrong = await app.RequestTokenAsync(user.UserName, user.Password, wrongCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("动态验证码错误", (await wrong.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);

        var ok = await app.RequestTokenAsync(user.UserName, user.Password, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.False(string.IsNullOrEmpty((await ok.JsonAsync()).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Guessing_the_second_factor_five_times_locks_the_account()
    {
        var user = await app.CreateUserAsync(Roles.StreetClerk, "440304004");
        var key = await EnableTwoFactorAsync(user.UserName);
        var current = Totp.Code(key, DateTimeOffset.UtcNow);
        var wrongCodes = Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").Where(c => c != current).Take(5);
        foreach (var code in wrongCodes)
        {
            await app.RequestTokenAsync(user.UserName, user.Password, code);
        }
        var r = await app.RequestTokenAsync(user.UserName, user.Password, Totp.Code(key, DateTimeOffset.UtcNow));
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("锁定", (await r.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<string> EnableTwoFactorAsync(string userName)
    {
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var staff = (await users.FindByNameAsync(userName))!;
        await users.ResetAuthenticatorKeyAsync(staff);
        var key = (await users.GetAuthenticatorKeyAsync(staff))!;
        Assert.True((await users.SetTwoFactorEnabledAsync(staff, true)).Succeeded);
        return key;
    }

    [Fact]
    public void The_totp_helper_matches_the_rfc_6238_test_vector()
    {
        // RFC 6238 appendix B, SHA-1 key "12345678901234567890" at T = 59 s: 94287082 (8 digits) → 287082
        Assert.Equal("287082", Totp.Code("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", DateTimeOffset.FromUnixTimeSeconds(59)));
    }
}

[Collection(SqliteCollection.Name)]
public sealed class AuthAndSecurityTestsOnSqlite(SqliteApp app) : AuthAndSecurityTests(app);

[Collection(PostgresCollection.Name)]
public sealed class AuthAndSecurityTestsOnPostgres(PostgresApp app) : AuthAndSecurityTests(app);
