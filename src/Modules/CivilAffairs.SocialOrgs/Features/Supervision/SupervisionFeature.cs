using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>监督执法与党建、行业自律.</summary>
internal static class SupervisionFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
