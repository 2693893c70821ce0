using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>福利彩票销售、公益金筹集与使用、资助项目绩效.</summary>
internal static class LotteryFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
