using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>The portal's and partners' API: offices and sessions are public; booking needs an account.</summary>
internal static class BookingEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/marriage").WithTags("Marriage 婚姻登记");
        g.MapGet("/registries", (AppointmentQueries q, CancellationToken ct) => q.OfficesAsync(ct))
            .AllowAnonymous().WithSummary("婚姻登记处: address, hours, the hukou districts each serves");
        g.MapGet("/sessions", (Guid? registry, DateOnly? from, DateOnly? to, AppointmentQueries q, CancellationToken ct) => q.SessionsAsync(registry, from, to, ct))
            .AllowAnonymous().WithSummary("Sessions with capacity and remaining per service type (cached for at most one second)");
        g.MapPost("/appointments", async Task<IResult> (BookAppointmentRequest r, BookingService s, AvailabilityCache availability, RushGate gate,
                ICurrentUser user, HttpContext http, CancellationToken ct) =>
            {
                // a session known to be full is answered before a token is taken (BookAsync says so: 409 session-full)
                if (!availability.KnownFull(r.SessionId, r.ServiceType) && !await gate.AdmitAsync(ct))
                {
                    return gate.TooBusy(http);
                }
                // a clerk's booking is a window booking for a walk-in; everyone else books online
                var channel = user.Has(Permissions.MarriageDesk) ? BookingChannel.Window : BookingChannel.Online;
                var v = await s.BookAsync(r, channel, ct);
                return TypedResults.Created($"/api/v1/marriage/appointments/{v.Code}", v);
            })
            .RequireAuthorization(Permissions.MarriageBook)
            .WithSummary("Book: 201 with the booking code; 409 /problems/session-full or /problems/duplicate-booking; 400 with the reasons of ineligibility; 429 when too busy");
        g.MapGet("/appointments/mine", (AppointmentQueries q, CancellationToken ct) => q.MineAsync(ct))
            .RequireAuthorization(Permissions.MarriageBook).WithSummary("The bookings this account made");
        g.MapGet("/appointments/{code}", (string code, AppointmentQueries q, CancellationToken ct) => q.GetAsync(code, ct))
            .RequireAuthorization().WithSummary("One booking (own, or in the clerk's district)");
        g.MapDelete("/appointments/{code}", (string code, string? reason, BookingService s, CancellationToken ct) => s.CancelAsync(code, reason, ct))
            .RequireAuthorization(Permissions.MarriageBook).WithSummary("Cancel before the session starts; the slot goes back at once");
        g.MapPost("/appointments/{code}/reschedule", (string code, RescheduleRequest r, BookingService s, CancellationToken ct) => s.RescheduleAsync(code, r.SessionId, ct))
            .RequireAuthorization(Permissions.MarriageBook).WithSummary("Move to another session (limited; the old slot is released only if the new one is taken)");
    }
}
