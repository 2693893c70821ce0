using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Rescue.Seeding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Rescue.Features.FamilySearch;

/// <summary>寻亲: public notices and the public search, replies, missing-person reports, reunions and their statistics.</summary>
internal static class FamilySearchFeature
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in FamilySearchParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddSingleton<ContactGate>();
        services.AddScoped<Notices>();
        services.AddScoped<PublicNotices>();
        services.AddScoped<Messages>();
        services.AddScoped<Reports>();
        services.AddScoped<Reunions>();
        services.AddScoped<ReunionStats>();
        services.AddScoped<FamilySearchDemoSeeder>();
        services.AddScoped<ISeeder, FamilySearchSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/rescue").WithTags("Rescue 救助管理 · 寻亲").RequireAuthorization(Permissions.RescueRead);
        g.MapGet("/notices", (string? status, Notices s, CancellationToken ct) => s.ListAsync(status, ct))
            .WithSummary("Notices in my jurisdiction (status Draft/Published/Unpublished) with counts, and the unidentified people in care whose notice is due (overdue flagged)");
        g.MapPost("/notices", async (CreateNoticeRequest r, Notices s, CancellationToken ct) =>
            {
                var n = await s.CreateFromCaseAsync(r.CaseId, ct);
                return TypedResults.Created($"/api/v1/rescue/notices/{n.Id}", await s.GetAsync(n.Id, ct));
            })
            .WithSummary("Draft a notice from a case's intake record (rescue.write or rescue.publish); one per case (409 when there is one)");
        g.MapGet("/notices/{id:guid}", (Guid id, Notices s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One notice (404 outside my jurisdiction)");
        g.MapPut("/notices/{id:guid}", async (Guid id, NoticeRequest r, Notices s, CancellationToken ct) =>
            {
                await s.UpdateAsync(id, r, ct);
                return await s.GetAsync(id, ct);
            })
            .WithSummary("Edit the notice text (version checked); a published notice changes publicly at once");
        g.MapPost("/notices/{id:guid}/publish", async (Guid id, Notices s, CancellationToken ct) =>
            {
                await s.PublishAsync(id, ct);
                return await s.GetAsync(id, ct);
            })
            .WithSummary("Publish (rescue.publish; audited); the case moves to 寻亲公告已发布");
        g.MapPost("/notices/{id:guid}/unpublish", async (Guid id, UnpublishRequest r, Notices s, CancellationToken ct) =>
            {
                await s.UnpublishAsync(id, r, ct);
                return await s.GetAsync(id, ct);
            })
            .WithSummary("Take down with a reason (rescue.publish; audited)");
        g.MapGet("/notices/{id:guid}/photo", async (Guid id, Notices s, CancellationToken ct) =>
            {
                var p = await s.PhotoAsync(id, ct);
                return TypedResults.File(p.Content, p.ContentType);
            })
            .WithSummary("The notice's photo for staff (drafts included)");
        g.MapGet("/messages", (string? status, Guid? noticeId, Messages s, CancellationToken ct) => s.ListAsync(status, noticeId, ct))
            .WithSummary("Replies to notices (status New/Handled); phone in full for rescue.write only");
        g.MapPost("/messages/{id:guid}/handled", async (Guid id, HandleMessageRequest r, Messages s, CancellationToken ct) =>
            {
                await s.HandleAsync(id, r, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Mark a reply handled with a note (rescue.write)");

        g.MapGet("/reports", (string? status, string? q, Reports s, CancellationToken ct) => s.ListAsync(status, q, ct))
            .WithSummary("Missing-person reports (status Open/Found/Closed, q = number or name); names masked");
        g.MapPost("/reports", async (ReportRequest r, Reports s, CancellationToken ct) =>
            {
                var x = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/reports/{x.Id}", await s.GetAsync(x.Id, ct));
            })
            .WithSummary("寻亲登记 (rescue.write): the missing person's description and the reporter; number XQ-{year}-{seq}");
        g.MapGet("/reports/{id:guid}", (Guid id, Reports s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One report with its DNA/face candidates and reunion");
        g.MapPost("/reports/{id:guid}/close", async (Guid id, CloseReportRequest r, Reports s, CancellationToken ct) =>
            {
                await s.CloseAsync(id, r, ct);
                return await s.GetAsync(id, ct);
            })
            .WithSummary("Close an open report with a reason (rescue.write)");

        g.MapGet("/reunions", (int? year, string? channel, string? q, int? page, Reunions s, CancellationToken ct) => s.ListAsync(year, channel, q, page, ct))
            .WithSummary("Reunions (year, channel Notice/Dna/Face/Questioning/Police/Other, q = case number), 50 a page");
        g.MapPost("/reunions", async (ReunionRequest r, Reunions s, CancellationToken ct) =>
            {
                var x = await s.RecordAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/reunions/{x.Id}", await s.GetAsync(x.Id, ct));
            })
            .WithSummary("Record a reunion (rescue.write): the case goes to 返乡/接回, its report to found, its notice is taken down; one per case (409)");
        g.MapGet("/reunions/{id:guid}", (Guid id, Reunions s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One reunion with its follow-up visits");
        g.MapPost("/reunions/{id:guid}/follow-ups", async (Guid id, FollowUpRequest r, Reunions s, CancellationToken ct) =>
            {
                await s.AddFollowUpAsync(id, r, ct);
                return TypedResults.Created($"/api/v1/rescue/reunions/{id}", await s.GetAsync(id, ct));
            })
            .WithSummary("Add a follow-up visit (回访) note (rescue.write)");
        g.MapGet("/stats", (int? year, ReunionStats s, CancellationToken ct) => s.BuildAsync(year, ct))
            .WithSummary("Reunions of a year by channel, month and district (where found)");
        g.MapGet("/stats.xlsx", async (int? year, ReunionStats s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(year, ct);
                return TypedResults.File(bytes, Xlsx, name);
            })
            .WithSummary("The same statistics as Excel (audited export)");

        var p = app.MapGroup("/api/v1/public/rescue").WithTags("Public 寻亲公告").AllowAnonymous();
        p.MapGet("/notices", ([AsParameters] PublicNoticeQuery q, PublicNotices s, CancellationToken ct) => s.SearchAsync(q, ct))
            .WithSummary("Search published notices of people still in care: sex, ageFrom/ageTo, heightFrom/heightTo, district, foundFrom/foundTo, accent; 12 a page");
        p.MapGet("/notices/{id:guid}", (Guid id, PublicNotices s, CancellationToken ct) => s.GetAsync(id, ct))
            .WithSummary("One published notice (404 when unpublished or the person has gone home)");
        p.MapGet("/notices/{id:guid}/photo", async (Guid id, PublicNotices s, CancellationToken ct) =>
            {
                var photo = await s.PhotoAsync(id, ct);
                return TypedResults.File(photo.Content, photo.ContentType);
            })
            .WithSummary("The photo of a published notice (404 otherwise)");
        p.MapPost("/notices/{id:guid}/messages", async (Guid id, ContactRequest r, PublicNotices s, ContactGate gate, HttpContext ctx, CancellationToken ct) =>
            {
                PublicNotices.Validate(r);
                if (!gate.TryEnter(ctx))
                {
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: ContactGate.TooMany);
                }
                await s.ContactAsync(id, r, ct);
                return Results.Accepted();
            })
            .WithSummary("我可能认识此人: name, phone, relationship, message (400 with Chinese field errors); limited per IP (429)");
    }
}

public sealed record CreateNoticeRequest(Guid CaseId);
