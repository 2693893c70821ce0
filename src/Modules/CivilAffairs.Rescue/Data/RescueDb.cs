using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Rescue.Data;

/// <summary>
/// Rescue data, schema "rescue". Each feature area configures its own tables in a partial file
/// next to its code (Features/*/RescueDb.*.cs), so the areas evolve separately; the shared core
/// (cases, missing-person reports, match candidates, reunions) is configured in RescueDb.Core.cs.
/// </summary>
internal abstract partial class RescueDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "rescue";

    protected override string Schema => SchemaName;

    /// <summary>The station's casework: intake, classification, stays, referrals, tickets, hand-over, placement.</summary>
    partial void ConfigureCases(ModelBuilder b);

    /// <summary>Public notices, "I may know this person" messages, missing-person reports, reunions.</summary>
    partial void ConfigureFamilySearch(ModelBuilder b);

    /// <summary>DNA profiles, kinship comparisons and the match-candidate review queue.</summary>
    partial void ConfigureDna(ModelBuilder b);

    /// <summary>Face embeddings and face-similarity searches.</summary>
    partial void ConfigureFace(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureCore(b);
        ConfigureCases(b);
        ConfigureFamilySearch(b);
        ConfigureDna(b);
        ConfigureFace(b);
    }
}

internal sealed class RescueDbSqlite(DbContextOptions<RescueDbSqlite> options, DbScope scope) : RescueDb(options, scope);

internal sealed class RescueDbPostgres(DbContextOptions<RescueDbPostgres> options, DbScope scope) : RescueDb(options, scope);

internal sealed class RescueDbSqliteFactory : IDesignTimeDbContextFactory<RescueDbSqlite>
{
    public RescueDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<RescueDbSqlite>(DatabaseProvider.Sqlite, RescueDb.SchemaName), DbScope.DesignTime());
}

internal sealed class RescueDbPostgresFactory : IDesignTimeDbContextFactory<RescueDbPostgres>
{
    public RescueDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<RescueDbPostgres>(DatabaseProvider.PostgreSQL, RescueDb.SchemaName), DbScope.DesignTime());
}
