using System.Reflection;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Assistance.Seeding;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Assistance;

/// <summary>社会救助: so far the policy parameters and the trial calculation (试算).</summary>
public static class AssistanceModule
{
    public static Assembly UiAssembly => typeof(AssistanceModule).Assembly;

    public static IServiceCollection AddAssistance(this IServiceCollection services)
    {
        foreach (var d in AssistanceParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<CalculateHandler>();
        services.AddScoped<ISeeder, AssistanceSeeder>();
        services.AddSingleton(new ModuleInfo("assistance", "社会救助", "Social assistance", "救", "/assistance/calculator", Permissions.AssistanceCalculate, true,
            [new MenuLink("试算", "/assistance/calculator", Permissions.AssistanceCalculate)]));
        return services;
    }

    public static IEndpointRouteBuilder MapAssistance(this IEndpointRouteBuilder app)
    {
        CalculationEndpoint.Map(app);
        return app;
    }
}
