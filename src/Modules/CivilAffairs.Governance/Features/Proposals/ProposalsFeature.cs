using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Proposals;

/// <summary>人大建议 and 政协提案: received, assigned, replied, satisfaction.</summary>
internal static class ProposalsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Proposals>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/governance/proposals").WithTags("Governance 机关管理 · 建议提案").RequireAuthorization(Permissions.GovernanceRead);
        g.MapGet("/", ([AsParameters] ProposalQuery q, Proposals s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Suggestions and proposals in the user's jurisdiction (year of receipt, kind, status, overdue, q) with statistics: on-time replies, satisfaction rate, per lead unit");
        g.MapGet("/export.xlsx", async ([AsParameters] ProposalQuery q, Proposals s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(q, ct);
                return TypedResults.File(bytes, Proposals.ExcelType, name);
            })
            .WithSummary("The same list and statistics as Excel (audited)");
        g.MapGet("/{id:guid}", (Guid id, Proposals s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One suggestion or proposal with its reply");
        g.MapPost("/", async (ProposalRequest r, Proposals s, CancellationToken ct) =>
            {
                var d = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/governance/proposals/{d.Row.Id}", d);
            })
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Register a suggestion (NpcSuggestion) or proposal (CppccProposal) received (governance.manage); number unique per kind");
        g.MapPost("/{id:guid}/assign", (Guid id, ProposalAssignRequest r, Proposals s, CancellationToken ct) => s.AssignAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Assign the lead unit (division code) and co-units (governance.manage); the reply deadline is the assignment date plus the reply-period parameter, recorded with its basis");
        g.MapPost("/{id:guid}/reply", (Guid id, ProposalReplyRequest r, Proposals s, CancellationToken ct) => s.ReplyAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceWrite)
            .WithSummary("The lead unit replies (governance.write, jurisdiction = the lead unit's division; others 403)");
        g.MapPost("/{id:guid}/evaluate", (Guid id, ProposalEvaluateRequest r, Proposals s, CancellationToken ct) => s.EvaluateAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Record the proposer's satisfaction: Satisfied | BasicallySatisfied | Unsatisfied (governance.manage)");
    }
}
