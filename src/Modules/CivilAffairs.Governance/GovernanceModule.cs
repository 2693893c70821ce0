using System.Reflection;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Policies;
using CivilAffairs.Governance.Features.Experts;
using CivilAffairs.Governance.Features.Proposals;
using CivilAffairs.Governance.Features.Performance;
using CivilAffairs.Governance.Features.Shared;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Governance;

/// <summary>
/// 机关管理: policy and normative documents (linked to the parameters they set), the expert pool for major decisions, NPC suggestions and CPPCC proposals, staff performance assessment and training.
/// </summary>
public static class GovernanceModule
{
    public static Assembly UiAssembly => typeof(GovernanceModule).Assembly;

    public static IServiceCollection AddGovernance(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<GovernanceDb, GovernanceDbSqlite, GovernanceDbPostgres>(db, GovernanceDb.SchemaName, order: 115);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.GovernanceReporting>();
        services.AddScoped<Numbers>();
        PoliciesFeature.AddServices(services);
        ExpertsFeature.AddServices(services);
        ProposalsFeature.AddServices(services);
        PerformanceFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("governance", "机关管理", "Bureau management", "政", "/governance", Permissions.GovernanceRead, true,
            [
                new("政策文件", "/governance/policies", Permissions.GovernanceRead),
                new("专家库", "/governance/experts", Permissions.GovernanceRead),
                new("建议提案", "/governance/proposals", Permissions.GovernanceRead),
                new("绩效考核", "/governance/performance", Permissions.GovernanceRead),
                new("干部培训", "/governance/training", Permissions.GovernanceRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapGovernance(this IEndpointRouteBuilder app)
    {
        PoliciesFeature.Map(app);
        ExpertsFeature.Map(app);
        ProposalsFeature.Map(app);
        PerformanceFeature.Map(app);
        return app;
    }
}
