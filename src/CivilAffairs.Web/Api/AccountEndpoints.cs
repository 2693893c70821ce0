using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace CivilAffairs.Web.Api;

/// <summary>Form posts that are not pages: logout and turning 2FA off.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext ctx, IAntiforgery af, SignInManager<StaffUser> signIn, AuditEvents audit, ICurrentUser me) =>
        {
            await af.ValidateRequestAsync(ctx);
            if (ctx.User.Identity?.IsAuthenticated == true)
            {
                await audit.RecordAsync(AuditActions.Logout, nameof(StaffUser), null, null, actorUserName: me.UserName);
            }
            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).ExcludeFromDescription();
        app.MapPost("/account/2fa/disable", async (HttpContext ctx, IAntiforgery af, UserManager<StaffUser> users) =>
        {
            await af.ValidateRequestAsync(ctx);
            var user = await users.GetUserAsync(ctx.User);
            if (user is not null)
            {
                await users.SetTwoFactorEnabledAsync(user, false);
                await users.ResetAuthenticatorKeyAsync(user);
            }
            return Results.LocalRedirect("/account/manage");
        }).RequireAuthorization().ExcludeFromDescription();
    }
}
