using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage.Features.Stats;

/// <summary>统计报表: bookings, show rate, registrations by registry, type and day, the divorce cooling-off, Saturday and holiday sessions.</summary>
internal static class StatsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<MarriageStats>();
        services.AddScoped<StatsExcel>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/marriage").WithTags("Marriage 婚姻登记").RequireAuthorization(Permissions.MarriageRead);
        g.MapGet("/stats", (string? from, string? to, Guid? registry, MarriageStats s, CancellationToken ct) => s.BuildAsync(from, to, registry, ct))
            .WithSummary("Statistics of the offices in my jurisdiction for [from, to] (yyyy-MM-dd; default this month), optionally one registry");
        g.MapGet("/stats.xlsx", async (string? from, string? to, Guid? registry, StatsExcel x, CancellationToken ct) =>
            {
                var (bytes, name) = await x.ExportAsync(from, to, registry, ct);
                return TypedResults.File(bytes, StatsExcel.ContentType, name);
            })
            .WithSummary("The same statistics as an Excel workbook, one sheet per table");
    }
}
