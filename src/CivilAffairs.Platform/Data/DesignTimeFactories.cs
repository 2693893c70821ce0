using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Platform.Data;

internal sealed class PlatformDbSqliteFactory : IDesignTimeDbContextFactory<PlatformDbSqlite>
{
    public PlatformDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<PlatformDbSqlite>(DatabaseProvider.Sqlite, PlatformDb.Schema), DbScope.DesignTime());
}

internal sealed class PlatformDbPostgresFactory : IDesignTimeDbContextFactory<PlatformDbPostgres>
{
    public PlatformDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<PlatformDbPostgres>(DatabaseProvider.PostgreSQL, PlatformDb.Schema), DbScope.DesignTime());
}
