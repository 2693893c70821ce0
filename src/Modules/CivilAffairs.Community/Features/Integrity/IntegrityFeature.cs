using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community.Features.Integrity;

/// <summary>Leads about gang-related influence (restricted), patrols against organized begging, removal of committee members.</summary>
internal static class IntegrityFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
