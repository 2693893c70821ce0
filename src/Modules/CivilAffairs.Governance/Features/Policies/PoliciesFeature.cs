using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Policies;

/// <summary>Policy and normative documents: number, issuing body, dates, status, full text, related parameters.</summary>
internal static class PoliciesFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
