using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivilAffairs.Assistance.Features.Calculation;

internal static class CalculationEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/assistance/calculations", async (CalculationRequest request, CalculateHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(request, ct)))
            .RequireAuthorization(Permissions.AssistanceCalculate)
            .WithTags("Assistance 社会救助")
            .WithSummary("Trial calculation (试算) of 低保 / 低收入 / 特困 eligibility and monthly benefit with the parameters in force on a date");
}
