using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>社会组织名录、成立/变更/注销登记.</summary>
internal static class RegistryFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
