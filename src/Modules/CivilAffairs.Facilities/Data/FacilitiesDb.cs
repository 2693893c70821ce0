using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Facilities.Data;

/// <summary>
/// 设施与项目 data, schema "facilities". Each feature area configures its own tables in a partial
/// file next to its code (Features/*/FacilitiesDb.*.cs). Rows that belong to a place carry its division
/// code and are filtered by the user's jurisdiction.
/// </summary>
internal abstract partial class FacilitiesDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "facilities";

    protected override string Schema => SchemaName;

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>The registry of service institutions (type, operator, licence, capacity, location), fed by and serving every module.</summary>
    partial void ConfigureInstitutions(ModelBuilder b);

    /// <summary>The "9+3" capital projects: stages with planned and actual dates, budget, delivery mode, milestones, risks, progress reports, dashboard.</summary>
    partial void ConfigureProjects(ModelBuilder b);

    /// <summary>Safety-production inspections of institutions: risk list, hidden dangers and their rectification deadlines.</summary>
    partial void ConfigureSafety(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigureInstitutions(b);
        ConfigureProjects(b);
        ConfigureSafety(b);
    }
}

internal sealed class FacilitiesDbSqlite(DbContextOptions<FacilitiesDbSqlite> options, DbScope scope) : FacilitiesDb(options, scope);

internal sealed class FacilitiesDbPostgres(DbContextOptions<FacilitiesDbPostgres> options, DbScope scope) : FacilitiesDb(options, scope);

internal sealed class FacilitiesDbSqliteFactory : IDesignTimeDbContextFactory<FacilitiesDbSqlite>
{
    public FacilitiesDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<FacilitiesDbSqlite>(DatabaseProvider.Sqlite, FacilitiesDb.SchemaName), DbScope.DesignTime());
}

internal sealed class FacilitiesDbPostgresFactory : IDesignTimeDbContextFactory<FacilitiesDbPostgres>
{
    public FacilitiesDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<FacilitiesDbPostgres>(DatabaseProvider.PostgreSQL, FacilitiesDb.SchemaName), DbScope.DesignTime());
}
