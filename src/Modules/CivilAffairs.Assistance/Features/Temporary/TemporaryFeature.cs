using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>Registers this feature's services and maps its endpoints.</summary>
internal static class TemporaryFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
