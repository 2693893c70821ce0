using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Performance;

/// <summary>Staff performance assessment (indicators, periods, scores, review) and training programmes.</summary>
internal static class PerformanceFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
