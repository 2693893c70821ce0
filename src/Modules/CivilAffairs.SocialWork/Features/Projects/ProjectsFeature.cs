using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Projects;

/// <summary>Government-purchased social-work service projects (contract, budget, indicators, evaluations) and out-of-province assistance projects.</summary>
internal static class ProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
