using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialWork.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Volunteers;

/// <summary>Volunteer teams, volunteers, service records and hours.</summary>
internal static class VolunteersFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Volunteers>();
        services.AddScoped<ISeeder, ProjectsVolunteersSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialwork").WithTags("SocialWork 社会工作 · 志愿服务").RequireAuthorization(Permissions.SocialWorkRead);
        g.MapGet("/teams", (Volunteers s, CancellationToken ct) => s.TeamsAsync(ct))
            .WithSummary("Volunteer teams of my jurisdiction as a tree, each with its own and its subtree's volunteers, river chiefs, platform members and hours, counted from the records");
        g.MapPost("/teams", async (TeamRequest r, Volunteers s, CancellationToken ct) =>
            {
                var v = await s.CreateTeamAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/teams/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Create a team (name, kind, parent organization, parent team, division in my jurisdiction)");
        g.MapPost("/teams/{id:guid}/intakes", (Guid id, IntakeRequest r, Volunteers s, CancellationToken ct) => s.IntakeAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Record a batch of members registered on the volunteer platform (e.g. 河小二) and assigned to the team");

        g.MapGet("/volunteers", ([AsParameters] VolunteerQuery q, Volunteers s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Registered volunteers of my jurisdiction, names and ID numbers masked, with hours; 50 a page; filter by team, role or full ID number");
        g.MapGet("/volunteers/{id:guid}", (Guid id, Volunteers s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One volunteer with service records");
        g.MapPost("/volunteers", async (VolunteerRequest r, Volunteers s, CancellationToken ct) =>
            {
                var v = await s.RegisterAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/volunteers/{v.Row.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Register a volunteer (ID number validated, one registration per person) in a team of my jurisdiction");
        g.MapPost("/volunteers/{id:guid}/services", (Guid id, ServiceRequest r, Volunteers s, CancellationToken ct) => s.RecordServiceAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Record a service (activity, date, hours, verifier); more than socialwork.volunteers.max_hours_per_day on one day is refused (400)");
        g.MapGet("/volunteers/{id:guid}/certificate.pdf", async (Guid id, Volunteers s, CancellationToken ct) =>
            {
                var (name, bytes) = await s.CertificateAsync(id, ct);
                return TypedResults.File(bytes, "application/pdf", name);
            })
            .WithSummary("志愿服务记录证明 as PDF (free, 志愿服务条例 art. 19); issuing it is audited");
    }
}
