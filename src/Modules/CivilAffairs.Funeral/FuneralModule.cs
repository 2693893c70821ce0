using System.Reflection;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Features.Deaths;
using CivilAffairs.Funeral.Features.EcoBurial;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Funeral;

/// <summary>
/// 殡葬: funeral homes record deaths, services and cremations (publishing PersonDied), the free
/// basic funeral services are waived per case and claimed monthly, eco-burials are rewarded.
/// </summary>
public static class FuneralModule
{
    public static Assembly UiAssembly => typeof(FuneralModule).Assembly;

    public static IServiceCollection AddFuneral(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<FuneralDb, FuneralDbSqlite, FuneralDbPostgres>(db, FuneralDb.SchemaName, order: 40);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.FuneralReporting>();
        services.AddScoped<CivilAffairs.Contracts.Facilities.IFacilitySource, Features.EcoBurial.FuneralFacilitySource>();
        DeathsFeature.AddServices(services);
        EcoBurialFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("funeral", "殡葬服务", "Funeral services", "殡", "/funeral/cases", Permissions.FuneralRead, true,
            [
                new MenuLink("殡仪业务", "/funeral/cases", Permissions.FuneralRead),
                new MenuLink("免费基本服务申报", "/funeral/claims", Permissions.FuneralRead),
                new MenuLink("惠民项目目录", "/funeral/catalogue", Permissions.FuneralRead),
                new MenuLink("殡仪馆", "/funeral/homes", Permissions.FuneralRead),
                new MenuLink("生态安葬奖励", "/funeral/eco-burials", Permissions.FuneralRead),
                new MenuLink("海葬活动", "/funeral/sea-burials", Permissions.FuneralRead),
                new MenuLink("公墓与骨灰堂", "/funeral/cemeteries", Permissions.FuneralRead),
                new MenuLink("统计报表", "/funeral/stats", Permissions.FuneralRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapFuneral(this IEndpointRouteBuilder app)
    {
        DeathsFeature.Map(app);
        EcoBurialFeature.Map(app);
        return app;
    }
}
