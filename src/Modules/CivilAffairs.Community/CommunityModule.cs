using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Community.Data;
using CivilAffairs.Community.Features.MicroProjects;
using CivilAffairs.Community.Features.Honours;
using CivilAffairs.Community.Features.Integrity;
using CivilAffairs.Community.Features.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Community;

/// <summary>
/// 基层治理: 民生微实事 (community micro-projects from proposal to acceptance, with public notices), community honours, pilot zones and the work-methods library, and the integrity of grassroots self-governance (leads, patrols against organized begging, removal of committee members).
/// </summary>
public static class CommunityModule
{
    public static Assembly UiAssembly => typeof(CommunityModule).Assembly;

    public static IServiceCollection AddCommunity(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<CommunityDb, CommunityDbSqlite, CommunityDbPostgres>(db, CommunityDb.SchemaName, order: 100);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.CommunityReporting>();
        services.AddScoped<Numbers>();
        MicroProjectsFeature.AddServices(services);
        HonoursFeature.AddServices(services);
        IntegrityFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("community", "基层治理", "Community governance", "治", "/community", Permissions.CommunityRead, true,
            [
                new("民生微实事", "/community/microprojects", Permissions.CommunityRead),
                new("微实事统计", "/community/microprojects/stats", Permissions.CommunityRead),
                new("荣誉与试点", "/community/honours", Permissions.CommunityRead),
                new("工作方法库", "/community/methods", Permissions.CommunityRead),
                new("涉黑涉恶线索", "/community/integrity/leads", Permissions.CommunityIntegrity),
                new("组织乞讨巡查", "/community/integrity/patrols", Permissions.CommunityRead),
                new("成员罢免", "/community/integrity/removals", Permissions.CommunityRead),
                new("微实事公示", "/m/community", null),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapCommunity(this IEndpointRouteBuilder app)
    {
        MicroProjectsFeature.Map(app);
        HonoursFeature.Map(app);
        IntegrityFeature.Map(app);
        return app;
    }
}
