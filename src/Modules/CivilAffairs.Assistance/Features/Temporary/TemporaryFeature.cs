using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>临时救助 / 救急难: services, the Rescue referral contract and endpoints.</summary>
internal static class TemporaryFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<TemporaryWorkflow>();
        services.AddScoped<TemporaryQueries>();
        services.AddScoped<ITemporaryAssistanceReferrals, TemporaryReferrals>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/temporary").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/", (string? kind, string? status, bool? papersOverdue, string? divisionCode, TemporaryQueries q, CancellationToken ct) =>
                q.ListAsync(kind, status, papersOverdue == true, divisionCode, ct))
            .WithSummary("Temporary-assistance cases in my jurisdiction with counts (papersOverdue=true: urgent grants whose papers are late)");
        g.MapGet("/{id:guid}", (Guid id, TemporaryQueries q, CancellationToken ct) => q.GetAsync(id, ct)).WithSummary("One case with its steps and payments");
        g.MapPost("/", async (CreateTemporaryRequest r, TemporaryWorkflow w, CancellationToken ct) =>
            {
                var v = await w.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/assistance/temporary/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.AssistanceApply).WithSummary("Register a case (Urgent 急难型 / Transitional 过渡型); the amount is checked against the cap");
        g.MapPost("/{id:guid}/street-decision", (Guid id, TemporaryDecisionRequest r, TemporaryWorkflow w, CancellationToken ct) => w.StreetDecideAsync(id, r, ct))
            .RequireAuthorization(Permissions.AssistanceReview).WithSummary("Street approves up to its limit (urgent: grant first), forwards larger amounts, or refuses");
        g.MapPost("/{id:guid}/district-decision", (Guid id, TemporaryDecisionRequest r, TemporaryWorkflow w, CancellationToken ct) => w.DistrictDecideAsync(id, r, ct))
            .RequireAuthorization(Permissions.AssistanceApprove).WithSummary("District approves or refuses an amount above the street's limit");
        g.MapPost("/{id:guid}/papers", (Guid id, TemporaryNoteRequest r, TemporaryWorkflow w, CancellationToken ct) => w.PapersReceivedAsync(id, r, ct))
            .RequireAuthorization(Permissions.AssistanceAccept).WithSummary("Urgent case: the papers that follow the grant were handed in");
        g.MapPost("/{id:guid}/payments", (Guid id, TemporaryPaymentRequest r, TemporaryWorkflow w, CancellationToken ct) => w.PayAsync(id, r, ct))
            .RequireAuthorization(Permissions.AssistanceAccept).WithSummary("Record money paid for an approved case (total ≤ approved amount)");
    }
}
