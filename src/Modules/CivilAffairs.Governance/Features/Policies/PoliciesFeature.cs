using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Governance.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Policies;

/// <summary>Policy and normative documents: number, issuing body, dates, status, full text, related parameters.</summary>
internal static class PoliciesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in GovernanceParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<PolicyDocuments>();
        services.AddScoped<IPolicyDocumentCheck, PolicyDocumentCheck>();
        services.AddScoped<ISeeder, GovernanceSeeder>();
        services.AddScoped<ISeeder, PolicySeeder>();
        services.AddScoped<ISeeder, ProposalSeeder>();
        services.AddScoped<ISeeder, PerformanceSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/governance/policies").WithTags("Governance 机关管理 · 政策文件").RequireAuthorization(Permissions.GovernanceRead);
        g.MapGet("/", ([AsParameters] PolicyQuery q, PolicyDocuments s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("Search the register (q: 文号, title, issuing body or full text; kind; status; reviewDue): status computed today from dates and supersession; counts per status; the validity and review-lead parameters used");
        g.MapGet("/{id:guid}", (Guid id, PolicyDocuments s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One document with its full text, the document it replaces and the parameter values that cite it");
        g.MapPost("/", async (PolicyRequest r, PolicyDocuments s, CancellationToken ct) =>
            {
                var d = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/governance/policies/{d.Row.Id}", d);
            })
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Register a document (governance.manage): 文号 unique in the form 深民规〔2018〕3号; supersedesNumber names the document it revises; without publishedOn/effectiveFrom it is a draft");
        g.MapPost("/{id:guid}/publish", (Guid id, PolicyPublishRequest r, PolicyDocuments s, CancellationToken ct) => s.PublishAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Publish a draft: publication and effective dates (governance.manage)");
        g.MapPost("/{id:guid}/repeal", (Guid id, PolicyRepealRequest r, PolicyDocuments s, CancellationToken ct) => s.RepealAsync(id, r, ct))
            .RequireAuthorization(Permissions.GovernanceManage)
            .WithSummary("Repeal a document from a date with the reason (governance.manage); from then on parameters can no longer cite it");
    }
}
