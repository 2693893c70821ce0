using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Volunteers;

/// <summary>Volunteer teams, volunteers, service records and hours.</summary>
internal static class VolunteersFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
