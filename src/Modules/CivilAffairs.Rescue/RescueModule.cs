using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Features.Cases;
using CivilAffairs.Rescue.Features.FamilySearch;
using CivilAffairs.Rescue.Features.Face;
using CivilAffairs.Rescue.Features.Dna;
using CivilAffairs.Rescue.Features.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Rescue;

/// <summary>
/// 救助管理与寻亲: the rescue station takes in people found living rough, cares for them and
/// searches for their families (notices, DNA kinship, face similarity) until they go home or are
/// placed for good.
/// </summary>
public static class RescueModule
{
    public static Assembly UiAssembly => typeof(RescueModule).Assembly;

    public static IServiceCollection AddRescue(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<RescueDb, RescueDbSqlite, RescueDbPostgres>(db, RescueDb.SchemaName, order: 60);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.RescueReporting>();
        services.AddScoped<CivilAffairs.Contracts.Facilities.IFacilitySource, Features.Cases.RescueFacilitySource>();
        services.AddScoped<ReunionRecorder>();
        CasesFeature.AddServices(services);
        FamilySearchFeature.AddServices(services);
        FaceFeature.AddServices(services);
        DnaFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("rescue", "救助管理与寻亲", "Rescue & family search", "寻", "/rescue/cases", Permissions.RescueRead, true,
            [
                new MenuLink("受助人员", "/rescue/cases", Permissions.RescueRead),
                new MenuLink("房间床位", "/rescue/rooms", Permissions.RescueRead),
                new MenuLink("寻亲公告", "/rescue/notices", Permissions.RescueRead),
                new MenuLink("公告留言", "/rescue/messages", Permissions.RescueRead),
                new MenuLink("寻亲登记", "/rescue/reports", Permissions.RescueRead),
                new MenuLink("DNA比对", "/rescue/dna/profiles", Permissions.RescueRead),
                new MenuLink("人脸比对", "/rescue/face", Permissions.RescueMatch),
                new MenuLink("比对复核", "/rescue/matches", Permissions.RescueRead),
                new MenuLink("返乡团聚", "/rescue/reunions", Permissions.RescueRead),
                new MenuLink("寻亲统计", "/rescue/stats", Permissions.RescueRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapRescue(this IEndpointRouteBuilder app)
    {
        CasesFeature.Map(app);
        FamilySearchFeature.Map(app);
        FaceFeature.Map(app);
        DnaFeature.Map(app);
        return app;
    }
}
