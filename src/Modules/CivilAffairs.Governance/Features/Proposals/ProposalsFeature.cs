using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Proposals;

/// <summary>人大建议 and 政协提案: received, assigned, replied, satisfaction.</summary>
internal static class ProposalsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
