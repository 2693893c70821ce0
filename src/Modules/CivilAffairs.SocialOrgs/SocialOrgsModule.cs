using System.Reflection;
using CivilAffairs.Contracts.Institutions;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Features.Annual;
using CivilAffairs.SocialOrgs.Features.Credit;
using CivilAffairs.SocialOrgs.Features.Registry;
using CivilAffairs.SocialOrgs.Features.Shared;
using CivilAffairs.SocialOrgs.Features.Supervision;
using CivilAffairs.SocialOrgs.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.SocialOrgs;

/// <summary>
/// 社会组织: the register of 社会团体, 社会服务机构 and 基金会, registration (establishment, change,
/// deregistration), annual reports and inspection, the credit lists and their public lookup,
/// supervision and enforcement, party building and industry self-regulation.
/// </summary>
public static class SocialOrgsModule
{
    public static Assembly UiAssembly => typeof(SocialOrgsModule).Assembly;

    public static IServiceCollection AddSocialOrgs(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<SocialOrgsDb, SocialOrgsDbSqlite, SocialOrgsDbPostgres>(db, SocialOrgsDb.SchemaName, order: 90);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.SocialOrgsReporting>();
        SocialOrgPolicies.Add(services);
        services.AddScoped<OrgAccess>();
        services.AddScoped<Numbers>();
        services.AddScoped<CreditListing>();
        services.AddScoped<SocialOrgDirectory>();
        services.AddScoped<ISocialOrgDirectory>(sp => sp.GetRequiredService<SocialOrgDirectory>());
        services.AddScoped<IInstitutionDirectory>(sp => sp.GetRequiredService<SocialOrgDirectory>());
        services.AddScoped<ISeeder, SocialOrgsSeeder>();
        RegistryFeature.AddServices(services);
        AnnualFeature.AddServices(services);
        CreditFeature.AddServices(services);
        SupervisionFeature.AddServices(services);
        // bureau staff (socialorgs.read) and an organization's own account (socialorgs.self) each see their own links
        services.AddSingleton(new ModuleInfo("socialorgs", "社会组织", "Social organizations", "社", "/socialorgs", null, true,
            [
                new("社会组织名录", "/socialorgs/organizations", Permissions.SocialOrgsRead),
                new("登记审批", "/socialorgs/applications", Permissions.SocialOrgsRead),
                new("年报年检", "/socialorgs/annual", Permissions.SocialOrgsRead),
                new("信用名单", "/socialorgs/credit", Permissions.SocialOrgsRead),
                new("监督执法", "/socialorgs/enforcement", Permissions.SocialOrgsRead),
                new("党建与行业自律", "/socialorgs/party", Permissions.SocialOrgsRead),
                new("本组织", "/socialorgs/my", Permissions.SocialOrgsSelf),
                new("登记申请", "/socialorgs/applications", Permissions.SocialOrgsSelf),
                new("年度报告", "/socialorgs/annual", Permissions.SocialOrgsSelf),
                new("信用信息", "/socialorgs/credit", Permissions.SocialOrgsSelf),
                new("检查与处罚", "/socialorgs/enforcement", Permissions.SocialOrgsSelf),
                new("信用信息公示", "/m/socialorgs", null),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapSocialOrgs(this IEndpointRouteBuilder app)
    {
        RegistryFeature.Map(app);
        AnnualFeature.Map(app);
        CreditFeature.Map(app);
        SupervisionFeature.Map(app);
        return app;
    }
}
