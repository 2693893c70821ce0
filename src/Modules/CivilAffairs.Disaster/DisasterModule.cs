using System.Reflection;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Features.Events;
using CivilAffairs.Disaster.Features.Goods;
using CivilAffairs.Disaster.Features.Relief;
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
        services.AddModuleDb<DisasterDb, DisasterDbSqlite, DisasterDbPostgres>(db, DisasterDb.SchemaName, order: 70);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.DisasterReporting>();
        EventsFeature.AddServices(services);
        GoodsFeature.AddServices(services);
        ReliefFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("disaster", "自然灾害救助", "Disaster relief", "灾", "/disaster/events", Permissions.DisasterRead, true,
            [
                new MenuLink("灾害事件", "/disaster/events", Permissions.DisasterRead),
                new MenuLink("避灾场所", "/disaster/shelters", Permissions.DisasterRead),
                new MenuLink("救灾物资", "/disaster/goods", Permissions.DisasterRead),
                new MenuLink("倒房重建补助", "/disaster/subsidies", Permissions.DisasterRead),
                new MenuLink("冬春救助", "/disaster/winter", Permissions.DisasterRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapDisaster(this IEndpointRouteBuilder app)
    {
        EventsFeature.Map(app);
        GoodsFeature.Map(app);
        ReliefFeature.Map(app);
        return app;
    }
}
