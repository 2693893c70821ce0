using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare.Features.Stats;

/// <summary>统计报表 of child welfare, on screen and as Excel.</summary>
internal static class StatsFeature
{
    public static void AddServices(IServiceCollection services)
    {
        services.AddScoped<ChildWelfareStats>();
        services.AddScoped<StatsExcel>();
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/childwelfare").WithTags("ChildWelfare 儿童福利").RequireAuthorization(Permissions.ChildWelfareRead);
        g.MapGet("/stats", (ChildWelfareStats s, CancellationToken ct) => s.BuildAsync(ct))
            .WithSummary("Children by category and district, allowances by month, placements open/overdue, Tomorrow Plan by year (my jurisdiction)");
        g.MapGet("/stats.xlsx", async (StatsExcel x, CancellationToken ct) =>
            {
                var (bytes, name) = await x.ExportAsync(ct);
                return TypedResults.File(bytes, StatsExcel.ContentType, name);
            })
            .WithSummary("The same report as an Excel workbook");
    }
}
