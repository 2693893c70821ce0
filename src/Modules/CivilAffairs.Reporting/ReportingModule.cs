using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Reporting.Data;
using CivilAffairs.Reporting.Features.Dashboards;
using CivilAffairs.Reporting.Features.Facts;
using CivilAffairs.Reporting.Features.Metrics;
using CivilAffairs.Reporting.Features.Shared;
using CivilAffairs.Reporting.Features.StatReports;
using CivilAffairs.Reporting.Features.Summary;
using CivilAffairs.Reporting.Features.Views;
using CivilAffairs.Reporting.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Reporting;

/// <summary>
/// 统计分析: the modules' reporting views, monthly figures refreshed incrementally, dashboards
/// with drill-down, the annual work summary and the statistical tables for the province. Reads
/// nothing but the views the modules publish (Contracts/Reporting/IReportingSource).
/// </summary>
public static class ReportingModule
{
    public static Assembly UiAssembly => typeof(ReportingModule).Assembly;

    public static IServiceCollection AddReporting(this IServiceCollection services, DatabaseOptions db, IConfiguration config)
    {
        services.AddModuleDb<ReportingDb, ReportingDbSqlite, ReportingDbPostgres>(db, ReportingDb.SchemaName, order: 10_000);
        services.AddSingleton<IModuleDatabase, ReportingViewsDrop>();
        services.AddSingleton<IModuleDatabase, ReportingViewsCreate>();
        services.AddSingleton(ReportingOptions.From(config));
        services.AddSingleton<ReportingCatalog>();
        services.AddScoped<FactsRefresher>();
        services.AddScoped<MetricValues>();
        services.AddScoped<ISeeder, ReportingSeeder>();
        services.AddHostedService<RefreshJob>();
        DashboardsFeature.AddServices(services);
        SummaryFeature.AddServices(services);
        StatReportsFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("reporting", "统计分析", "Statistics", "统", "/reporting", Permissions.ReportingRead, true,
            [
                new("统计总览", "/reporting", Permissions.ReportingRead),
                new("年度工作总结", "/reporting/summaries", Permissions.ReportingRead),
                new("统计报表", "/reporting/tables", Permissions.ReportingRead),
                new("指标目录", "/reporting/metrics", Permissions.ReportingRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapReporting(this IEndpointRouteBuilder app)
    {
        DashboardsFeature.Map(app);
        SummaryFeature.Map(app);
        StatReportsFeature.Map(app);
        return app;
    }
}
