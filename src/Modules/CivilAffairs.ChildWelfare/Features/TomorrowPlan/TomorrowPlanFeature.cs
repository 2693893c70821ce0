using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare.Features.TomorrowPlan;

/// <summary>明天计划: surgery and rehabilitation cases of children in care.</summary>
internal static class TomorrowPlanFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<TomorrowCases>();

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/childwelfare/tomorrow-plan").WithTags("ChildWelfare 儿童福利");
        g.MapGet("", (int? year, string? status, TomorrowCases t, CancellationToken ct) => t.BoardAsync(year, status, ct))
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("Cases in my jurisdiction (filters year, status) with counts and costs by year");
        g.MapPost("", async (NewCaseRequest r, TomorrowCases t, CancellationToken ct) =>
            {
                var d = await t.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/childwelfare/tomorrow-plan/{d.Id}", d);
            })
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Open a case for an approved child under 18 (diagnosis, date applied)");
        g.MapGet("/{id:guid}", (Guid id, TomorrowCases t, CancellationToken ct) => t.DetailAsync(id, ct))
            .RequireAuthorization(Permissions.ChildWelfareRead).WithSummary("One case");
        g.MapPost("/{id:guid}/assess", (Guid id, AssessRequest r, TomorrowCases t, CancellationToken ct) => t.AssessAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Record the medical assessment (date, assessor, conclusion)");
        g.MapPost("/{id:guid}/decide", (Guid id, DecideRequest r, TomorrowCases t, CancellationToken ct) => t.DecideAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareApprove).WithSummary("Approve (with the hospital) or reject; not by the person who applied");
        g.MapPost("/{id:guid}/surgery", (Guid id, SurgeryRequest r, TomorrowCases t, CancellationToken ct) => t.SurgeryAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Record the surgery: date, hospital, total cost = lottery fund + medical insurance + other");
        g.MapPost("/{id:guid}/close", (Guid id, CloseCaseRequest r, TomorrowCases t, CancellationToken ct) => t.CloseAsync(id, r, ct))
            .RequireAuthorization(Permissions.ChildWelfareWrite).WithSummary("Close with the rehabilitation outcome (Cured, Improved, Unchanged, Worse)");
    }
}
