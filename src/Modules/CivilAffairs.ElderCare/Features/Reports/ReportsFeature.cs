using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare.Features.Reports;

/// <summary>统计报表: elders by district and age band, and every area's figures, with charts and an Excel export.</summary>
internal static class ReportsFeature
{
    public static void AddServices(IServiceCollection services) => services.AddScoped<ElderCareReports>();

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/eldercare").WithTags("ElderCare 统计报表").RequireAuthorization(Permissions.ElderCareRead);
        g.MapGet("/reports", ([AsParameters] ReportRequest r, ElderCareReports s, CancellationToken ct) => s.BuildAsync(r, ct))
            .WithSummary("Figures for a year (year) or a month range (from, to as yyyy-MM) and a division within my jurisdiction: elders by district and age band, every area's figures by district with targets");
        g.MapGet("/reports.xlsx", async ([AsParameters] ReportRequest r, ElderCareReports s, CancellationToken ct) =>
            {
                var (bytes, name) = await s.ExcelAsync(r, ct);
                return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            })
            .WithSummary("All figures as Excel: 老年人口 (district × age band) and one sheet per area; audited export");
    }
}
