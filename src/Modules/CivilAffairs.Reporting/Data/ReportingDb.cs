using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Reporting.Data;

/// <summary>
/// 统计分析 data, schema "reporting": the monthly pre-aggregated figures and their refresh log,
/// the annual summaries and the statistical tables. The modules' reporting views live in the same
/// schema (PostgreSQL) or carry the same prefix (SQLite) but are not part of this model: the
/// view installer creates them after all migrations. Each feature configures its own tables in a
/// partial file next to its code (Features/*/ReportingDb.*.cs).
/// </summary>
internal abstract partial class ReportingDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "reporting";

    protected override string Schema => SchemaName;

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>Monthly figures per metric and division, and the refresh runs that wrote them.</summary>
    partial void ConfigureFacts(ModelBuilder b);

    /// <summary>Annual work summaries: templates with placeholders, narrative, generated documents.</summary>
    partial void ConfigureSummary(ModelBuilder b);

    /// <summary>Statistical tables for the province and ministry: definitions, periods, submissions.</summary>
    partial void ConfigureStatReports(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigureFacts(b);
        ConfigureSummary(b);
        ConfigureStatReports(b);
    }
}

internal sealed class ReportingDbSqlite(DbContextOptions<ReportingDbSqlite> options, DbScope scope) : ReportingDb(options, scope);

internal sealed class ReportingDbPostgres(DbContextOptions<ReportingDbPostgres> options, DbScope scope) : ReportingDb(options, scope);

internal sealed class ReportingDbSqliteFactory : IDesignTimeDbContextFactory<ReportingDbSqlite>
{
    public ReportingDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<ReportingDbSqlite>(DatabaseProvider.Sqlite, ReportingDb.SchemaName), DbScope.DesignTime());
}

internal sealed class ReportingDbPostgresFactory : IDesignTimeDbContextFactory<ReportingDbPostgres>
{
    public ReportingDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<ReportingDbPostgres>(DatabaseProvider.PostgreSQL, ReportingDb.SchemaName), DbScope.DesignTime());
}
