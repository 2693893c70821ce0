using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Governance.Data;

/// <summary>
/// 机关管理 data, schema "governance". Each feature area configures its own tables in a partial
/// file next to its code (Features/*/GovernanceDb.*.cs). Rows that belong to a place carry its division
/// code and are filtered by the user's jurisdiction.
/// </summary>
internal abstract partial class GovernanceDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "governance";

    protected override string Schema => SchemaName;

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>Policy and normative documents: number, issuing body, dates, status, full text, related parameters.</summary>
    partial void ConfigurePolicies(ModelBuilder b);

    /// <summary>The expert pool: experts, fields, consultations, conflicts of interest.</summary>
    partial void ConfigureExperts(ModelBuilder b);

    /// <summary>人大建议 and 政协提案: received, assigned, replied, satisfaction.</summary>
    partial void ConfigureProposals(ModelBuilder b);

    /// <summary>Staff performance assessment (indicators, periods, scores, review) and training programmes.</summary>
    partial void ConfigurePerformance(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigurePolicies(b);
        ConfigureExperts(b);
        ConfigureProposals(b);
        ConfigurePerformance(b);
    }
}

internal sealed class GovernanceDbSqlite(DbContextOptions<GovernanceDbSqlite> options, DbScope scope) : GovernanceDb(options, scope);

internal sealed class GovernanceDbPostgres(DbContextOptions<GovernanceDbPostgres> options, DbScope scope) : GovernanceDb(options, scope);

internal sealed class GovernanceDbSqliteFactory : IDesignTimeDbContextFactory<GovernanceDbSqlite>
{
    public GovernanceDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<GovernanceDbSqlite>(DatabaseProvider.Sqlite, GovernanceDb.SchemaName), DbScope.DesignTime());
}

internal sealed class GovernanceDbPostgresFactory : IDesignTimeDbContextFactory<GovernanceDbPostgres>
{
    public GovernanceDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<GovernanceDbPostgres>(DatabaseProvider.PostgreSQL, GovernanceDb.SchemaName), DbScope.DesignTime());
}
