using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>Papers, the one-time notice, investigations and the relative flag of an application.</summary>
internal static class ApplicationRecordEndpoints
{
    public static void Map(IEndpointRouteBuilder app, RouteGroupBuilder g)
    {
        g.MapPost("/{id:guid}/attachments", async (Guid id, HttpContext ctx, IAntiforgery af, ApplicationRecords records, CancellationToken ct) =>
            {
                var view = await UploadAsync(id, ctx, af, records, ct);
                return TypedResults.Created($"/api/v1/assistance/applications/{id}/attachments/{view.Id}", view);
            })
            .RequireAuthorization(Permissions.AssistanceApply).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a paper (multipart: file, kind = id_card|hukou|income|authorization|survey_form|other; PDF/JPG/PNG by content; size limit Assistance:Attachments:MaxMegabytes)");
        g.MapGet("/{id:guid}/attachments/{attachmentId:guid}", async (Guid id, Guid attachmentId, ApplicationRecords records, CancellationToken ct) =>
            {
                var (name, type, content) = await records.DownloadAsync(id, attachmentId, ct);
                return TypedResults.File(content, type, name);
            })
            .WithSummary("Download a paper under its original name");
        g.MapPost("/{id:guid}/supplement-notice", (Guid id, SupplementNoticeRequest r, ApplicationRecords records, CancellationToken ct) => records.IssueNoticeAsync(id, r, ct))
            .WithSummary("一次性告知: list every missing paper once (before acceptance); due in assistance.deadline.supplement_working_days working days");
        g.MapPost("/{id:guid}/supplement-received", (Guid id, ApplicationActionRequest r, ApplicationRecords records, CancellationToken ct) => records.RecordSuppliedAsync(id, r, ct))
            .WithSummary("The papers were supplied: the acceptance deadline runs again");
        g.MapPost("/{id:guid}/investigations", (Guid id, InvestigationRequest r, ApplicationRecords records, CancellationToken ct) => records.AddInvestigationAsync(id, r, ct))
            .WithSummary("Record a home visit (home_visit), neighbour visit (neighbour_visit) or letter (letter)");
        g.MapPut("/{id:guid}/relative", (Guid id, RelativeFlagRequest r, ApplicationRecords records, CancellationToken ct) => records.SetRelativeAsync(id, r, ct))
            .WithSummary("近亲属备案: flag (or unflag) the application as concerning a case worker's relative");

        // the detail page's upload form (cookie + antiforgery), back to the page with a message
        app.MapPost("/assistance/applications/{id:guid}/attachments", async (Guid id, HttpContext ctx, IAntiforgery af, ApplicationRecords records, CancellationToken ct) =>
            {
                string message;
                try
                {
                    var view = await UploadAsync(id, ctx, af, records, ct);
                    message = "ok:" + view.FileName;
                }
                catch (Exception e) when (e is FieldValidationException or BusinessRuleException)
                {
                    message = "error:" + e.Message;
                }
                return TypedResults.Redirect($"/assistance/applications/{id}?upload={Uri.EscapeDataString(message)}");
            })
            .RequireAuthorization(Permissions.AssistanceApply).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<AttachmentView> UploadAsync(Guid id, HttpContext ctx, IAntiforgery af, ApplicationRecords records, CancellationToken ct)
    {
        // a token client cannot be made to post by another site; a cookie one must prove its form
        if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            await af.ValidateRequestAsync(ctx);
        }
        if (!ctx.Request.HasFormContentType)
        {
            throw new FieldValidationException("file", "请以 multipart/form-data 上传文件");
        }
        var form = await ctx.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file");
        if (file is null)
        {
            throw new FieldValidationException("file", "请选择要上传的文件");
        }
        if (file.Length > records.MaxBytes)
        {
            throw new FieldValidationException("file", $"文件超过 {records.MaxBytes / 1024 / 1024} MB 的上限");
        }
        await using var stream = file.OpenReadStream();
        return await records.UploadAsync(id, form["kind"], file.FileName, file.Length, stream, ct);
    }
}
