using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Disaster.Features.Events;

/// <summary>Events and the emergency response, shelters and their occupants, affected households and cash relief, the situation dashboard.</summary>
internal static class EventsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<Events>();
        services.AddScoped<Shelters>();
        services.AddScoped<Households>();
        services.AddScoped<Dashboard>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/disaster").WithTags("Disaster 自然灾害救助 · 灾情与安置").RequireAuthorization(Permissions.DisasterRead);
        g.MapGet("/events", (Events s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("Disaster events, newest first, with their response levels");
        g.MapPost("/events", async (EventRequest r, Events s, CancellationToken ct) =>
            {
                var e = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/events/{e.Id}", e);
            })
            .WithSummary("Record an event (disaster.manage): name, type, level I–IV, start/end, affected divisions");
        g.MapGet("/events/{id:guid}", (Guid id, Events s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One event with its responses");
        g.MapPost("/events/{id:guid}/close", (Guid id, CloseRequest r, Events s, CancellationToken ct) => s.CloseAsync(id, r.EndDate, ct))
            .WithSummary("End the event (disaster.manage; the response must have ended)");
        g.MapPost("/events/{id:guid}/responses", (Guid id, ResponseRequest r, Events s, CancellationToken ct) => s.ActivateAsync(id, r, ct))
            .WithSummary("Activate (or raise/lower) the emergency response with its trigger (条例 art. 14; disaster.manage)");
        g.MapPost("/events/{id:guid}/responses/end", (Guid id, Events s, CancellationToken ct) => s.EndResponseAsync(id, ct))
            .WithSummary("End the running response (disaster.manage)");
        g.MapGet("/events/{id:guid}/dashboard", (Guid id, Dashboard s, ICurrentUser me, CancellationToken ct) => s.BuildAsync(id, me.Jurisdiction, ct))
            .WithSummary("Situation in my jurisdiction: sheltered now and peak, goods issued by item, cash relief and subsidies paid, households by damage, per division");

        g.MapGet("/shelters", (Shelters s, CancellationToken ct) => s.ListAsync(ct)).WithSummary("避灾场所 in my jurisdiction");
        g.MapPost("/shelters", async (ShelterRequest r, Shelters s, CancellationToken ct) =>
            {
                var v = await s.CreateAsync(r, ct);
                return TypedResults.Created($"/api/v1/disaster/shelters/{v.Id}", v);
            })
            .WithSummary("Register a shelter in a street of my jurisdiction (disaster.manage)");
        g.MapGet("/events/{id:guid}/shelters", (Guid id, Shelters s, CancellationToken ct) => s.OpeningsAsync(id, ct))
            .WithSummary("Shelters opened for the event: capacity, occupants now, peak");
        g.MapPost("/events/{id:guid}/shelters", async (Guid id, OpenShelterRequest r, Shelters s, CancellationToken ct) =>
            {
                var o = await s.OpenAsync(id, r.ShelterId, ct);
                return TypedResults.Created($"/api/v1/disaster/shelter-openings/{o.Id}", o);
            })
            .WithSummary("Open a shelter for the event (disaster.manage)");
        g.MapGet("/shelter-openings/{id:guid}", (Guid id, Shelters s, CancellationToken ct) => s.GetOpeningAsync(id, ct)).WithSummary("One opened shelter");
        g.MapPost("/shelter-openings/{id:guid}/close", (Guid id, Shelters s, CancellationToken ct) => s.CloseAsync(id, ct))
            .WithSummary("Close an empty shelter (disaster.manage)");
        g.MapGet("/shelter-openings/{id:guid}/occupants", (Guid id, bool? current, Shelters s, CancellationToken ct) => s.OccupantsAsync(id, current ?? true, ct))
            .WithSummary("Occupants (current by default); names and ID numbers masked");
        g.MapPost("/shelter-openings/{id:guid}/occupants", (Guid id, CheckInRequest r, Shelters s, CancellationToken ct) => s.CheckInAsync(id, r, ct))
            .WithSummary("Check a person in (by ID number, looked up in the registry, or described); 409 when the shelter is full or closed");
        g.MapPost("/shelter-openings/{id:guid}/occupants/{occupantId:guid}/out", (Guid id, Guid occupantId, Shelters s, CancellationToken ct) =>
                s.CheckOutAsync(id, occupantId, ct))
            .WithSummary("Check a person out");

        g.MapGet("/events/{id:guid}/households", (Guid id, string? damage, string? division, string? q, Households s, CancellationToken ct) =>
                s.ListAsync(id, new HouseholdQuery(damage, division, q), ct))
            .WithSummary("Affected households of the event in my jurisdiction (filters: damage, division, q = head's ID number); masked; with cash-relief status");
        g.MapPost("/events/{id:guid}/households", async (Guid id, HouseholdRequest r, Households s, CancellationToken ct) =>
            {
                var h = await s.CreateAsync(id, r, ct);
                return TypedResults.Created($"/api/v1/disaster/households/{h.Id}", h);
            })
            .WithSummary("Record an affected household and its losses (disaster.write); name, division, address and size from the registry when the head is registered");
        g.MapGet("/households/{id:guid}", (Guid id, Households s, CancellationToken ct) => s.GetAsync(id, ct)).WithSummary("One household (404 outside my jurisdiction)");
        g.MapPost("/households/{id:guid}/cash-referral", (Guid id, CashReferralRequest r, Households s, CancellationToken ct) => s.ReferCashAsync(id, r, ct))
            .WithSummary("Refer the household to 临时救助 (急难型) at its street; reference DIS-{event}-{household}; status and amount read back from Assistance");
    }
}

public sealed class CloseRequest
{
    public DateOnly? EndDate { get; set; }
}

public sealed class OpenShelterRequest
{
    public Guid ShelterId { get; set; }
}
