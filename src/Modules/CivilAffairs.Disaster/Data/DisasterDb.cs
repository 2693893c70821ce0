using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Disaster.Data;

/// <summary>
/// Disaster relief data, schema "disaster". Each feature area configures its own tables in a
/// partial file next to its code (Features/*/DisasterDb.*.cs).
/// </summary>
internal abstract partial class DisasterDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "disaster";

    protected override string Schema => SchemaName;

    /// <summary>Events, response activations, shelters and occupants, affected households.</summary>
    partial void ConfigureEvents(ModelBuilder b);

    /// <summary>Warehouses, stock and movements (receipts and distributions).</summary>
    partial void ConfigureGoods(ModelBuilder b);

    /// <summary>Reconstruction subsidies with objections, winter/spring relief lists.</summary>
    partial void ConfigureRelief(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureEvents(b);
        ConfigureGoods(b);
        ConfigureRelief(b);
    }
}

internal sealed class DisasterDbSqlite(DbContextOptions<DisasterDbSqlite> options, DbScope scope) : DisasterDb(options, scope);

internal sealed class DisasterDbPostgres(DbContextOptions<DisasterDbPostgres> options, DbScope scope) : DisasterDb(options, scope);

internal sealed class DisasterDbSqliteFactory : IDesignTimeDbContextFactory<DisasterDbSqlite>
{
    public DisasterDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<DisasterDbSqlite>(DatabaseProvider.Sqlite, DisasterDb.SchemaName), DbScope.DesignTime());
}

internal sealed class DisasterDbPostgresFactory : IDesignTimeDbContextFactory<DisasterDbPostgres>
{
    public DisasterDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<DisasterDbPostgres>(DatabaseProvider.PostgreSQL, DisasterDb.SchemaName), DbScope.DesignTime());
}
