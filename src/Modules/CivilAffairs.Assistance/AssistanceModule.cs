using System.Reflection;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Applications;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Assistance.Features.Cases;
using CivilAffairs.Assistance.Features.CrossCheck;
using CivilAffairs.Assistance.Features.Enrolments;
using CivilAffairs.Assistance.Features.Payments;
using CivilAffairs.Assistance.Features.Temporary;
using CivilAffairs.Assistance.Seeding;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance;

/// <summary>社会救助: policy parameters, trial calculation (试算), applications (审核确认).</summary>
public static class AssistanceModule
{
    public static Assembly UiAssembly => typeof(AssistanceModule).Assembly;

    public static IServiceCollection AddAssistance(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<AssistanceDb, AssistanceDbSqlite, AssistanceDbPostgres>(db, AssistanceDb.SchemaName, order: 20);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.AssistanceReporting>();
        services.AddScoped<ApplicationWorkflow>();
        services.AddScoped<ApplicationQueries>();
        foreach (var d in AssistanceParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<CalculateHandler>();
        services.AddScoped<ISeeder, AssistanceSeeder>();
        EnrolmentFeature.AddServices(services);
        PaymentFeature.AddServices(services);
        CrossCheckFeature.AddServices(services);
        CaseFeature.AddServices(services);
        TemporaryFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("assistance", "社会救助", "Social assistance", "救", "/assistance/calculator", Permissions.AssistanceCalculate, true,
            [
                new MenuLink("试算", "/assistance/calculator", Permissions.AssistanceCalculate),
                new MenuLink("救助申请", "/assistance/applications", Permissions.AssistanceRead),
                new MenuLink("经济状况核对", "/assistance/crosscheck", Permissions.AssistanceCrossCheck),
                new MenuLink("在保家庭", "/assistance/enrolments", Permissions.AssistanceRead),
                new MenuLink("定期复核", "/assistance/reviews", Permissions.AssistanceRead),
                new MenuLink("帮扶计划", "/assistance/support-plans", Permissions.AssistanceRead),
                new MenuLink("临时救助", "/assistance/temporary", Permissions.AssistanceRead),
                new MenuLink("救助金发放", "/assistance/payments", Permissions.AssistanceRead),
                new MenuLink("统计报表", "/assistance/reports", Permissions.AssistanceRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapAssistance(this IEndpointRouteBuilder app)
    {
        CalculationEndpoint.Map(app);
        ApplicationEndpoints.Map(app);
        EnrolmentFeature.Map(app);
        PaymentFeature.Map(app);
        CrossCheckFeature.Map(app);
        CaseFeature.Map(app);
        TemporaryFeature.Map(app);
        return app;
    }
}
