using System.Reflection;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Search;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Features;
using CivilAffairs.Registry.Features.Boundaries;
using CivilAffairs.Registry.Features.Divisions;
using CivilAffairs.Registry.Features.Households;
using CivilAffairs.Registry.Features.Persons;
using CivilAffairs.Registry.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Registry;

/// <summary>基础数据: administrative divisions (with history), persons and households.</summary>
public static class RegistryModule
{
    public static Assembly UiAssembly => typeof(RegistryModule).Assembly;

    public static IServiceCollection AddRegistry(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<RegistryDb, RegistryDbSqlite, RegistryDbPostgres>(db, RegistryDb.SchemaName, order: 10);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.RegistryReporting>();
        // (code, day) -> the division in force; 10,000 entries cover every Shenzhen street and community on many days
        services.AddReferenceCache<(string Code, DateOnly Day), DivisionView>(capacity: 10_000);
        services.AddScoped<DivisionDirectory>();
        services.AddScoped<IDivisionDirectory>(sp => sp.GetRequiredService<DivisionDirectory>());
        services.AddScoped<PersonValidator>();
        services.AddScoped<IMaritalStatusRegistry, MaritalStatusRegistry>();
        services.AddScoped<IResidentDirectory, ResidentDirectory>();
        services.AddScoped<IElderDirectory, ElderDirectory>();
        services.AddScoped<CivilAffairs.Contracts.Events.IPersonDiedHandler, RegistryPersonDiedHandler>();
        services.AddScoped<PersonQueries>();
        services.AddScoped<SavePersonHandler>();
        services.AddScoped<ExportPersonsHandler>();
        services.AddScoped<HouseholdQueries>();
        services.AddScoped<CreateHouseholdHandler>();
        services.AddScoped<DemoResidents>();
        services.AddScoped<DemoElders>();
        services.AddScoped<ISeeder, RegistrySeeder>();
        BoundariesFeature.AddServices(services);
        services.AddScoped<ISearchProvider, RegistrySearch>();
        services.AddSingleton(new ModuleInfo("registry", "基础数据", "Base registry", "基", "/registry/persons", Permissions.RegistryRead, true,
        [
            new MenuLink("人员", "/registry/persons", Permissions.RegistryRead),
            new MenuLink("家庭", "/registry/households", Permissions.RegistryRead),
            new MenuLink("行政区划", "/registry/divisions"),
            new MenuLink("区划调整", "/registry/division-proposals", Permissions.RegistryRead),
            new MenuLink("行政区域界线", "/registry/boundaries", Permissions.RegistryRead),
            new MenuLink("界线纠纷", "/registry/boundary-disputes", Permissions.RegistryRead),
        ]));
        return services;
    }

    public static IEndpointRouteBuilder MapRegistry(this IEndpointRouteBuilder app)
    {
        RegistryEndpoints.Map(app);
        BoundariesFeature.Map(app);
        return app;
    }
}
