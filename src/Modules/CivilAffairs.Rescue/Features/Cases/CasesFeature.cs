using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Seeding;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>Rescue-station casework: intake, classification, rooms, stay, hospital, tickets, hand-over, long stay, closure, 临时救助 referral.</summary>
internal static class CasesFeature
{
    public static void AddServices(IServiceCollection services)
    {
        foreach (var d in CaseParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<CaseQueries>();
        services.AddScoped<CaseIntake>();
        services.AddScoped<CaseWork>();
        services.AddScoped<Rooms>();
        services.AddScoped<ISeeder, CasesSeeder>();
        services.AddScoped<CasesDemoSeeder>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/rescue").WithTags("Rescue 救助管理").RequireAuthorization(Permissions.RescueRead);
        g.MapGet("/cases", ([AsParameters] CaseSearch s, CaseQueries q, CancellationToken ct) => q.ListAsync(s, ct))
            .WithSummary("People in the station's care in my jurisdiction (filters: status, category, sex, overdue, inCare, foundFrom/foundTo, q = case number or name); masked; counts; days in care against the norm");
        g.MapGet("/cases/{id:guid}", (Guid id, CaseQueries q, CancellationToken ct) => q.GetAsync(id, ct))
            .WithSummary("One case: description, category, room, stay against the norm, belongings, hospital, tickets, hand-over, 临时救助 referral and the timeline");
        g.MapPost("/cases", async (IntakeRequest r, CaseIntake intake, CancellationToken ct) =>
            {
                var v = await intake.RegisterAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/cases/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("受助登记: where, when and by whom found (street code validated), description, ID or estimated age, belongings; case number JZ-{year}-{seq}; the category is suggested from age and observations");
        g.MapPost("/cases/{id:guid}/photos", async (Guid id, HttpContext ctx, IAntiforgery af, CaseIntake intake, CancellationToken ct) =>
            {
                if (!ctx.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
                {
                    await af.ValidateRequestAsync(ctx);
                }
                if (!ctx.Request.HasFormContentType)
                {
                    throw new FieldValidationException("file", "请以 multipart/form-data 上传照片");
                }
                var form = await ctx.Request.ReadFormAsync(ct);
                var file = form.Files.GetFile("file") ?? throw new FieldValidationException("file", "请选择照片");
                await using var stream = file.OpenReadStream();
                var v = await intake.AddPhotoAsync(id, file.ContentType, stream, file.Length, form["primary"] == "true", ct);
                return TypedResults.Created($"/api/v1/rescue/cases/{id}/photos/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.RescueWrite).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Upload a photo (multipart: file, primary=true|false); JPEG or PNG by content, at most 4 MB; the first photo is the primary one");
        g.MapGet("/cases/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, CaseIntake intake, CancellationToken ct) =>
            {
                var (type, content) = await intake.PhotoAsync(id, photoId, ct);
                return TypedResults.File(content, type);
            })
            .WithSummary("A photo of the person");
        g.MapPost("/cases/{id:guid}/classification", (Guid id, CategoryRequest r, CaseWork w, CancellationToken ct) => w.ClassifyAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Confirm or change the category (Minor, Elderly, Disabled, MentallyIll, Sick, Ordinary)");
        g.MapPost("/cases/{id:guid}/identifying", (Guid id, CaseWork w, CancellationToken ct) => w.StartIdentifyingAsync(id, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Registered → 身份甄别中");
        g.MapPost("/cases/{id:guid}/room", (Guid id, RoomAssignRequest r, CaseWork w, CancellationToken ct) => w.AssignRoomAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Assign a room: refused (409) when the room is for the other sex or full");
        g.MapPost("/cases/{id:guid}/belongings", (Guid id, BelongingRequest r, CaseWork w, CancellationToken ct) => w.AddBelongingAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Register a belonging (item, quantity, note)");
        g.MapPost("/cases/{id:guid}/belongings/{belongingId:guid}/return", (Guid id, Guid belongingId, ReturnBelongingRequest r, CaseWork w, CancellationToken ct) =>
                w.ReturnBelongingAsync(id, belongingId, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Give a belonging back (signed = true required)");
        g.MapPost("/cases/{id:guid}/extensions", (Guid id, ExtensionRequest r, CaseWork w, CancellationToken ct) => w.RequestExtensionAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("Ask to extend the stay beyond the norm (reason AwaitingPickup | MedicalTreatment | AwaitingSettlement, days)");
        g.MapPost("/cases/{id:guid}/extensions/{extensionId:guid}/approve", (Guid id, Guid extensionId, CaseWork w, CancellationToken ct) =>
                w.DecideExtensionAsync(id, extensionId, true, ct))
            .RequireAuthorization(Permissions.RescueApprove).WithSummary("The station lead approves an extension");
        g.MapPost("/cases/{id:guid}/extensions/{extensionId:guid}/refuse", (Guid id, Guid extensionId, CaseWork w, CancellationToken ct) =>
                w.DecideExtensionAsync(id, extensionId, false, ct))
            .RequireAuthorization(Permissions.RescueApprove).WithSummary("The station lead refuses an extension");
        g.MapPost("/cases/{id:guid}/medical", (Guid id, MedicalRequest r, CaseWork w, CancellationToken ct) => w.AddMedicalAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("送医: hospital, reason, sent on (and, when known, returned on and outcome)");
        g.MapPost("/cases/{id:guid}/medical/{medicalId:guid}/outcome", (Guid id, Guid medicalId, MedicalRequest r, CaseWork w, CancellationToken ct) =>
                w.MedicalOutcomeAsync(id, medicalId, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Record the outcome of a hospital stay");
        g.MapPost("/cases/{id:guid}/tickets", (Guid id, TicketRequest r, CaseWork w, CancellationToken ct) => w.IssueTicketAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("返乡车票: destination, mode, date, fare (yuan), escort");
        g.MapPost("/cases/{id:guid}/hand-over", (Guid id, HandOverRequest r, CaseWork w, CancellationToken ct) => w.HandOverAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("The person leaves (Relative | Guardian → Returned, SentHome → Returned, SelfLeave → LeftOnOwn); minors and vulnerable people only to relatives or guardians (409)");
        g.MapPost("/cases/{id:guid}/long-stay", (Guid id, NoteRequest r, CaseWork w, CancellationToken ct) => w.LongStayAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("转为滞留 (long stay)");
        g.MapPost("/cases/{id:guid}/placement", (Guid id, PlacementRequest r, CaseWork w, CancellationToken ct) => w.PlaceAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("安置: a long-stay person placed in an institution");
        g.MapPost("/cases/{id:guid}/hukou", (Guid id, HukouRequest r, CaseWork w, CancellationToken ct) => w.SettleHukouAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueApprove).WithSummary("落户 of a placed person, approved by the station lead");
        g.MapPost("/cases/{id:guid}/close", (Guid id, CloseRequest r, CaseWork w, CancellationToken ct) => w.CloseAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("结案 (reason) from Returned, HukouSettled or LeftOnOwn, once every belonging is returned");
        g.MapPost("/cases/{id:guid}/assistance-referral", (Guid id, AssistanceReferralRequest r, CaseWork w, CancellationToken ct) => w.ReferForAssistanceAsync(id, r, ct))
            .RequireAuthorization(Permissions.RescueWrite)
            .WithSummary("Refer for 临时救助 (急难型) at the street where the person was found; a repeat returns the same Assistance case");
        g.MapGet("/rooms", (Rooms rooms, CancellationToken ct) => rooms.ListAsync(ct)).WithSummary("The station's rooms: sex, beds, occupants");
        g.MapPost("/rooms", async (RoomRequest r, Rooms rooms, CancellationToken ct) =>
            {
                var v = await rooms.AddAsync(r, ct);
                return TypedResults.Created($"/api/v1/rescue/rooms/{v.Id}", v);
            })
            .RequireAuthorization(Permissions.RescueWrite).WithSummary("Add a room (code, sex Male|Female, capacity)");
    }
}
