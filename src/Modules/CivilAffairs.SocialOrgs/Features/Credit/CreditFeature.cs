using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>信用名单（活动异常名录、严重违法失信名单）与公开查询.</summary>
internal static class CreditFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in CreditParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<CreditEntries>();
        services.AddScoped<CreditRemovals>();
        services.AddScoped<CreditLetters>();
        services.AddScoped<CreditPublic>();
        services.AddScoped<CreditDemoSeeder>();
        services.AddScoped<ISeeder, CreditSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/socialorgs/credit").WithTags("SocialOrgs 社会组织 · 信用名单").RequireAuthorization(SocialOrgPolicies.ReadOrSelf);

        g.MapGet("/entries", ([AsParameters] CreditEntryQuery q, CreditEntries s, CancellationToken ct) => s.ListAsync(q, ct))
            .WithSummary("List entries: tab = abnormal | serious | removed; trigger, district, authority (4403 or a district), from/to (listed on), q (name or code); counts per tab and per trigger; 50 a page. An organization's account sees only its own entries");
        g.MapGet("/entries.xlsx", async ([AsParameters] CreditEntryQuery q, CreditEntries s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(q, ct);
                return TypedResults.File(bytes, CreditEntries.ExcelType, name);
            })
            .WithSummary("The same list as Excel (audited export)");
        g.MapPost("/entries", async (CreditManualRequest r, CreditEntries s, CancellationToken ct) =>
            {
                var e = await s.ManualAsync(r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/credit/entries/{e.Id}", e);
            })
            .WithSummary("List an organization for a fact from outside the system (socialorgs.write, its registration authority): NoPartyOrganization / RectificationOverdue (abnormal), DishonestDebtor / FraudulentChange (serious), Other (with list); entry deadline in working days from occurredOn; late entries are flagged");
        g.MapGet("/entries/{id:guid}", (Guid id, CreditRemovals s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One entry with its removal requests, the serious list's earliest removal day and what the system found by itself");
        g.MapPost("/entries/{id:guid}/proof", async (Guid id, CreditProofRequest r, CreditRemovals s, CancellationToken ct) =>
            {
                var v = await s.ProofAsync(id, r, ct);
                return TypedResults.Created($"/api/v1/socialorgs/credit/removals/{v.Id}", v);
            })
            .WithSummary("Submit proof that the problem is fixed (socialorgs.self for its own entry, or socialorgs.write for paper proof); the registrar must decide within the removal deadline");
        g.MapPost("/entries/{id:guid}/remove-detected", (Guid id, CreditRemovals s, CancellationToken ct) => s.RemoveDetectedAsync(id, ct))
            .WithSummary("Remove a no-annual-report entry once the system finds the report (socialorgs.write); 409 when nothing was found");
        g.MapGet("/removals", (CreditRemovals s, CancellationToken ct) => s.OpenAsync(ct))
            .WithSummary("Removal requests awaiting the registrar or the approver, by deadline");
        g.MapPost("/removals/{id:guid}/verify", (Guid id, CreditDecisionRequest r, CreditRemovals s, CancellationToken ct) => s.VerifyAsync(id, r, ct))
            .WithSummary("The registrar verifies (socialorgs.write): accept → abnormal entry removed, serious entry on to the approver (after its minimum period); refuse with a note");
        g.MapPost("/removals/{id:guid}/approve", (Guid id, CreditDecisionRequest r, CreditRemovals s, CancellationToken ct) => s.ApproveAsync(id, r, ct))
            .WithSummary("The approver decides a serious-list removal (socialorgs.approve; not the registrar who verified)");
        g.MapPost("/sweep", (CreditEntries s, CancellationToken ct) => s.SweepAsync(ct))
            .WithSummary("Promotion sweep (socialorgs.write): abnormal listings of 2 years or more (parameter) go on the serious list; idempotent");
        g.MapGet("/letters", (string? creditCode, CreditLetters s, CancellationToken ct) => s.ListAsync(creditCode, ct))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("Registered letters to organizations' registered addresses (bureau staff only)");
        g.MapPost("/letters", (CreditLetterRequest r, CreditLetters s, CancellationToken ct) => s.AddAsync(r, ct))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("Log a registered letter (socialorgs.write): when two unsigned letters were sent 20–60 days apart (parameters) the organization is listed as unreachable; otherwise the answer explains why not");
        g.MapPost("/letters/{id:guid}/returned", (Guid id, CreditLetterReturnRequest r, CreditLetters s, CancellationToken ct) => s.ReturnedAsync(id, r, ct))
            .RequireAuthorization(Permissions.SocialOrgsRead)
            .WithSummary("Record that a letter came back unsigned (socialorgs.write); runs the unreachable check");

        var p = app.MapGroup("/api/v1/public/socialorgs").WithTags("Public 社会组织信用信息公示").AllowAnonymous();
        p.MapGet("/lookup", (string? q, CreditPublic s, CancellationToken ct) => s.LookupAsync(q, ct))
            .WithSummary("Look up organizations by name (at least 2 characters) or credit code; at most 10 cards: type, authority, status, latest inspection, credit status and open list entries; no personal data");
        p.MapGet("/lists/{kind}", (string kind, string? q, int? page, CreditPublic s, CancellationToken ct) => s.ListAsync(kind, q, page, ct))
            .WithSummary("The public lists: kind = abnormal | serious; q filters by name or code; 20 a page");
    }
}
