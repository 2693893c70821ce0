using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace CivilAffairs.Web.Api;

/// <summary>POST /api/v1/auth/token: a bearer token for scripts and other systems.</summary>
internal static class AuthEndpoints
{
    public sealed record TokenRequest(string? UserName, string? Password, string? TwoFactorCode);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/auth/token", async (TokenRequest r, UserManager<StaffUser> users, SignInManager<StaffUser> signIn,
                AuditEvents audit, AuditContext context, SecurityOptions security, CancellationToken ct) =>
            {
                var outcome = await LoginCheck.CheckAsync(r.UserName, r.Password, r.TwoFactorCode, users, signIn, audit, context, ct);
                if (outcome.Problem is { } p)
                {
                    return Results.Problem(title: p.Title, detail: p.Detail, statusCode: p.Status);
                }
                if (outcome.NeedsTwoFactor)
                {
                    return Results.Problem(title: "需要动态验证码", detail: "该账户已启用双因素认证，请在 twoFactorCode 中提供动态验证码", statusCode: 401);
                }
                if (security.ForcePasswordChange && outcome.User!.MustChangePassword)
                {
                    return Results.Problem(title: "须先修改初始密码", detail: "请先登录网页修改初始密码，再申请令牌", statusCode: 403);
                }
                var principal = await signIn.CreateUserPrincipalAsync(outcome.User!);
                return Results.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
            })
            .AllowAnonymous().WithTags("Auth 认证").WithSummary("Exchange user name and password for a bearer token (accessToken, expiresIn)");
    }
}

/// <summary>The checks shared by the login page and the token endpoint, with their audit rows.</summary>
internal static class LoginCheck
{
    public sealed record Problem(int Status, string Title, string Detail);

    public sealed record Outcome(StaffUser? User, Problem? Problem, bool NeedsTwoFactor = false);

    public static async Task<Outcome> CheckAsync(string? userName, string? password, string? twoFactorCode, UserManager<StaffUser> users,
        SignInManager<StaffUser> signIn, AuditEvents audit, AuditContext context, CancellationToken ct)
    {
        var name = (userName ?? "").Trim();
        var user = name.Length == 0 ? null : await users.FindByNameAsync(name);
        if (user is null)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, nameof(StaffUser), null, new { reason = "unknown user" }, actorUserName: Truncate(name), ct: ct);
            return new(null, new(401, "登录失败", "用户名或密码错误"));
        }
        context.ActorOverride = user.UserName;
        var result = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, nameof(StaffUser), user.Id.ToString(), new { reason = "locked out" }, actorUserName: user.UserName, ct: ct);
            return new(null, new(403, "账户已锁定", "连续登录失败次数过多，账户已临时锁定，请稍后再试"));
        }
        if (result.IsNotAllowed)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, nameof(StaffUser), user.Id.ToString(), new { reason = "disabled" }, actorUserName: user.UserName, ct: ct);
            return new(null, new(403, "账户已停用", "该账户已停用，请联系管理员"));
        }
        if (!result.Succeeded)
        {
            await audit.RecordAsync(AuditActions.LoginFailed, nameof(StaffUser), user.Id.ToString(), new { reason = "bad password" }, actorUserName: user.UserName, ct: ct);
            return new(null, new(401, "登录失败", "用户名或密码错误"));
        }
        if (user.TwoFactorEnabled)
        {
            var code = (twoFactorCode ?? "").Replace(" ", "", StringComparison.Ordinal);
            if (code.Length == 0)
            {
                return new(user, null, NeedsTwoFactor: true);
            }
            if (!await users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, code))
            {
                await users.AccessFailedAsync(user);
                await audit.RecordAsync(AuditActions.LoginFailed, nameof(StaffUser), user.Id.ToString(), new { reason = "bad second factor" }, actorUserName: user.UserName, ct: ct);
                return new(null, new(401, "登录失败", "动态验证码错误"));
            }
        }
        await audit.RecordAsync(AuditActions.Login, nameof(StaffUser), user.Id.ToString(), null, actorUserName: user.UserName, ct: ct);
        return new(user, null);
    }

    private static string Truncate(string s) => s.Length > 64 ? s[..64] : s;
}
