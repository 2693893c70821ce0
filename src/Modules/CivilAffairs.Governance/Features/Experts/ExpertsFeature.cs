using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance.Features.Experts;

/// <summary>The expert pool: experts, fields, consultations, conflicts of interest.</summary>
internal static class ExpertsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
