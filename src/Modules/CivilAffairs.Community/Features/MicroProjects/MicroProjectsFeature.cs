using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>民生微实事: projects, proposals, votes, approval, procurement, implementation, acceptance, notices, budget caps and funding split.</summary>
internal static class MicroProjectsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
