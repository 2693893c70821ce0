using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Features.Institutions;
using CivilAffairs.Facilities.Features.Projects;
using CivilAffairs.Facilities.Features.Safety;
using CivilAffairs.Facilities.Features.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities;

/// <summary>
/// 设施与项目: the single registry of civil-affairs service institutions used by every module, the "9+3" capital projects from approval to operation, and safety-production inspections (dual prevention: risk list and hidden-danger rectification).
/// </summary>
public static class FacilitiesModule
{
    public static Assembly UiAssembly => typeof(FacilitiesModule).Assembly;

    public static IServiceCollection AddFacilities(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<FacilitiesDb, FacilitiesDbSqlite, FacilitiesDbPostgres>(db, FacilitiesDb.SchemaName, order: 110);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.FacilitiesReporting>();
        services.AddScoped<Numbers>();
        InstitutionsFeature.AddServices(services);
        ProjectsFeature.AddServices(services);
        SafetyFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("facilities", "设施与项目", "Facilities & projects", "建", "/facilities", Permissions.FacilitiesRead, true,
            [
                new("服务设施名录", "/facilities/institutions", Permissions.FacilitiesRead),
                new("“9+3”项目", "/facilities/projects", Permissions.FacilitiesRead),
                new("项目看板", "/facilities/projects/dashboard", Permissions.FacilitiesRead),
                new("安全生产", "/facilities/safety", Permissions.FacilitiesRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapFacilities(this IEndpointRouteBuilder app)
    {
        InstitutionsFeature.Map(app);
        ProjectsFeature.Map(app);
        SafetyFeature.Map(app);
        return app;
    }
}
