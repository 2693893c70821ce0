using System.Reflection;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Features.Meals;
using CivilAffairs.ElderCare.Features.Shared;
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
        ElderCarePolicies.Add(services);
        services.AddScoped<ElderFacts>();
        services.AddScoped<ProviderScope>();
        services.AddScoped<ISeeder, ElderCareSeeder>();
        MealsFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("eldercare", "养老服务", "Elderly care", "老", "/eldercare", null, true,
            [
                new("长者助餐登记", "/eldercare/meals/enrolments", Permissions.ElderCareRead), new("助餐记录", "/eldercare/meals/records", Permissions.ElderCareRead), new("助餐结算", "/eldercare/meals/settlements", Permissions.ElderCareRead), new("助餐异常", "/eldercare/meals/anomalies", Permissions.ElderCareRead), new("助餐柜台", "/eldercare/meals/counter", Permissions.ElderCareProvide), new("助餐数据上传", "/eldercare/meals/upload", Permissions.ElderCareProvide), new("本点助餐记录", "/eldercare/meals/records", Permissions.ElderCareProvide), new("本点助餐结算", "/eldercare/meals/settlements", Permissions.ElderCareProvide),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapElderCare(this IEndpointRouteBuilder app)
    {
        MealsFeature.Map(app);
        return app;
    }
}
