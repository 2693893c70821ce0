using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Disaster;

/// <summary>
/// 自然灾害救助: disaster events and the emergency response, shelters, affected households,
/// relief goods, emergency cash relief (through 临时救助), housing reconstruction subsidies,
/// winter and spring relief, and the event's situation dashboard.
/// </summary>
public static class DisasterModule
{
    public static Assembly UiAssembly => typeof(DisasterModule).Assembly;

    public static IServiceCollection AddDisaster(this IServiceCollection services, DatabaseOptions db)
    {
        _ = db;
        services.AddSingleton(new ModuleInfo("disaster", "自然灾害救助", "Disaster relief", "灾", "/disaster/events", Permissions.DisasterRead, true,
            [
                new MenuLink("灾害事件", "/disaster/events", Permissions.DisasterRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapDisaster(this IEndpointRouteBuilder app)
    {
        return app;
    }
}
