using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>The registry of service institutions (type, operator, licence, capacity, location), fed by and serving every module.</summary>
internal static class InstitutionsFeature
{
    public static void AddServices(IServiceCollection services)
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
    }
}
