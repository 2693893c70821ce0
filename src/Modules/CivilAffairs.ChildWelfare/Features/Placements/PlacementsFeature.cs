using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare.Features.Placements;

/// <summary>成年孤儿安置: plans for orphans turning 18 and their follow-up visits.</summary>
internal static class PlacementsFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<PlacementPlans>();

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/childwelfare/placements").WithTags("ChildWelfare 儿童福利");
        g.MapGet("", (PlacementPlans p, CancellationToken ct) => p.BoardAsync(ct))
            .RequireAuthorization(Permissions.ChildWelfareRead)
            .WithSummary("Orphans turning 18 within the lookahead (parameter) without a plan, and the plans in my jurisdiction with overdue follow-ups first");
        g.MapPost("", async (PlacementRequest r, PlacementPlans p, CancellationToken ct) =>
            {
                var d = await p.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/childwelfare/placements/{d.Id}", d);
            })
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Draft a placement plan (education / employment / housing / assistance referral with target dates, responsible person)");
        g.MapGet("/{id:guid}", (Guid id, PlacementPlans p, CancellationToken ct) => p.DetailAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("One plan with its visits");
        g.MapPost("/{id:guid}/approve", (Guid id, PlacementPlans p, CancellationToken ct) => p.ApproveAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfareApprove).WithSummary("Approve a draft plan (not by the person who drafted it)");
        g.MapPost("/{id:guid}/visits", (Guid id, VisitRequest r, PlacementPlans p, CancellationToken ct) => p.VisitAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Record a follow-up visit; the next visit is due after the interval parameter unless given");
        g.MapPost("/{id:guid}/close", (Guid id, CloseRequest r, PlacementPlans p, CancellationToken ct) => p.CloseAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Close a plan with the outcome");
    }
}
