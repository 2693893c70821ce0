using System.Reflection;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Features.Campaigns;
using CivilAffairs.Charity.Features.Lottery;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Charity;

/// <summary>
/// 慈善与福彩: charity campaigns (扶贫济困日, 慈善月), donations and receipts, charity-fair pledges,
/// project spending and public disclosure; welfare-lottery sales, the welfare fund raised from them,
/// its budget and grants, and the performance of funded projects.
/// </summary>
public static class CharityModule
{
    public static Assembly UiAssembly => typeof(CharityModule).Assembly;

    public static IServiceCollection AddCharity(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<CharityDb, CharityDbSqlite, CharityDbPostgres>(db, CharityDb.SchemaName, order: 95);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.CharityReporting>();
        CharityPolicies.Add(services);
        services.AddScoped<Numbers>();
        CampaignsFeature.AddServices(services);
        LotteryFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("charity", "慈善与福彩", "Charity & welfare lottery", "善", "/charity", null, true,
            [
                new("慈善活动", "/charity/campaigns", Permissions.CharityRead),
                new("捐赠登记", "/charity/donations", Permissions.CharityRead),
                new("慈善认捐", "/charity/pledges", Permissions.CharityRead),
                new("项目支出", "/charity/spending", Permissions.CharityRead),
                new("福彩销售", "/charity/lottery/sales", Permissions.CharityRead),
                new("公益金预算与资助", "/charity/lottery/grants", Permissions.CharityRead),
                new("本组织受赠", "/charity/donations", Permissions.CharitySelf),
                new("本组织项目支出", "/charity/spending", Permissions.CharitySelf),
                new("慈善信息公开", "/m/charity", null),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapCharity(this IEndpointRouteBuilder app)
    {
        CampaignsFeature.Map(app);
        LotteryFeature.Map(app);
        return app;
    }
}
