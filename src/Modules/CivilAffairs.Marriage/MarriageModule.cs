using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Seeding;
using CivilAffairs.Platform.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Marriage;

/// <summary>
/// 婚姻登记 (issue 4, in progress): so far the effective-dated parameters and the pure rules
/// (legal age, hukou jurisdiction, divorce cooling-off from 2021, booking window). Registries,
/// sessions, booking and registration follow; the menu keeps showing 建设中 until then.
/// </summary>
public static class MarriageModule
{
    public static IServiceCollection AddMarriage(this IServiceCollection services)
    {
        foreach (var d in MarriageParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<ISeeder, MarriageSeeder>();
        return services;
    }
}
