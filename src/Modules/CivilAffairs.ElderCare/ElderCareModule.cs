using System.Reflection;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Features.Adaptation;
using CivilAffairs.ElderCare.Features.Elders;
using CivilAffairs.ElderCare.Features.HomeCare;
using CivilAffairs.ElderCare.Features.Institutions;
using CivilAffairs.ElderCare.Features.Insurance;
using CivilAffairs.ElderCare.Features.Meals;
using CivilAffairs.ElderCare.Features.Reports;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.ElderCare.Features.Workforce;
using CivilAffairs.ElderCare.Seeding;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.ElderCare;

/// <summary>
/// 养老服务: elders aged 60+ (read from the registry) and their care needs, institutions and beds,
/// home and community care, meal aid, home adaptation, 银龄安康 accident insurance, the care
/// workforce and its training, and the reports.
/// </summary>
public static class ElderCareModule
{
    public static Assembly UiAssembly => typeof(ElderCareModule).Assembly;

    public static IServiceCollection AddElderCare(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<ElderCareDb, ElderCareDbSqlite, ElderCareDbPostgres>(db, ElderCareDb.SchemaName, order: 80);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.ElderCareReporting>();
        ElderCarePolicies.Add(services);
        services.AddScoped<ElderFacts>();
        services.AddScoped<ProviderScope>();
        services.AddScoped<CivilAffairs.Contracts.Institutions.IInstitutionDirectory, InstitutionDirectory>();
        services.AddScoped<CivilAffairs.Contracts.Facilities.IFacilitySource, Features.Institutions.ElderCareFacilitySource>();
        services.AddScoped<ISeeder, ElderCareSeeder>();
        EldersFeature.AddServices(services);
        InsuranceFeature.AddServices(services);
        InstitutionsFeature.AddServices(services);
        HomeCareFeature.AddServices(services);
        MealsFeature.AddServices(services);
        AdaptationFeature.AddServices(services);
        WorkforceFeature.AddServices(services);
        ReportsFeature.AddServices(services);
        // bureau staff (eldercare.read) and providers (eldercare.provide only) each see their own links
        services.AddSingleton(new ModuleInfo("eldercare", "养老服务", "Elderly care", "老", "/eldercare", null, true,
            [
                new("老年人", "/eldercare/elders", Permissions.ElderCareRead),
                new("养老机构", "/eldercare/institutions", Permissions.ElderCareRead),
                new("床位统计", "/eldercare/beds", Permissions.ElderCareRead),
                new("民办机构资助", "/eldercare/institution-subsidies", Permissions.ElderCareRead),
                new("居家养老", "/eldercare/homecare/subsidies", Permissions.ElderCareRead),
                new("长者助餐", "/eldercare/meals/enrolments", Permissions.ElderCareRead),
                new("助餐记录", "/eldercare/meals/records", Permissions.ElderCareRead),
                new("助餐结算", "/eldercare/meals/settlements", Permissions.ElderCareRead),
                new("助餐异常", "/eldercare/meals/anomalies", Permissions.ElderCareRead),
                new("适老化改造", "/eldercare/adaptations", Permissions.ElderCareRead),
                new("银龄安康", "/eldercare/insurance", Permissions.ElderCareRead),
                new("养老人才", "/eldercare/workforce", Permissions.ElderCareRead),
                new("统计报表", "/eldercare/reports", Permissions.ElderCareRead),
                new("本机构", "/eldercare/my", Permissions.ElderCareProvide),
                new("居家服务工单与结算", "/eldercare/homecare/orders", Permissions.ElderCareProvide),
                new("助餐柜台", "/eldercare/meals/counter", Permissions.ElderCareProvide),
                new("助餐数据上传", "/eldercare/meals/upload", Permissions.ElderCareProvide),
                new("本点助餐记录", "/eldercare/meals/records", Permissions.ElderCareProvide),
                new("本点助餐结算", "/eldercare/meals/settlements", Permissions.ElderCareProvide),
                new("本机构护理员", "/eldercare/workforce", Permissions.ElderCareProvide),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapElderCare(this IEndpointRouteBuilder app)
    {
        EldersFeature.Map(app);
        InsuranceFeature.Map(app);
        InstitutionsFeature.Map(app);
        HomeCareFeature.Map(app);
        MealsFeature.Map(app);
        AdaptationFeature.Map(app);
        WorkforceFeature.Map(app);
        ReportsFeature.Map(app);
        return app;
    }
}
