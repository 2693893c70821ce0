using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>定期复核 and 帮扶计划: services and endpoints.</summary>
internal static class CaseFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ReviewWorkflow>();
        services.AddScoped<ReviewQueries>();
        services.AddScoped<SupportPlanService>();
        services.AddScoped<ISeeder, CaseDemoSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var r = app.MapGroup("/api/v1/assistance/reviews").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        r.MapGet("/due", (int? withinDays, string? divisionCode, string? category, bool? overdue, ReviewQueries q, CancellationToken ct) =>
                q.DueAsync(withinDays, divisionCode, category, overdue == true, ct))
            .WithSummary("Enrolled households due for periodic review within N days (default 30), overdue first; overdue=true: only those past their date");
        r.MapGet("/proposals", (ReviewQueries q, CancellationToken ct) => q.ProposalsAsync(ct))
            .WithSummary("Stop proposals from streets waiting for the district");
        r.MapGet("/enrolments/{enrolmentId:guid}", (Guid enrolmentId, ReviewQueries q, CancellationToken ct) => q.GetAsync(enrolmentId, ct))
            .WithSummary("An enrolled household with its members, reviews and events");
        r.MapPost("/enrolments/{enrolmentId:guid}", async (Guid enrolmentId, RecordReviewRequest body, ReviewWorkflow w, CancellationToken ct) =>
            {
                var v = await w.RecordAsync(enrolmentId, body, ct);
                return TypedResults.Created($"/api/v1/assistance/reviews/enrolments/{enrolmentId}", v);
            })
            .RequireAuthorization(Permissions.AssistanceEnrolment)
            .WithSummary("Record a review: Continue / Adjust (recomputed from next month) / Stop (district; a street's stop is a proposal)");
        r.MapPost("/{reviewId:guid}/confirm", (Guid reviewId, ConfirmStopRequest body, ReviewWorkflow w, CancellationToken ct) => w.ConfirmStopAsync(reviewId, body, ct))
            .RequireAuthorization(Permissions.AssistanceApprove).WithSummary("District confirms (approve=true) or refuses a street's stop proposal");

        var p = app.MapGroup("/api/v1/assistance/support-plans").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        p.MapGet("/", (string? status, string? divisionCode, string? worker, SupportPlanService s, CancellationToken ct) => s.ListAsync(status, divisionCode, worker, null, ct))
            .WithSummary("Support plans in my jurisdiction (status Active/Achieved/Closed, division prefix, worker)");
        p.MapGet("/report", (string? divisionCode, DateOnly? from, DateOnly? to, SupportPlanService s, CancellationToken ct) => s.ReportAsync(divisionCode, from, to, ct))
            .WithSummary("Households and persons with plans in a period, and those that reached all their goals, per street");
        p.MapGet("/{id:guid}", (Guid id, SupportPlanService s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One plan with goals and progress");
        p.MapPost("/", async (CreatePlanRequest body, SupportPlanService s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/assistance/support-plans/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.AssistanceEnrolment).WithSummary("Create a plan for an enrolled household (goals, measures, responsible worker)");
        p.MapPost("/{id:guid}/progress", (Guid id, PlanProgressRequest body, SupportPlanService s, CancellationToken ct) => s.ProgressAsync(id, body, ct))
            .RequireAuthorization(Permissions.AssistanceEnrolment).WithSummary("Record progress; with goalId and achieved=true the goal is reached");
        p.MapPost("/{id:guid}/close", (Guid id, ClosePlanRequest body, SupportPlanService s, CancellationToken ct) => s.CloseAsync(id, body, ct))
            .RequireAuthorization(Permissions.AssistanceEnrolment).WithSummary("End a plan without all goals reached (reason required)");
    }
}
