using CivilAffairs.ArchitectureTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ArchitectureTests.Data;

/// <summary>
/// "A module owns its data": one schema on PostgreSQL, one table-name prefix on SQLite. Models are
/// built from the design-time factories, without a database.
/// </summary>
public class SchemaOwnershipTests
{
    private static bool IsSqlite(DbContext db) => db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal);

    [Fact]
    public void Every_concrete_DbContext_has_a_design_time_factory()
    {
        // otherwise the checks below (and `dotnet ef migrations add`) would miss it
        var contexts = Solution.DataOwners.SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t))
            .ToList();
        var covered = DesignTimeContext.All.Select(c => c.ContextType).ToHashSet();

        Assert.NotEmpty(contexts);
        var missing = contexts.Where(t => !covered.Contains(t)).Select(Solution.Describe).ToList();
        Assert.True(missing.Count == 0, "DbContexts without an IDesignTimeDbContextFactory<>:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Platform_and_Registry_each_have_a_SQLite_and_a_PostgreSQL_context()
    {
        var names = DesignTimeContext.All.Select(c => c.ContextType.Name).ToList();

        Assert.Contains("PlatformDbSqlite", names);
        Assert.Contains("PlatformDbPostgres", names);
        Assert.Contains("RegistryDbSqlite", names);
        Assert.Contains("RegistryDbPostgres", names);
    }

    [Theory]
    [InlineData("PlatformDbSqlite", "platform")]
    [InlineData("PlatformDbPostgres", "platform")]
    [InlineData("RegistryDbSqlite", "registry")]
    [InlineData("RegistryDbPostgres", "registry")]
    public void The_platform_and_the_registry_declare_their_own_schema(string contextName, string schema)
    {
        using var db = DesignTimeContext.Named(contextName).Create();

        Assert.Equal(schema, DesignTimeContext.DeclaredSchema(db));
    }

    [Fact]
    public void No_two_assemblies_declare_the_same_schema()
    {
        var owners = DesignTimeContext.All
            .Select(c =>
            {
                using var db = c.Create();
                return (Assembly: c.ContextType.Assembly.GetName().Name, Schema: DesignTimeContext.DeclaredSchema(db));
            })
            .Distinct()
            .GroupBy(x => x.Schema)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Assembly))}")
            .ToList();

        Assert.True(owners.Count == 0, "Schemas shared between modules:\n" + string.Join("\n", owners));
    }

    [Theory]
    [MemberData(nameof(DesignTimeContext.Names), MemberType = typeof(DesignTimeContext))]
    public void Every_table_of_a_context_lies_in_its_own_schema_or_carries_its_prefix(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();
        var schema = DesignTimeContext.DeclaredSchema(db);
        var sqlite = IsSqlite(db);
        var entities = db.Model.GetEntityTypes().ToList();

        var violations = new List<string>();
        foreach (var e in entities)
        {
            var (name, actualSchema) = e.GetTableName() is { } table
                ? (table, e.GetSchema())
                : e.GetViewName() is { } view ? (view, e.GetViewSchema()) : (null, null);
            if (name is null)
            {
                continue; // not mapped to a table or view (e.g. a keyless query type)
            }
            var ok = sqlite
                ? actualSchema is null && name.StartsWith(schema + "_", StringComparison.Ordinal)
                : actualSchema == schema;
            if (!ok)
            {
                violations.Add($"{e.DisplayName()} → {actualSchema ?? "(no schema)"}.{name}");
            }
        }

        Assert.NotEmpty(entities);
        Assert.True(violations.Count == 0,
            $"{contextName} must map only to {(sqlite ? $"tables named {schema}_*" : $"schema \"{schema}\"")}:\n" + string.Join("\n", violations));
    }

    [Theory]
    [MemberData(nameof(DesignTimeContext.Names), MemberType = typeof(DesignTimeContext))]
    public void The_model_has_no_changes_without_a_migration(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();

        // compares the model with the flavour's migration snapshot; opens no connection
        Assert.False(db.Database.HasPendingModelChanges(),
            $"{contextName}'s model differs from its last migration: add a migration for both providers (see the README).");
    }

    [Theory]
    [MemberData(nameof(DesignTimeContext.Names), MemberType = typeof(DesignTimeContext))]
    public void Migrations_are_found_for_the_contexts_own_provider(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();
        var migrations = db.Database.GetMigrations().ToList();

        Assert.NotEmpty(migrations);
        Assert.Equal(IsSqlite(db), db.Database.IsSqlite());
    }

    [Theory]
    [MemberData(nameof(DesignTimeContext.Names), MemberType = typeof(DesignTimeContext))]
    public void No_foreign_key_points_outside_the_contexts_own_tables(string contextName)
    {
        using var db = DesignTimeContext.Named(contextName).Create();
        var own = db.Model.GetEntityTypes().ToHashSet();

        var violations = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetForeignKeys())
            .Where(fk => !own.Contains(fk.PrincipalEntityType))
            .Select(fk => $"{fk.DeclaringEntityType.DisplayName()} → {fk.PrincipalEntityType.DisplayName()}")
            .ToList();

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
