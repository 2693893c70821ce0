using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>Registers this area's services and maps its endpoints.</summary>
internal static class EcoBurialFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
