using System.Reflection;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.ChildWelfare.Features.Allowances;
using CivilAffairs.ChildWelfare.Features.Children;
using CivilAffairs.ChildWelfare.Features.Placements;
using CivilAffairs.ChildWelfare.Features.Reminders;
using CivilAffairs.ChildWelfare.Features.Stats;
using CivilAffairs.ChildWelfare.Features.TomorrowPlan;
using CivilAffairs.ChildWelfare.Seeding;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Reminders;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ChildWelfare;

/// <summary>儿童福利: children in care and their allowances, adult orphans' placement, the Tomorrow Plan.</summary>
public static class ChildWelfareModule
{
    public static Assembly UiAssembly => typeof(ChildWelfareModule).Assembly;

    public static IServiceCollection AddChildWelfare(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<ChildWelfareDb, ChildWelfareDbSqlite, ChildWelfareDbPostgres>(db, ChildWelfareDb.SchemaName, order: 50);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.ChildWelfareReporting>();
        services.AddScoped<CivilAffairs.Contracts.Facilities.IFacilitySource, Features.Placements.ChildWelfareFacilitySource>();
        foreach (var d in ChildWelfareParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<AllowanceStandardsReader>();
        ChildrenFeature.AddServices(services);
        PlacementsFeature.AddServices(services);
        TomorrowPlanFeature.AddServices(services);
        StatsFeature.AddServices(services);
        AllowancesFeature.AddServices(services);
        services.AddScoped<IReminderSource, ChildWelfareReminders>();
        services.AddScoped<IPersonDiedHandler, ChildDiedHandler>();
        services.AddScoped<ISeeder, ChildWelfareSeeder>();
        services.AddScoped<ChildWelfareDemoSeeder>();
        services.AddSingleton(new ModuleInfo("childwelfare", "儿童福利", "Child welfare", "童", "/childwelfare/children", Permissions.ChildWelfareRead, true,
            [
                new MenuLink("在册儿童", "/childwelfare/children", Permissions.ChildWelfareRead),
                new MenuLink("登记儿童", "/childwelfare/children/new", Permissions.ChildWelfareWrite),
                new MenuLink("基本生活费发放", "/childwelfare/allowances", Permissions.ChildWelfareRead),
                new MenuLink("成年孤儿安置", "/childwelfare/placements", Permissions.ChildWelfareRead),
                new MenuLink("明天计划", "/childwelfare/tomorrow-plan", Permissions.ChildWelfareRead),
                new MenuLink("福利机构", "/childwelfare/institutions", Permissions.ChildWelfareRead),
                new MenuLink("统计报表", "/childwelfare/stats", Permissions.ChildWelfareRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapChildWelfare(this IEndpointRouteBuilder app)
    {
        ChildrenFeature.Map(app);
        AllowancesFeature.Map(app);
        PlacementsFeature.Map(app);
        TomorrowPlanFeature.Map(app);
        StatsFeature.Map(app);
        return app;
    }
}
