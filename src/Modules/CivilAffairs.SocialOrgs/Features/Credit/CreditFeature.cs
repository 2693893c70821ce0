using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>信用名单（活动异常名录、严重违法失信名单）与公开查询.</summary>
internal static class CreditFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
