using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Experts;

/// <summary>The expert pool: experts, fields, consultations, conflicts of interest.</summary>
internal static class ExpertsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ExpertPool>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/governance/experts").WithTags("Governance 机关管理 · 专家库").RequireAuthorization(Permissions.GovernanceRead);
        g.MapGet("/", (string? q, ExpertPool s, CancellationToken ct) => s.ExpertsAsync(q, ct))
            .WithSummary("Experts (q: name, field or employer) with their conflicts of interest; phones masked");
        g.MapPost("/", async (ExpertRequest r, ExpertPool s, CancellationToken ct) =>
            {
                var e = await s.AddExpertAsync(r, ct);
                return TypedResults.Created($"/api/v1/governance/experts/{e.Id}", e);
            })
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Add an expert to the pool (governance.manage)");
        g.MapPost("/{id:guid}/conflicts", (Guid id, ConflictRequest r, ExpertPool s, CancellationToken ct) => s.AddConflictAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Record a conflict of interest with a party: Declared by the expert or Found by the office (governance.manage)");
        g.MapGet("/consultations", (ExpertPool s, CancellationToken ct) => s.ConsultationsAsync(ct)).WithSummary("Consultations on major decisions");
        g.MapGet("/consultations/{id:guid}", (Guid id, ExpertPool s, CancellationToken ct) => s.ConsultationAsync(id, ct))
            .WithSummary("One consultation: invited experts, opinions, conflicts found since, the minimum-experts parameter");
        g.MapPost("/consultations", async (ConsultationRequest r, ExpertPool s, CancellationToken ct) =>
            {
                var c = await s.CreateConsultationAsync(r, ct);
                return TypedResults.Created($"/api/v1/governance/experts/consultations/{c.Row.Id}", c);
            })
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Open a consultation: topic, parties concerned (、-separated), date (governance.manage)");
        g.MapPost("/consultations/{id:guid}/invite", (Guid id, InviteRequest r, ExpertPool s, CancellationToken ct) => s.InviteAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Invite an expert; 409 when the expert is conflicted with a party or the topic");
        g.MapPost("/consultations/{id:guid}/opinions", (Guid id, OpinionRequest r, ExpertPool s, CancellationToken ct) => s.OpinionAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage).WithSummary("Record an invited expert's opinion");
        g.MapPost("/consultations/{id:guid}/conclude", (Guid id, ConcludeRequest r, ExpertPool s, CancellationToken ct) => s.ConcludeAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Conclude; 409 with fewer opinions than the minimum-experts parameter, or when an invited expert is conflicted");
    }
}
