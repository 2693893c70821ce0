using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Facilities.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>The registry of service institutions (type, operator, licence, capacity, location), fed by and serving every module.</summary>
internal static class InstitutionsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in FacilityParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<FacilityAccess>();
        services.AddScoped<FacilityRegistry>();
        services.AddScoped<FacilitySync>();
        services.AddScoped<IFacilityDirectory, FacilityDirectory>();
        services.AddScoped<ISeeder, FacilitiesSeeder>();
        services.AddScoped<ISeeder, FacilitiesResyncSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/facilities/institutions").WithTags("Facilities 设施与项目 · 服务设施名录").RequireAuthorization(Permissions.FacilitiesRead);
        g.MapGet("", (FacilityType? type, string? district, FacilityStatus? status, string? source, string? q, bool? expiring, FacilityRegistry s, CancellationToken ct) =>
                s.ListAsync(new FacilitySearch { Type = type, District = district, Status = status, Source = source, Q = q, Expiring = expiring == true }, ct))
            .WithSummary("Institutions in my jurisdiction (type, district, status, source = module key or 'registry', q = name/code/operator, expiring = licence ends within the warning window); counts by type");
        g.MapGet("/{id:guid}", (Guid id, FacilityRegistry s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One institution; 404 outside my jurisdiction");
        g.MapPost("", async (FacilityRequest r, FacilityRegistry s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/facilities/institutions/{v.Row.Id}", v);
            })
            .WithSummary("Register an institution no module keeps (facilities.write, within my jurisdiction); 409 when the same name is registered in the division");
        g.MapPut("/{id:guid}", (Guid id, FacilityRequest r, FacilityRegistry s, CancellationToken ct) => s.UpdateAsync(id, r, ct))
            .WithSummary("Correct an institution (facilities.write). For one a module keeps, only licence validity, location and note are taken; the rest is the module's");
        g.MapPost("/sync", (FacilityRegistry s, CancellationToken ct) => s.SyncAsync(ct))
            .WithSummary("Synchronize from every module's institutions (facilities.manage): upsert by module + code, never duplicates; counts per module; audited");
        app.MapGet("/api/v1/facilities/institutions.xlsx", async (FacilityType? type, string? district, FacilityStatus? status, string? source, string? q, bool? expiring,
                FacilityRegistry s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(new FacilitySearch { Type = type, District = district, Status = status, Source = source, Q = q, Expiring = expiring == true }, ct);
                return TypedResults.File(bytes, FacilityRegistry.ExcelType, name);
            })
            .WithTags("Facilities 设施与项目 · 服务设施名录").RequireAuthorization(Permissions.FacilitiesRead)
            .WithSummary("The list as Excel with counts by type (audited export)");
    }
}
