using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>慈善活动、捐赠、认捐、项目支出与信息公开.</summary>
internal static class CampaignsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
