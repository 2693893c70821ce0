using CivilAffairs.Platform.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting.Features.Dashboards;

/// <summary>City, district and module dashboards; a metric's page with its months, places and the rows behind it.</summary>
internal static class DashboardsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var g = app.MapGroup("/api/v1/reporting").WithTags("Reporting 统计分析").RequireAuthorization(Permissions.ReportingRead);
        _ = g;
    }
}
