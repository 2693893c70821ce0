using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Registry.Data;

internal sealed class RegistryDbSqliteFactory : IDesignTimeDbContextFactory<RegistryDbSqlite>
{
    public RegistryDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<RegistryDbSqlite>(DatabaseProvider.Sqlite, RegistryDb.SchemaName), DbScope.DesignTime());
}

internal sealed class RegistryDbPostgresFactory : IDesignTimeDbContextFactory<RegistryDbPostgres>
{
    public RegistryDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<RegistryDbPostgres>(DatabaseProvider.PostgreSQL, RegistryDb.SchemaName), DbScope.DesignTime());
}
