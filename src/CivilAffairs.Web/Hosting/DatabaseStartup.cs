using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;

namespace CivilAffairs.Web.Hosting;

/// <summary>Migrations and reference data at start-up (embedded mode); demo data when asked.</summary>
public static class DatabaseStartup
{
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, IConfiguration configuration, CancellationToken ct = default)
    {
        if (configuration.GetValue("Database:MigrateOnStart", true))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await DbRegistration.MigrateAllAsync(services, ct);
            StartupLog.Step(services, "migrations", watch.ElapsedMilliseconds);
            await SeedAsync(services, configuration.GetValue("Demo:Seed", false), ct);
        }
    }

    /// <summary>Reference data always (idempotent); demo data only when <paramref name="demo"/>.</summary>
    public static async Task SeedAsync(IServiceProvider services, bool demo, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var seeders = scope.ServiceProvider.GetServices<ISeeder>().OrderBy(s => s.Order).ToList();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var s in seeders)
        {
            await s.SeedReferenceDataAsync(ct);
            StartupLog.Step(services, s.GetType().Name + " (reference data)", watch.ElapsedMilliseconds);
            watch.Restart();
        }
        if (demo)
        {
            foreach (var s in seeders)
            {
                watch.Restart();
                await s.SeedDemoDataAsync(ct);
                // a slow start-up is told by seeder, so the one to look at is named
                StartupLog.Step(services, s.GetType().Name, watch.ElapsedMilliseconds);
            }
        }
        // seeders write parameters and divisions directly, not through the stores that keep the caches current
        foreach (var cache in services.GetServices<IReferenceCache>())
        {
            cache.Invalidate();
        }
    }
}

/// <summary>How long each start-up step took (names of steps only, never data).</summary>
internal static partial class StartupLog
{
    public static void Step(IServiceProvider services, string step, long ms)
    {
        if (ms >= 500)
        {
            Took(services.GetRequiredService<ILoggerFactory>().CreateLogger("CivilAffairs.Startup"), step, ms);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Step} took {Ms} ms")]
    private static partial void Took(ILogger logger, string step, long ms);
}

/// <summary>Ready when the database answers.</summary>
internal sealed class DatabaseReadyCheck(IServiceScopeFactory scopes) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public async Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDb>();
        return await db.Database.CanConnectAsync(cancellationToken)
            ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy()
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("database unreachable");
    }
}

/// <summary>Prints where the platform listens and how to log in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var urls = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : "(see --urls)";
        var db = app.Services.GetRequiredService<DatabaseOptions>();
        var demo = app.Configuration.GetValue("Demo:Seed", false);
        Console.WriteLine();
        Console.WriteLine("  民政综合服务平台 CivilAffairs is running");
        Console.WriteLine($"  URL:      {urls}");
        Console.WriteLine($"  Database: {db.Provider}");
        Console.WriteLine($"  API docs: {urls.Split(',')[0].Trim()}/api/docs");
        if (demo)
        {
            Console.WriteLine($"  Demo logins (password {PlatformSeeder.DemoPassword}):");
            foreach (var a in PlatformSeeder.DemoAccounts)
            {
                Console.WriteLine($"    {a.UserName,-16} {Roles.DisplayNameOf(a.Role),-8} {(a.Jurisdiction.Length > 0 ? "辖区 " + a.Jurisdiction : "市民预约 /m/marriage")}");
            }
        }
        Console.WriteLine();
    }
}
