using CivilAffairs.Platform.Identity;

namespace CivilAffairs.Web.Hosting;

/// <summary>An account with its initial password may do nothing but change it.</summary>
internal sealed class ForcePasswordChangeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path;
        if (ctx.User.HasClaim(StaffClaims.MustChangePassword, "true")
            && !path.StartsWithSegments("/account") && !path.StartsWithSegments("/_framework")
            && !path.StartsWithSegments("/lib") && !path.StartsWithSegments("/app.css") && !path.StartsWithSegments("/health"))
        {
            if (path.StartsWithSegments("/api"))
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                await ctx.Response.WriteAsJsonAsync(new { title = "须先修改初始密码", status = 403, detail = "请先登录网页修改初始密码" });
                return;
            }
            ctx.Response.Redirect("/account/change-password");
            return;
        }
        await next(ctx);
    }
}
