using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Community.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.Integrity;

/// <summary>Leads about gang-related influence (restricted), patrols against organized begging, removal of committee members.</summary>
internal static class IntegrityFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in IntegrityParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<Leads>();
        services.AddScoped<Patrols>();
        services.AddScoped<Removals>();
        services.AddScoped<ISeeder, IntegritySeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // the whole group demands community.integrity: everyone else gets 403 before any query runs
        var leads = app.MapGroup("/api/v1/community/integrity/leads").WithTags("Community 涉黑涉恶线索（限定）").RequireAuthorization(Permissions.CommunityIntegrity);
        leads.MapGet("", ([AsParameters] LeadSearch s, Leads l, CancellationToken ct) => l.ListAsync(s, ct))
            .WithSummary("Leads in my jurisdiction (filters: year, field, status, division, overdue); counts by field and result. community.integrity only");
        leads.MapGet("/{id:guid}", (Guid id, Leads l, CancellationToken ct) => l.GetAsync(id, ct)).WithSummary("One lead with its verification steps");
        leads.MapPost("", async (LeadRequest r, Leads l, CancellationToken ct) =>
            {
                var v = await l.ReceiveAsync(r, ct);
                return TypedResults.Created($"/api/v1/community/integrity/leads/{v.Id}", v);
            })
            .WithSummary("受理 a lead: received date, source, field, division, summary, subject; the verification deadline in working days (parameter)");
        leads.MapPost("/{id:guid}/steps", (Guid id, LeadStepRequest r, Leads l, CancellationToken ct) => l.StepAsync(id, r, ct))
            .WithSummary("action = verify (a step) | result (Confirmed/PartlyConfirmed/Unfounded) | handover (receivingUnit) | close");

        app.MapGet("/api/v1/community/integrity/leads.xlsx", async ([AsParameters] LeadSearch s, string? reason, Leads l, CancellationToken ct) =>
            {
                var (bytes, name) = await l.ExcelAsync(s, reason, ct);
                return TypedResults.File(bytes, GrassText.Xlsx, name);
            })
            .RequireAuthorization(Permissions.CommunityIntegrity).WithTags("Community 涉黑涉恶线索（限定）")
            .WithSummary("Leads and counts by field as Excel (persons masked); a reason is required and the export is audited");

        var g = app.MapGroup("/api/v1/community/integrity").WithTags("Community 基层自治廉洁").RequireAuthorization(Permissions.CommunityRead);
        g.MapGet("/patrols", ([AsParameters] PatrolSearch s, Patrols p, CancellationToken ct) => p.ListAsync(s, ct))
            .WithSummary("Patrols against organized begging in my jurisdiction (filters: year, month, division; 50 a page)");
        g.MapGet("/patrols/stats", (int? year, string? division, Patrols p, TimeProvider clock, CancellationToken ct) =>
                p.StatsAsync(year ?? ChinaTime.Today(clock).Year, division, ct))
            .WithSummary("A year's patrols: counts and persons by month and by district, and the total");
        g.MapGet("/patrols.xlsx", async (int? year, string? division, string? reason, Patrols p, TimeProvider clock, CancellationToken ct) =>
            {
                var (bytes, name) = await p.ExcelAsync(year ?? ChinaTime.Today(clock).Year, division, reason, ct);
                return TypedResults.File(bytes, GrassText.Xlsx, name);
            })
            .WithSummary("A year's statistics and patrol records as Excel; a reason is required and the export is audited");
        g.MapPost("/patrols", async (PatrolRequest r, Patrols p, CancellationToken ct) =>
            {
                var v = await p.RecordAsync(r, ct);
                return TypedResults.Created($"/api/v1/community/integrity/patrols/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.CommunityWrite).WithSummary("Record a patrol of a district or street in my jurisdiction");

        g.MapGet("/removals", ([AsParameters] RemovalSearch s, Removals r, CancellationToken ct) => r.ListAsync(s, ct))
            .WithSummary("Removals of residents' committee members (names and ID numbers masked); the linked lead only for community.integrity");
        g.MapGet("/removals.xlsx", async ([AsParameters] RemovalSearch s, string? reason, Removals r, CancellationToken ct) =>
            {
                var (bytes, name) = await r.ExcelAsync(s, reason, ct);
                return TypedResults.File(bytes, GrassText.Xlsx, name);
            })
            .WithSummary("Removals as Excel (masked); a reason is required and the export is audited");
        g.MapGet("/removals/{id:guid}", (Guid id, Removals r, CancellationToken ct) => r.GetAsync(id, ct)).WithSummary("One removal with the vote check and the parameters it used");
        g.MapPost("/removals", async (RemovalRequest req, Removals r, CancellationToken ct) =>
            {
                var v = await r.ProposeAsync(req, ct);
                return TypedResults.Created($"/api/v1/community/integrity/removals/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.CommunityWrite)
            .WithSummary("Propose a removal with the meeting's vote; the quorum and majority in force on the meeting date are checked and recorded");
        g.MapPost("/removals/{id:guid}/decision", (Guid id, RemovalDecisionRequest req, Removals r, CancellationToken ct) => r.DecideAsync(id, req, ct))
            .RequireAuthorization(Permissions.CommunityApprove)
            .WithSummary("Confirm (decisionNumber required; only a passed vote) or do not confirm (note required); never by the proposer");
    }
}
