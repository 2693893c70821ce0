using System.Reflection;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Marriage.Features.Desk;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Marriage.Features.Portal;
using CivilAffairs.Marriage.Features.Registration;
using CivilAffairs.Marriage.Features.Reminders;
using CivilAffairs.Marriage.Features.Sms;
using CivilAffairs.Marriage.Features.Stats;
using CivilAffairs.Marriage.Seeding;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Notifications;
using CivilAffairs.Platform.Reminders;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilAffairs.Marriage;

/// <summary>
/// 婚姻登记: offices and sessions, booking online and at the window (built for the 8:30 rush),
/// check-in and registration with the 2021 divorce cooling-off, marital status to the Registry.
/// </summary>
public static class MarriageModule
{
    public static Assembly UiAssembly => typeof(MarriageModule).Assembly;

    public static IServiceCollection AddMarriage(this IServiceCollection services, DatabaseOptions db)
    {
        services.AddModuleDb<MarriageDb, MarriageDbSqlite, MarriageDbPostgres>(db, MarriageDb.SchemaName, order: 30);
        services.AddSingleton<CivilAffairs.Contracts.Reporting.IReportingSource, Features.Reporting.MarriageReporting>();
        services.AddScoped<CivilAffairs.Contracts.Facilities.IFacilitySource, Features.Offices.MarriageFacilitySource>();
        foreach (var d in MarriageParameters.Definitions())
        {
            services.AddSingleton(d);
        }
        services.AddScoped<MarriagePolicyReader>();
        services.AddScoped<SessionGenerator>();
        services.AddScoped<BookingEligibility>();
        services.AddScoped<SlotClaimer>();
        services.AddScoped<BookingService>();
        services.AddScoped<AppointmentQueries>();
        services.AddSingleton<AvailabilityCache>();
        RushFeature.AddServices(services);
        services.AddScoped<CertificateNumbers>();
        services.AddScoped<RegistrationService>();
        DeskFeature.AddServices(services);
        services.TryAddScoped<ISmsSender, LogSmsSender>();
        services.AddScoped<SmsDispatcher>();
        services.AddScoped<MarriageChores>();
        services.AddHostedService<MarriageHousekeeping>();
        services.AddScoped<IReminderSource, MarriageReminders>();
        PortalFeature.AddServices(services);
        services.AddScoped<ISeeder, MarriageSeeder>();
        services.AddScoped<MarriageDemoSeeder>();
        OfficesFeature.AddServices(services);
        StatsFeature.AddServices(services);
        services.AddSingleton(new ModuleInfo("marriage", "婚姻登记", "Marriage registration", "婚", "/marriage/desk", Permissions.MarriageRead, true,
            [
                new MenuLink("登记窗口", "/marriage/desk", Permissions.MarriageDesk),
                new MenuLink("预约查询", "/marriage/appointments", Permissions.MarriageRead),
                new MenuLink("场次与号源", "/marriage/sessions", Permissions.MarriageRead),
                new MenuLink("离婚冷静期", "/marriage/divorces", Permissions.MarriageRead),
                new MenuLink("特别场次与停办", "/marriage/special-days", Permissions.MarriageRead),
                new MenuLink("登记处与排班", "/marriage/offices", Permissions.MarriageRead),
                new MenuLink("统计报表", "/marriage/stats", Permissions.MarriageRead),
            ]));
        return services;
    }

    public static IEndpointRouteBuilder MapMarriage(this IEndpointRouteBuilder app)
    {
        BookingEndpoints.Map(app);
        RegistrationEndpoints.Map(app);
        DeskFeature.Map(app);
        PortalFeature.Map(app);
        OfficesFeature.Map(app);
        StatsFeature.Map(app);
        return app;
    }
}
