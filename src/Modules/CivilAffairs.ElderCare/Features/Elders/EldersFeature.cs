using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>Elders aged 60+ (live from the registry), their profiles and care-needs assessments.</summary>
internal static class EldersFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in EldersParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<ElderQueries>();
        services.AddScoped<ElderWork>();
        services.AddScoped<ElderExport>();
        services.AddScoped<IElderCareFigures, EldersFigures>();
        services.AddScoped<ISeeder, EldersSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // bureau staff only: a provider's account (eldercare.provide) gets 403 here
        var g = app.MapGroup("/api/v1/eldercare/elders").WithTags("ElderCare 老年人").RequireAuthorization(Permissions.ElderCareRead);
        g.MapGet("", ([AsParameters] ElderSearch s, ElderQueries q, CancellationToken ct) => q.ListAsync(s, ct))
            .WithSummary("Residents aged 60+ in my jurisdiction, live from the registry, with profile and care level (filters: division, ageBand 60|70|80|90|100, hukou, living, level (or None), due, priority, q = name or ID prefix); masked IDs; counts");
        g.MapGet("/export.xlsx", async ([AsParameters] ElderSearch s, string? reason, ElderExport x, CancellationToken ct) =>
            {
                var (bytes, _) = await x.ExportAsync(s, reason, ct);
                return TypedResults.File(bytes, ElderExport.ContentType, "elders.xlsx");
            })
            .WithSummary("The filtered list as Excel (masked IDs); reason required; audited");
        g.MapGet("/{personId:guid}", (Guid personId, ElderQueries q, CancellationToken ct) => q.GetAsync(personId, ct))
            .WithSummary("One elder: registry facts, social-assistance status, profile, assessments, services received from every area");
        g.MapPut("/{personId:guid}/profile", (Guid personId, ProfileRequest r, ElderWork w, CancellationToken ct) => w.SaveProfileAsync(personId, r, ct))
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("Save living situation (WithFamily|EmptyNest|Alone|InInstitution), 失独/三无/优抚/child disabled, disability grade, note; version = the one read (409 when changed since)");
        g.MapPost("/{personId:guid}/assessments", async (Guid personId, AssessmentRequest r, ElderWork w, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/eldercare/elders/{personId}", await w.AssessAsync(personId, r, ct)))
            .RequireAuthorization(Permissions.ElderCareWrite)
            .WithSummary("Record a Barthel assessment (ten item scores, assessedOn not in the future, assessor, organisation, diagnosisCertified); level and next assessment from the parameters; updates the profile");
    }
}
