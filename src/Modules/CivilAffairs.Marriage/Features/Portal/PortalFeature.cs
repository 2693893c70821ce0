using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>
/// The citizens' phone portal under /m/marriage (the 深圳民政 WeChat menu links there) and the
/// printable booking confirmation. The pages call the same services as the API.
/// </summary>
internal static class PortalFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<PortalSessions>();
        services.AddScoped<ConfirmationSheets>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        // any signed-in account: the bookings' query filter answers 404 to everyone but the
        // account that booked and the staff of the office's district
        app.MapGet("/api/v1/marriage/appointments/{code}/confirmation.pdf", async (string code, ConfirmationSheets sheets, CancellationToken ct) =>
            {
                var (name, content) = await sheets.RenderAsync(code, ct);
                return TypedResults.File(content, "application/pdf", name);
            })
            .RequireAuthorization().WithTags("Marriage 婚姻登记")
            .WithSummary("婚姻登记预约确认单 (PDF, Chinese): booking code, office, session, masked parties, documents to bring");
    }
}
