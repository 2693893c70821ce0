using System.Collections.Concurrent;
using System.Security.Claims;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Identity;

namespace CivilAffairs.Web.Hosting;

/// <summary>
/// Bearer tokens carry the account's security stamp but nothing re-checks it, unlike the cookie.
/// Once a minute per token this checks the stamp and the disabled flag, so disabling an account
/// (which changes its stamp) ends its API sessions within a minute, as it does in the browser.
/// </summary>
internal sealed class BearerSessionCheck(RequestDelegate next, TimeProvider clock)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    // read once, instead of building a whole IdentityOptions graph on every request to read a constant
    private static readonly string StampClaimType = new IdentityOptions().ClaimsIdentity.SecurityStampClaimType;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _checked = new();

    public async Task InvokeAsync(HttpContext ctx, SignInManager<StaffUser> signIn)
    {
        // the same test the policy scheme uses to pick the bearer handler
        if (ctx.User.Identity?.IsAuthenticated == true
            && ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var key = (ctx.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "") + "|" + ctx.User.FindFirstValue(StampClaimType);
            var now = clock.GetUtcNow();
            if (!_checked.TryGetValue(key, out var at) || now - at >= Interval)
            {
                var user = await signIn.ValidateSecurityStampAsync(ctx.User);
                if (user is null || user.IsDisabled)
                {
                    _checked.TryRemove(key, out _);
                    ctx.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    await ctx.Response.WriteAsJsonAsync(new { title = "会话已失效", status = 401, detail = "账户已停用或凭据已变更，请重新获取令牌" });
                    return;
                }
                _checked[key] = now;
            }
        }
        await next(ctx);
    }
}
