using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Safety;

/// <summary>Safety-production inspections of institutions: risk list, hidden dangers and their rectification deadlines.</summary>
internal static class SafetyFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
