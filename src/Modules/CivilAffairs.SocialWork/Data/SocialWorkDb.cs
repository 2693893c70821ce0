using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.SocialWork.Data;

/// <summary>
/// 社会工作与志愿服务 data, schema "socialwork". Each feature area configures its own tables in a partial
/// file next to its code (Features/*/SocialWorkDb.*.cs). Rows that belong to a place carry its division
/// code and are filtered by the user's jurisdiction.
/// </summary>
internal abstract partial class SocialWorkDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "socialwork";

    protected override string Schema => SchemaName;

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>Social-work organizations, social workers by qualification and field, peer counsellors, statistics by field.</summary>
    partial void ConfigureWorkforce(ModelBuilder b);

    /// <summary>Government-purchased social-work service projects (contract, budget, indicators, evaluations) and out-of-province assistance projects.</summary>
    partial void ConfigureProjects(ModelBuilder b);

    /// <summary>Volunteer teams, volunteers, service records and hours.</summary>
    partial void ConfigureVolunteers(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigureWorkforce(b);
        ConfigureProjects(b);
        ConfigureVolunteers(b);
    }
}

internal sealed class SocialWorkDbSqlite(DbContextOptions<SocialWorkDbSqlite> options, DbScope scope) : SocialWorkDb(options, scope);

internal sealed class SocialWorkDbPostgres(DbContextOptions<SocialWorkDbPostgres> options, DbScope scope) : SocialWorkDb(options, scope);

internal sealed class SocialWorkDbSqliteFactory : IDesignTimeDbContextFactory<SocialWorkDbSqlite>
{
    public SocialWorkDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<SocialWorkDbSqlite>(DatabaseProvider.Sqlite, SocialWorkDb.SchemaName), DbScope.DesignTime());
}

internal sealed class SocialWorkDbPostgresFactory : IDesignTimeDbContextFactory<SocialWorkDbPostgres>
{
    public SocialWorkDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<SocialWorkDbPostgres>(DatabaseProvider.PostgreSQL, SocialWorkDb.SchemaName), DbScope.DesignTime());
}
