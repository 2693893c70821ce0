using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Workforce;
using CivilAffairs.SocialWork.Features.Projects;
using CivilAffairs.SocialWork.Features.Volunteers;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialWork;

/// <summary>
/// 社会工作与志愿服务: social-work organizations and social workers (qualification, field, employer), peer counsellors, government-purchased service projects with indicators and evaluations, out-of-province assistance (援疆), volunteer teams, volunteers, service records and hours.
/// </summary>
public static class SocialWorkModule
{
    public static Assembly UiAssembly => typeof(SocialWorkModule).Assembly;

    public static IServiceCollection AddSocialWork(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<SocialWorkDb, SocialWorkDbSqlite, SocialWorkDbPostgres>(db, SocialWorkDb.SchemaName, order: 105);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.SocialWorkReporting>();
        services.AddScoped<Numbers>();
        WorkforceFeature.AddServices(services);
        ProjectsFeature.AddServices(services);
        VolunteersFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("socialwork", "社会工作与志愿服务", "Social work & volunteers", "工", "/socialwork", Permissions.SocialWorkRead, true,
            [
                new("社工机构", "/socialwork/organizations", Permissions.SocialWorkRead),
                new("社会工作者", "/socialwork/workers", Permissions.SocialWorkRead),
                new("购买服务项目", "/socialwork/projects", Permissions.SocialWorkRead),
                new("对口援建", "/socialwork/aid", Permissions.SocialWorkRead),
                new("志愿服务", "/socialwork/volunteers", Permissions.SocialWorkRead),
                new("社工统计", "/socialwork/stats", Permissions.SocialWorkRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapSocialWork(this IEndpointRouteBuilder app)
    {
        WorkforceFeature.Map(app);
        ProjectsFeature.Map(app);
        VolunteersFeature.Map(app);
        return app;
    }
}
