using CivilAffairs.Platform.Identity;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Projects;

/// <summary>Government-purchased social-work service projects (contract, budget, indicators, evaluations) and out-of-province assistance projects.</summary>
internal static class ProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ServiceProjects>();
        services.AddScoped<AidProjects>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialwork").WithTags("SocialWork 社会工作 · 购买服务与援建").RequireAuthorization(Permissions.SocialWorkRead);
        g.MapGet("/projects", (SwField? field, string? q, ServiceProjects s, CancellationToken ct) => s.ListAsync(field, q, ct))
            .WithSummary("Purchased service projects of my jurisdiction with paid amounts, evaluation grades, stage and overdue final evaluations");
        g.MapGet("/projects/{id:guid}", (Guid id, ServiceProjects s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One project with indicators (target, actual, rate), evaluations (score, grade and the bands used) and payments (with what they were checked against)");
        g.MapPost("/projects", async (ProjectRequest r, ServiceProjects s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/projects/{v.Row.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Register a purchased project: purchaser district/street in my jurisdiction, provider organization, field, contract number and period, budget, indicators; numbered SG-yyyy-nnnnnn");
        g.MapPost("/projects/{id:guid}/indicators/{indicatorId:guid}", (Guid id, Guid indicatorId, IndicatorActualRequest r, ServiceProjects s, CancellationToken ct) =>
                s.SetActualAsync(id, indicatorId, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Record what an indicator achieved");
        g.MapPost("/projects/{id:guid}/evaluations", (Guid id, EvaluationRequest r, ServiceProjects s, CancellationToken ct) => s.EvaluateAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Record a mid-term or final evaluation (evaluator, date, score 0–100, findings); graded by the bands in force (socialwork.projects.*_mark); one of each kind (409)");
        g.MapPost("/projects/{id:guid}/payments", (Guid id, PaymentRequest r, ServiceProjects s, CancellationToken ct) => s.PayAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite)
            .WithSummary("Record a payment: never above the budget; before evaluations only the advance share; the mid-term / final payment only after a passing mid-term / final evaluation (409)");

        g.MapGet("/aid", (AidProjects s, CancellationToken ct) => s.ListAsync(ct))
            .WithSummary("Out-of-province assistance projects (社工援疆) with people served (人次) by year");
        g.MapPost("/aid", async (AidRequest r, AidProjects s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialwork/aid/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Register an assistance project (city level): name, place, partner, field, period, budget");
        g.MapPost("/aid/{id:guid}/served", (Guid id, AidServedRequest r, AidProjects s, CancellationToken ct) => s.ServedAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialWorkWrite).WithSummary("Record people served (人次) up to a date");
    }
}
