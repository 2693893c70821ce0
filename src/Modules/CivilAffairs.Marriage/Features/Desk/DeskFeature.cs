using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>登记窗口: the clerk's day, booking lookups, registration lists and records, divorce applications.</summary>
internal static class DeskFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<DeskQueries>();
        services.AddScoped<RegistrationRecords>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/marriage").WithTags("Marriage 婚姻登记");
        g.MapGet("/desk/today", (DeskQueries q, CancellationToken ct) => q.TodayAsync(ct))
            .RequireAuthorization(Permissions.MarriageDesk)
            .WithSummary("Today's sessions at my office(s) with counts, today's bookings (masked) and the sessions a walk-in can still be booked into");
        g.MapGet("/desk/bookings/{code}", (string code, DeskQueries q, CancellationToken ct) => q.BookingAsync(code, ct))
            .RequireAuthorization(Permissions.MarriageDesk)
            .WithSummary("One booking of my district as the window handles it: what was recorded, the documents to check");
        g.MapPost("/appointments/{code}/reveal-ids", (string code, RevealPartiesRequest r, DeskQueries q, CancellationToken ct) => q.RevealAsync(code, r.Reason, ct))
            .RequireAuthorization(Permissions.MarriageDesk)
            .WithSummary("The parties' full ID numbers for checking the documents in hand (audited as reveal_id)");
        g.MapGet("/appointments", ([AsParameters] AppointmentSearch s, DeskQueries q, CancellationToken ct) => q.SearchAsync(s, ct))
            .RequireAuthorization(Permissions.MarriageRead)
            .WithSummary("Bookings in my district by code, either party's ID number, date, office or status (masked, paged)");
        g.MapGet("/registrations", ([AsParameters] RegistrationSearch s, DeskQueries q, CancellationToken ct) => q.RegistrationsAsync(s, ct))
            .RequireAuthorization(Permissions.MarriageRead)
            .WithSummary("Registrations recorded in my district between from and to (default: the last 30 days), by type");
        g.MapGet("/registrations/{id:guid}", (Guid id, DeskQueries q, CancellationToken ct) => q.RegistrationAsync(id, ct))
            .RequireAuthorization(Permissions.MarriageRead).WithSummary("One registration (masked)");
        g.MapGet("/registrations/{id:guid}/record.pdf", async (Guid id, RegistrationRecords records, CancellationToken ct) =>
            {
                var (name, content) = await records.RenderAsync(id, ct);
                return TypedResults.File(content, "application/pdf", name);
            })
            .RequireAuthorization(Permissions.MarriageRead)
            .WithSummary("The registration record (婚姻登记审查处理表) as PDF: office, type, certificate number, registrar, parties (masked), cooling-off dates");
        g.MapGet("/divorces", (string? status, int? page, int? pageSize, DeskQueries q, CancellationToken ct) => q.DivorcesAsync(status, page, pageSize, ct))
            .RequireAuthorization(Permissions.MarriageRead)
            .WithSummary("Divorce applications in my district (CoolingOff, Registered, Withdrawn, Lapsed) with their timelines and counts");
    }
}
