using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialWork.Features.Shared;
using CivilAffairs.SocialWork.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Workforce;

/// <summary>Social-work organizations, social workers by qualification and field, peer counsellors, statistics by field.</summary>
internal static class WorkforceFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in SwParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Workforce>();
        services.AddScoped<WorkforceStats>();
        services.AddScoped<ISeeder, SocialWorkSeeder>();
        services.AddScoped<ISeeder, WorkforceSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialwork").WithTags("SocialWork 社会工作 · 社工队伍").RequireAuthorization(Permissions.SocialWorkRead);
        g.MapGet("/organizations", (Workforce s, CancellationToken ct) => s.OrganizationsAsync(ct))
            .WithSummary("Social-work organizations of my jurisdiction with fields, stations, declared headcount and in-post / certified workers recorded");
        g.MapPost("/organizations", async (OrganizationRequest r, Workforce s, CancellationToken ct) =>
            {
                var v = await s.AddOrganizationAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/organizations/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Add an organization: by credit code from the social-organization register (name and location from there), or by name and division when not registered");

        g.MapGet("/workers", ([AsParameters] WorkerQuery q, Workforce s, CancellationToken ct) => s.WorkersAsync(q, ct))
            .WithSummary("Social workers posted in my jurisdiction, names and ID numbers masked, 50 a page; filters field, qualification, status, district, organization, certificate or full ID number");
        g.MapGet("/workers/{id:guid}", (Guid id, Workforce s, CancellationToken ct) => s.WorkerAsync(id, ct))
            .WithSummary("One worker with continuing-education hours per year against the parameter in force, and the peer counsellors guided");
        g.MapPost("/workers", async (WorkerRequest r, Workforce s, CancellationToken ct) =>
            {
                var v = await s.CreateWorkerAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/workers/{v.Row.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Record a social worker: ID number validated (GB 11643), certificate number and year for certified levels, employer and posting in my jurisdiction");
        g.MapPost("/workers/{id:guid}/leave", (Guid id, LeaveRequest r, Workforce s, CancellationToken ct) => s.LeaveAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("在岗 → 离职 (the record stays)");
        g.MapPost("/workers/{id:guid}/ce", (Guid id, CeRequest r, Workforce s, CancellationToken ct) => s.AddCeAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Record a continuing-education course (date, course, hours)");

        g.MapGet("/peer-counsellors", (Workforce s, CancellationToken ct) => s.PeersAsync(ct)).WithSummary("Peer counsellors (朋辈辅导员), names masked, with sessions");
        g.MapPost("/peer-counsellors", async (PeerRequest r, Workforce s, CancellationToken ct) =>
            {
                var v = await s.AddPeerAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/peer-counsellors/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Add a peer counsellor guided by an in-post drug-rehabilitation social worker");
        g.MapPost("/peer-counsellors/{id:guid}/sessions", (Guid id, SessionsRequest r, Workforce s, CancellationToken ct) => s.AddSessionsAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Add counselling sessions held");

        g.MapGet("/stats", (WorkforceStats s, CancellationToken ct) => s.GetAsync(ct))
            .WithSummary("In-post social workers by field, district and qualification (and field × district × qualification), counted from the records");
        g.MapGet("/stats.xlsx", async (string? reason, WorkforceStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(reason, ct);
                return TypedResults.File(bytes, WorkforceStats.ExcelType, name);
            })
            .WithSummary("The statistics and the in-post list (masked) as Excel; a reason is required and the export is audited");
    }
}
