using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Platform.Data;

/// <summary>A module database whose migrations the platform applies at start-up or from the CLI.</summary>
public interface IModuleDatabase
{
    /// <summary>Lower runs first (platform 0, registry 10, other modules after).</summary>
    int Order { get; }

    string Name { get; }

    Task MigrateAsync(IServiceProvider services, CancellationToken ct);
}

internal sealed class ModuleDatabase<TBase>(string name, int order) : IModuleDatabase where TBase : DbContext
{
    public int Order => order;

    public string Name => name;

    public async Task MigrateAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<TBase>();
        await db.Database.MigrateAsync(ct);
    }
}

public static class DbRegistration
{
    /// <summary>
    /// Registers a module DbContext with one subclass per provider (each carries its own
    /// migrations); handlers inject <typeparamref name="TBase"/>.
    /// </summary>
    public static IServiceCollection AddModuleDb<TBase, TSqlite, TPostgres>(this IServiceCollection services,
        DatabaseOptions options, string schema, int order)
        where TBase : DbContext
        where TSqlite : TBase
        where TPostgres : TBase
    {
        // options built once, not per request: they depend only on the configuration, and building them
        // per scope was most of the ~20 µs that creating a context cost (docs/performance.md)
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<TSqlite>(o => Configure(o, options, schema), optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<TBase>(sp => sp.GetRequiredService<TSqlite>());
        }
        else
        {
            services.AddDbContext<TPostgres>(o => Configure(o, options, schema), optionsLifetime: ServiceLifetime.Singleton);
            services.AddScoped<TBase>(sp => sp.GetRequiredService<TPostgres>());
        }
        services.AddSingleton<IModuleDatabase>(new ModuleDatabase<TBase>(schema, order));
        return services;
    }

    public static void Configure(DbContextOptionsBuilder o, DatabaseOptions options, string schema)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            o.UseSqlite(options.ConnectionString, s => s.MigrationsHistoryTable($"{schema}___ef_migrations_history"));
        }
        else
        {
            o.UseNpgsql(options.ConnectionString, s => s.MigrationsHistoryTable("__ef_migrations_history", schema));
        }
    }

    /// <summary>Applies every module's migrations in order.</summary>
    public static async Task MigrateAllAsync(IServiceProvider root, CancellationToken ct = default)
    {
        await using var scope = root.CreateAsyncScope();
        foreach (var m in scope.ServiceProvider.GetServices<IModuleDatabase>().OrderBy(m => m.Order))
        {
            await m.MigrateAsync(scope.ServiceProvider, ct);
        }
    }
}

/// <summary>Design-time construction for `dotnet ef` (no host needed).</summary>
public static class DesignTime
{
    public static DbContextOptions<T> Options<T>(DatabaseProvider provider, string schema) where T : DbContext
    {
        var b = new DbContextOptionsBuilder<T>();
        var cs = provider == DatabaseProvider.Sqlite ? "Data Source=design.db" : "Host=localhost;Database=design";
        Configure(b, new DatabaseOptions(provider, cs), schema);
        return b.Options;
    }

    private static void Configure(DbContextOptionsBuilder b, DatabaseOptions o, string schema) => DbRegistration.Configure(b, o, schema);
}
