using System.Reflection;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.Platform.Data;
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
        return services;
    }

    public static IEndpointRouteBuilder MapChildWelfare(this IEndpointRouteBuilder app) => app;
}
