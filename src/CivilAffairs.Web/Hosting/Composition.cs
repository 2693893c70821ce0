using System.Globalization;
using System.Text.Json.Serialization;
using CivilAffairs.Platform;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Localization;
using CivilAffairs.Assistance;
using CivilAffairs.Marriage;
using CivilAffairs.Funeral;
using CivilAffairs.ChildWelfare;
using CivilAffairs.Disaster;
using CivilAffairs.Charity;
using CivilAffairs.Community;
using CivilAffairs.SocialWork;
using CivilAffairs.Facilities;
using CivilAffairs.Governance;
using CivilAffairs.Reporting;
using CivilAffairs.ElderCare;
using CivilAffairs.Rescue;
using CivilAffairs.SocialOrgs;
using CivilAffairs.Registry;
using CivilAffairs.Web.Api;
using CivilAffairs.Web.Components;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace CivilAffairs.Web.Hosting;

/// <summary>The composition root: platform, then each module's AddX()/MapX().</summary>
public static class Composition
{
    public static IServiceCollection AddCivilAffairs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPlatform(configuration);
        var db = DatabaseOptions.From(configuration);
        services.AddRegistry(db);
        services.AddAssistance(db);
        services.AddMarriage(db);
        services.AddFuneral(db);
        services.AddChildWelfare(db);
        services.AddRescue(db);
        services.AddDisaster(db);
        services.AddElderCare(db);
        services.AddSocialOrgs(db);
        services.AddCharity(db);
        services.AddCommunity(db);
        services.AddSocialWork(db);
        services.AddFacilities(db);
        services.AddGovernance(db);
        services.AddReporting(db, configuration);

        services.AddRazorComponents();
        // Chinese text as text, not &#x...; entities: pages half the size and readable in source
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddCascadingAuthenticationState();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "CivilAffairs API 民政综合服务平台";
            doc.Info.Version = "v1";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database");
        services.AddScoped<UserAdmin>();
        return services;
    }

    public static WebApplication UseCivilAffairs(this WebApplication app)
    {
        app.UseWhen(IsApi, a => a.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(c => !IsApi(c), a =>
        {
            a.UseExceptionHandler("/error", createScopeForErrors: true);
            a.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        });
        // routing after the status-code middleware, so that a re-executed /not-found is routed again
        app.UseRouting();
        app.UseSecurityHeaders();
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Loc.DefaultCulture).AddSupportedCultures(Loc.Supported).AddSupportedUICultures(Loc.Supported);
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.UseAuthentication();
        app.Use(async (ctx, next) =>
        {
            ctx.RequestServices.GetRequiredService<AuditContext>().ClientIp = ctx.Connection.RemoteIpAddress?.ToString();
            await next();
        });
        app.UseMiddleware<BearerSessionCheck>();
        app.UseMiddleware<ForcePasswordChangeMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new() { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", o => o.WithTitle("CivilAffairs API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        AuthEndpoints.Map(app);
        AccountEndpoints.Map(app);
        PlatformEndpoints.Map(app);
        EventEndpoints.Map(app);
        app.MapRegistry();
        app.MapAssistance();
        app.MapMarriage();
        app.MapFuneral();
        app.MapChildWelfare();
        app.MapRescue();
        app.MapDisaster();
        app.MapElderCare();
        app.MapSocialOrgs();
        app.MapCharity();
        app.MapCommunity();
        app.MapSocialWork();
        app.MapFacilities();
        app.MapGovernance();
        app.MapReporting();
        app.MapGet("/culture", (string c, string? returnUrl, HttpContext ctx) =>
        {
            var culture = Loc.Supported.Contains(c) ? c : Loc.DefaultCulture;
            ctx.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
        }).ExcludeFromDescription();
        app.MapRazorComponents<App>().AddAdditionalAssemblies(RegistryModule.UiAssembly, AssistanceModule.UiAssembly, MarriageModule.UiAssembly,
            FuneralModule.UiAssembly, ChildWelfareModule.UiAssembly, RescueModule.UiAssembly, DisasterModule.UiAssembly,
            ElderCareModule.UiAssembly, SocialOrgsModule.UiAssembly, CharityModule.UiAssembly,
            CommunityModule.UiAssembly, SocialWorkModule.UiAssembly, FacilitiesModule.UiAssembly, GovernanceModule.UiAssembly, ReportingModule.UiAssembly);
        CultureInfo.DefaultThreadCurrentCulture ??= CultureInfo.GetCultureInfo(Loc.DefaultCulture);
        return app;
    }

    private static bool IsApi(HttpContext c) => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/openapi");
}
