using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Funeral.Data;

/// <summary>
/// Funeral data, schema "funeral". Each feature area configures its own tables in a partial file
/// next to its code (Features/*/FuneralDb.*.cs), so the areas evolve separately.
/// </summary>
internal abstract partial class FuneralDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "funeral";

    protected override string Schema => SchemaName;

    /// <summary>Funeral homes, deaths and cremations, free basic services, monthly waiver claims.</summary>
    partial void ConfigureDeaths(ModelBuilder b);

    /// <summary>Eco-burial reward applications, sea-burial events, cemeteries and columbaria.</summary>
    partial void ConfigureEcoBurial(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureDeaths(b);
        ConfigureEcoBurial(b);
    }
}

internal sealed class FuneralDbSqlite(DbContextOptions<FuneralDbSqlite> options, DbScope scope) : FuneralDb(options, scope);

internal sealed class FuneralDbPostgres(DbContextOptions<FuneralDbPostgres> options, DbScope scope) : FuneralDb(options, scope);

internal sealed class FuneralDbSqliteFactory : IDesignTimeDbContextFactory<FuneralDbSqlite>
{
    public FuneralDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<FuneralDbSqlite>(DatabaseProvider.Sqlite, FuneralDb.SchemaName), DbScope.DesignTime());
}

internal sealed class FuneralDbPostgresFactory : IDesignTimeDbContextFactory<FuneralDbPostgres>
{
    public FuneralDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<FuneralDbPostgres>(DatabaseProvider.PostgreSQL, FuneralDb.SchemaName), DbScope.DesignTime());
}
