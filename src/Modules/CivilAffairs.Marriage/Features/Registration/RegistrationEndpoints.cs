using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Marriage.Features.Registration;

/// <summary>The registration window's API (登记员).</summary>
internal static class RegistrationEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/marriage").WithTags("Marriage 婚姻登记").RequireAuthorization(Permissions.MarriageDesk);
        g.MapPost("/check-ins", (CheckInRequest r, RegistrationService s, CancellationToken ct) => s.CheckInAsync(r, ct))
            .WithSummary("Check a couple in by booking code or ID number (today's booking at my office)");
        g.MapPost("/registrations", async (RegisterRequest r, RegistrationService s, CancellationToken ct) =>
            {
                var result = await s.RegisterAsync(r, ct);
                return result.Registration is { } reg
                    ? Results.Created($"/api/v1/marriage/registrations/{reg.Id}", result)
                    : Results.Ok(result);
            })
            .WithSummary("Record the registration of a checked-in booking; a divorce from 2021 first enters the 30-day cooling-off (200 with the timeline)");
        g.MapPost("/divorces/{id:guid}/withdraw", (Guid id, WithdrawRequest r, RegistrationService s, CancellationToken ct) => s.WithdrawAsync(id, r.Reason, ct))
            .WithSummary("A party withdraws the divorce application during the cooling-off period");
    }
}
