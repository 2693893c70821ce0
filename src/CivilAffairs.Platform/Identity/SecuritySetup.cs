using System.Threading.RateLimiting;
using CivilAffairs.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Platform.Identity;

public static class SecuritySetup
{
    public const string SmartScheme = "CivilAffairs";

    public static IServiceCollection AddStaffSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        var security = configuration.GetSection("Security").Get<SecurityOptions>() ?? new SecurityOptions();
        services.AddSingleton(security);
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
                o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
            })
            .AddPolicyScheme(SmartScheme, "cookie or bearer", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromMinutes(security.TokenMinutes))
            .AddIdentityCookies(c => c.ApplicationCookie!.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.ExpireTimeSpan = TimeSpan.FromMinutes(security.IdleTimeoutMinutes);
                o.SlidingExpiration = true;
                o.Cookie.Name = "ca.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Events = new CookieAuthenticationEvents
                {
                    // the API answers 401/403 as problem details, never with a login page
                    OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden),
                };
            }));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddIdentityCore<StaffUser>(o =>
            {
                o.Password.RequiredLength = security.PasswordMinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = security.LockoutAttempts;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(security.LockoutMinutes);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
            })
            .AddRoles<StaffRole>()
            .AddEntityFrameworkStores<PlatformDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ChineseIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddPasswordValidator<PasswordPolicyValidator>();
        services.AddScoped<IUserConfirmation<StaffUser>, EnabledAccountConfirmation>();
        services.AddAuthorization(o =>
        {
            foreach (var p in Permissions.All)
            {
                o.AddPolicy(p, b => b.RequireAuthenticatedUser().RequireClaim(Permissions.ClaimType, p));
            }
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx => IsLoginRequest(ctx.Request)
                ? RateLimitPartition.GetFixedWindowLimiter("login:" + ctx.Connection.RemoteIpAddress, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = security.LoginRequestsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("none"));
        });
        return services;
    }

    private static bool IsLoginRequest(HttpRequest r) =>
        HttpMethods.IsPost(r.Method) && (r.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase)
            || r.Path.StartsWithSegments("/api/v1/auth/token", StringComparison.OrdinalIgnoreCase));

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>Security headers on every response (等保: clickjacking, MIME sniffing, referrer leaks).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        var h = ctx.Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h.XFrameOptions = "DENY";
        h["Referrer-Policy"] = "no-referrer";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        h["Cross-Origin-Opener-Policy"] = "same-origin";
        // the API reference page loads its own bundled script inline; everything else is strict
        h.ContentSecurityPolicy = ctx.Request.Path.StartsWithSegments("/api/docs") || ctx.Request.Path.StartsWithSegments("/scalar")
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'"
            : "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'";
        await next();
    });
}
