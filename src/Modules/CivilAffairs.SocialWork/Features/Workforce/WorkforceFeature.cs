using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork.Features.Workforce;

/// <summary>Social-work organizations, social workers by qualification and field, peer counsellors, statistics by field.</summary>
internal static class WorkforceFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
