using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Documents;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Modules;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CivilAffairs.Platform;

public static class PlatformServices
{
    /// <summary>Everything every module relies on. Modules then add themselves with AddXxx().</summary>
    public static IServiceCollection AddPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var db = DatabaseOptions.From(configuration);
        services.AddSingleton(db);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        // background jobs act as the system: they set the override before resolving anything that acts
        services.AddScoped<CurrentUserOverride>();
        // every module that reacts to a death registers an IPersonDiedHandler; this calls them all
        services.AddScoped<Events.PersonDiedDispatcher>();
        services.TryAddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUserOverride>().User
            ?? new HttpCurrentUser(sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>()));
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditTrail>();
        services.AddScoped<DbScope>();
        services.AddModuleDb<PlatformDb, PlatformDbSqlite, PlatformDbPostgres>(db, PlatformDb.Schema, order: 0);
        services.AddStaffSecurity(configuration);
        services.AddScoped<AuditEvents>();
        services.AddScoped<AuditReader>();
        services.AddSingleton<WorkingDayCalendar>();
        services.AddSingleton(ReferenceCacheOptions.From(configuration));
        // keyed by parameter key; the capacity only matters if requests ask for many unknown keys
        services.AddReferenceCache<string, Parameter[]>(capacity: 10_000);
        services.AddScoped<ParameterStore>();
        services.AddSingleton(new ParameterDefinition(PlatformParameters.AuditRetentionDays, "审计日志保留天数", "天", ParameterType.Integer, "platform"));
        services.AddSingleton<ModuleMenu>();
        services.AddScoped<PlatformSeeder>();
        services.AddSingleton(DemoOptions.From(configuration));
        services.AddScoped<ISeeder>(sp => sp.GetRequiredService<PlatformSeeder>());
        // PDFsharp's font registration is process-wide, so this is a static setting, not a service
        PdfFonts.Configure(DocumentFontOptions.FromConfiguration(configuration));
        services.AddDataProtection().SetApplicationName("CivilAffairs")
            .PersistKeysToFileSystem(new DirectoryInfo(KeysPath(configuration, db)));
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        return services;
    }

    /// <summary>
    /// Cookie and token keys must survive restarts (else everyone is logged out): beside the
    /// SQLite file by default, or DataProtection:KeysPath (shared storage when several nodes run).
    /// </summary>
    private static string KeysPath(IConfiguration configuration, DatabaseOptions db)
    {
        if (configuration["DataProtection:KeysPath"] is { Length: > 0 } configured)
        {
            return configured;
        }
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.ConnectionString).DataSource;
            return Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", "keys");
        }
        return Path.GetFullPath("./data/keys");
    }
}

public static class PlatformParameters
{
    public const string AuditRetentionDays = "platform.audit.retention_days";
}
