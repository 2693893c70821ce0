using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>区划地名: division change proposals and their evaluation, boundary lines and markers, joint inspections with neighbouring cities, disputes and mediation.</summary>
internal static class BoundariesFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
