using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.ChildWelfare.Data;

/// <summary>
/// ChildWelfare data, schema "childwelfare". Each feature area configures its own tables in a partial file
/// next to its code (Features/*/ChildWelfareDb.*.cs), so the areas evolve separately.
/// </summary>
internal abstract partial class ChildWelfareDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "childwelfare";

    protected override string Schema => SchemaName;

    protected override void ConfigureModel(ModelBuilder b)
    {
    }
}

internal sealed class ChildWelfareDbSqlite(DbContextOptions<ChildWelfareDbSqlite> options, DbScope scope) : ChildWelfareDb(options, scope);

internal sealed class ChildWelfareDbPostgres(DbContextOptions<ChildWelfareDbPostgres> options, DbScope scope) : ChildWelfareDb(options, scope);

internal sealed class ChildWelfareDbSqliteFactory : IDesignTimeDbContextFactory<ChildWelfareDbSqlite>
{
    public ChildWelfareDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<ChildWelfareDbSqlite>(DatabaseProvider.Sqlite, ChildWelfareDb.SchemaName), DbScope.DesignTime());
}

internal sealed class ChildWelfareDbPostgresFactory : IDesignTimeDbContextFactory<ChildWelfareDbPostgres>
{
    public ChildWelfareDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<ChildWelfareDbPostgres>(DatabaseProvider.PostgreSQL, ChildWelfareDb.SchemaName), DbScope.DesignTime());
}
