using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>Community honours, pilot and innovation zones, the community work-methods library.</summary>
internal static class HonoursFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in HonourParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<GrassUnits>();
        services.AddScoped<Honours>();
        services.AddScoped<Methods>();
        services.AddScoped<ISeeder, HonourSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/community").WithTags("Community 荣誉与工作法").RequireAuthorization(Permissions.CommunityRead);
        g.MapGet("/honours", ([AsParameters] HonourSearch s, Honours h, CancellationToken ct) => h.ListAsync(s, ct))
            .WithSummary("Honours, pilots and experimental zones in my jurisdiction (filters: kind, status 有效/期满/撤销, division, year, q, reviewDue); counts by district and kind");
        g.MapGet("/honours.xlsx", async ([AsParameters] HonourSearch s, string? reason, Honours h, CancellationToken ct) =>
            {
                var (bytes, name) = await h.ExcelAsync(s, reason, ct);
                return TypedResults.File(bytes, GrassText.Xlsx, name);
            })
            .WithSummary("The filtered list and the counts by district as Excel; a reason is required and the export is audited");
        g.MapGet("/honours/{id:guid}", (Guid id, Honours h, CancellationToken ct) => h.GetAsync(id, ct)).WithSummary("One honour with the parameters its review date used");
        g.MapPost("/honours", async (HonourRequest r, Honours h, CancellationToken ct) =>
            {
                var v = await h.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/community/honours/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.CommunityWrite)
            .WithSummary("Record an honour or designation of a district, street or community in my jurisdiction; review date defaults to the review cycle (parameter)");
        g.MapPost("/honours/{id:guid}/revoke", (Guid id, RevokeRequest r, Honours h, CancellationToken ct) => h.RevokeAsync(id, r, ct))
            .RequireAuthorization(Permissions.CommunityApprove).WithSummary("撤销 with date and reason (community.approve)");

        g.MapGet("/methods", ([AsParameters] MethodSearch s, Methods m, CancellationToken ct) => m.ListAsync(s, ct))
            .WithSummary("The work-methods library: search by text (title, summary, full text, community) and tag; tag counts");
        g.MapGet("/methods/{id:guid}", (Guid id, Methods m, CancellationToken ct) => m.GetAsync(id, ct)).WithSummary("One method with its full text");
        g.MapPost("/methods", async (MethodRequest r, Methods m, CancellationToken ct) =>
            {
                var v = await m.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/community/methods/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.CommunityWrite).WithSummary("A new method (草稿) of a street or community in my jurisdiction");
        g.MapPut("/methods/{id:guid}", (Guid id, MethodRequest r, Methods m, CancellationToken ct) => m.UpdateAsync(id, r, ct))
            .RequireAuthorization(Permissions.CommunityWrite).WithSummary("Edit a method (not once 入选)");
        g.MapPost("/methods/{id:guid}/status", (Guid id, MethodStatusRequest r, Methods m, CancellationToken ct) => m.SetStatusAsync(id, r, ct))
            .RequireAuthorization(Permissions.CommunityApprove).WithSummary("草稿 → 推荐 → 入选, or back one step (community.approve)");
    }
}
