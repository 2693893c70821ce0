using CivilAffairs.Assistance.Features.Decisions;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Assistance.Features.Applications;

internal static class ApplicationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/assistance/applications").WithTags("Assistance 社会救助").RequireAuthorization(Permissions.AssistanceRead);
        g.MapGet("/", (string? status, bool? overdue, ApplicationQueries q, CancellationToken ct) => q.ListAsync(status, overdue == true, ct))
            .WithSummary("Applications in my jurisdiction (overdue=true: past their step's deadline)");
        g.MapGet("/{id:guid}", (Guid id, ApplicationQueries q, CancellationToken ct) => q.GetAsync(id, ct)).WithSummary("One application with its history");
        g.MapGet("/{id:guid}/decision-notice", async (Guid id, DecisionNotices notices, CancellationToken ct) =>
            {
                var (name, content) = await notices.RenderAsync(id, ct);
                return TypedResults.File(content, "application/pdf", name);
            })
            .WithSummary("The decision notice as PDF (审批通知书 or 不予批准通知书), once the district has decided");
        g.MapPost("/", async (SubmitApplicationRequest r, ApplicationWorkflow w, CancellationToken ct) =>
            {
                var v = await w.SubmitAsync(r, ct);
                return TypedResults.Created($"/api/v1/assistance/applications/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.AssistanceApply).WithSummary("Submit an application (the household is checked like a trial calculation)");
        g.MapPost("/{id:guid}/accept", (Guid id, ApplicationActionRequest r, ApplicationWorkflow w, CancellationToken ct) => w.AcceptAsync(id, r, ct))
            .WithSummary("Street accepts (within the acceptance deadline)");
        g.MapPost("/{id:guid}/return", (Guid id, ApplicationActionRequest r, ApplicationWorkflow w, CancellationToken ct) => w.ReturnAsync(id, r, ct))
            .WithSummary("Street returns the application (退件) with a reason");
        g.MapPost("/{id:guid}/review", (Guid id, ApplicationActionRequest r, ApplicationWorkflow w, CancellationToken ct) => w.ReviewAsync(id, r, ct))
            .WithSummary("Street review opinion; starts the community publicity (公示)");
        g.MapPost("/{id:guid}/objections", (Guid id, ApplicationActionRequest r, ApplicationWorkflow w, CancellationToken ct) => w.ObjectionAsync(id, r, ct))
            .WithSummary("Record an objection raised during the publicity and its handling");
        g.MapPost("/{id:guid}/decision", (Guid id, ApplicationActionRequest r, ApplicationWorkflow w, CancellationToken ct) => w.DecideAsync(id, r, ct))
            .WithSummary("District decision after the publicity: approve (enrol next month) or refuse with reasons; numbers the decision (文号)");
        ApplicationRecordEndpoints.Map(app, g);
    }
}
