using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>Office settings, the regular week, special days and closures, session capacity (登记处与场次管理).</summary>
internal static class OfficesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<OfficeAccess>();
        services.AddScoped<OfficeAdmin>();
        services.AddScoped<SessionCapacity>();
        services.AddScoped<SpecialDays>();
        services.AddScoped<SessionBoard>();
        services.AddScoped<CivilAffairs.Platform.Seeding.ISeeder, Seeding.MarriageYearSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/marriage").WithTags("Marriage 婚姻登记");
        g.MapGet("/registries/{id:guid}", (Guid id, OfficeAdmin a, CancellationToken ct) => a.GetAsync(id, ct))
            .RequireAuthorization(Permissions.MarriageRead).WithSummary("One office's settings (in my jurisdiction)");
        g.MapPut("/registries/{id:guid}", (Guid id, UpdateOfficeRequest r, OfficeAdmin a, CancellationToken ct) => a.UpdateAsync(id, r, ct))
            .RequireAuthorization(Permissions.MarriageManage)
            .WithSummary("Address, phone, hours, served hukou districts (6-digit codes checked against the division directory), active flag; 403 outside my jurisdiction");
        g.MapGet("/registries/{id:guid}/templates", (Guid id, OfficeAdmin a, CancellationToken ct) => a.TemplatesAsync(id, ct))
            .RequireAuthorization(Permissions.MarriageRead).WithSummary("The regular week: Monday–Saturday, morning and afternoon, hours and capacity per service type");
        g.MapPut("/registries/{id:guid}/templates", (Guid id, SaveTemplatesRequest r, OfficeAdmin a, CancellationToken ct) => a.SaveTemplatesAsync(id, r, ct))
            .RequireAuthorization(Permissions.MarriageManage)
            .WithSummary("Change the regular week (sessions generated from now on; open sessions keep their quotas)");
        g.MapGet("/special-days", (SpecialDays s, CancellationToken ct) => s.UpcomingAsync(ct))
            .RequireAuthorization(Permissions.MarriageRead).WithSummary("Upcoming special openings and closures, with the bookings each closure catches");
        g.MapPost("/special-days", async (SpecialDayRequest r, SpecialDays s, CancellationToken ct) =>
                TypedResults.Created("/api/v1/marriage/special-days", await s.AnnounceAsync(r, ct)))
            .RequireAuthorization(Permissions.MarriageManage)
            .WithSummary("Announce an opening (sessions created or changed) or a closure (sessions closed; the bookings caught are listed for a call-back, not cancelled)");
        g.MapGet("/special-days/{id:guid}/call-back", (Guid id, SpecialDays s, CancellationToken ct) => s.CallBackAsync(id, ct))
            .RequireAuthorization(Permissions.MarriageRead).WithSummary("The call-back list of a closure (names and phones masked)");
        g.MapPut("/sessions/{id:guid}/capacity", (Guid id, CapacityRequest r, SessionCapacity c, CancellationToken ct) => c.ChangeAsync(id, r, ct))
            .RequireAuthorization(Permissions.MarriageManage)
            .WithSummary("Change a session's capacity for one service type; 409 when below the bookings already holding a slot");
    }
}
