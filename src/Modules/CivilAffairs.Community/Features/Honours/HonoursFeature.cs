using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>Community honours, pilot and innovation zones, the community work-methods library.</summary>
internal static class HonoursFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
