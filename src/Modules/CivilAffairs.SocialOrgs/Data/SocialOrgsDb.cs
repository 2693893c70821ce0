using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>
/// Social-organization data, schema "socialorgs". The core (organizations, their history, credit
/// list entries, number counters) is configured in SocialOrgsDb.Core.cs; each feature area
/// configures its own tables in a partial file next to its code (Features/*/SocialOrgsDb.*.cs).
/// </summary>
/// <remarks>
/// Two filters apply. Jurisdiction: rows whose division code (where the organization is located)
/// starts with the user's jurisdiction. Organization: a social organization's own account (one with
/// a credit code, <see cref="OrgScope"/>) sees only its own rows.
/// </remarks>
internal abstract partial class SocialOrgsDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "socialorgs";

    protected override string Schema => SchemaName;

    /// <summary>
    /// The organization account's credit code; null for bureau staff (and the system). An account
    /// that may only act for itself but has no code gets a code no row has, so it sees nothing.
    /// </summary>
    protected string? OrgScope => Scope.User.Organization
        ?? (Scope.User.Has(Permissions.SocialOrgsSelf) && !Scope.User.Has(Permissions.SocialOrgsRead) ? "#none" : null);

    /// <summary>Registration applications (establishment, change, deregistration), their steps and decisions.</summary>
    partial void ConfigureRegistry(ModelBuilder b);

    /// <summary>Annual reports, inspection grades, rectification, foundation spending checks.</summary>
    partial void ConfigureAnnual(ModelBuilder b);

    /// <summary>Credit-list letters (unreachable), removal requests and proofs.</summary>
    partial void ConfigureCredit(ModelBuilder b);

    /// <summary>Inspections, complaints, enforcement cases; party organizations, self-regulation pilots, party–mass service centres.</summary>
    partial void ConfigureSupervision(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureCore(b);
        ConfigureRegistry(b);
        ConfigureAnnual(b);
        ConfigureCredit(b);
        ConfigureSupervision(b);
    }
}

internal sealed class SocialOrgsDbSqlite(DbContextOptions<SocialOrgsDbSqlite> options, DbScope scope) : SocialOrgsDb(options, scope);

internal sealed class SocialOrgsDbPostgres(DbContextOptions<SocialOrgsDbPostgres> options, DbScope scope) : SocialOrgsDb(options, scope);

internal sealed class SocialOrgsDbSqliteFactory : IDesignTimeDbContextFactory<SocialOrgsDbSqlite>
{
    public SocialOrgsDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<SocialOrgsDbSqlite>(DatabaseProvider.Sqlite, SocialOrgsDb.SchemaName), DbScope.DesignTime());
}

internal sealed class SocialOrgsDbPostgresFactory : IDesignTimeDbContextFactory<SocialOrgsDbPostgres>
{
    public SocialOrgsDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<SocialOrgsDbPostgres>(DatabaseProvider.PostgreSQL, SocialOrgsDb.SchemaName), DbScope.DesignTime());
}
