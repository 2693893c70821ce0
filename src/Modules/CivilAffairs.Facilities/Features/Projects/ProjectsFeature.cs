using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Projects;

/// <summary>The "9+3" capital projects: stages with planned and actual dates, budget, delivery mode, milestones, risks, progress reports, dashboard.</summary>
internal static class ProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
