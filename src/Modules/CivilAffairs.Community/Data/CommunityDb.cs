using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Community.Data;

/// <summary>
/// 基层治理 data, schema "community". Each feature area configures its own tables in a partial
/// file next to its code (Features/*/CommunityDb.*.cs). Rows that belong to a place carry its division
/// code and are filtered by the user's jurisdiction.
/// </summary>
internal abstract partial class CommunityDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "community";

    protected override string Schema => SchemaName;

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>民生微实事: projects, proposals, votes, approval, procurement, implementation, acceptance, notices, budget caps and funding split.</summary>
    partial void ConfigureMicroProjects(ModelBuilder b);

    /// <summary>Community honours, pilot and innovation zones, the community work-methods library.</summary>
    partial void ConfigureHonours(ModelBuilder b);

    /// <summary>Leads about gang-related influence (restricted), patrols against organized begging, removal of committee members.</summary>
    partial void ConfigureIntegrity(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigureMicroProjects(b);
        ConfigureHonours(b);
        ConfigureIntegrity(b);
    }
}

internal sealed class CommunityDbSqlite(DbContextOptions<CommunityDbSqlite> options, DbScope scope) : CommunityDb(options, scope);

internal sealed class CommunityDbPostgres(DbContextOptions<CommunityDbPostgres> options, DbScope scope) : CommunityDb(options, scope);

internal sealed class CommunityDbSqliteFactory : IDesignTimeDbContextFactory<CommunityDbSqlite>
{
    public CommunityDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<CommunityDbSqlite>(DatabaseProvider.Sqlite, CommunityDb.SchemaName), DbScope.DesignTime());
}

internal sealed class CommunityDbPostgresFactory : IDesignTimeDbContextFactory<CommunityDbPostgres>
{
    public CommunityDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<CommunityDbPostgres>(DatabaseProvider.PostgreSQL, CommunityDb.SchemaName), DbScope.DesignTime());
}
