using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Charity.Data;

/// <summary>
/// Charity and welfare-lottery data, schema "charity". Each feature area configures its own tables
/// in a partial file next to its code (Features/*/CharityDb.*.cs).
/// </summary>
/// <remarks>
/// Two filters apply. Jurisdiction: rows whose division code starts with the user's jurisdiction.
/// Organization: a charitable organization's own account (one with a credit code,
/// <see cref="OrgScope"/>) sees only rows of its own organization.
/// </remarks>
internal abstract partial class CharityDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "charity";

    protected override string Schema => SchemaName;

    /// <summary>
    /// The organization account's credit code; null for bureau staff (and the system). An account
    /// that may only act for itself but has no code gets a code no row has, so it sees nothing.
    /// </summary>
    protected string? OrgScope => Scope.User.Organization
        ?? (Scope.User.Has(Permissions.CharitySelf) && !Scope.User.Has(Permissions.CharityRead) ? "#none" : null);

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    /// <summary>Campaigns, donations (money and goods), receipts, charity-fair pledges and deliveries, project spending.</summary>
    partial void ConfigureCampaigns(ModelBuilder b);

    /// <summary>Lottery sales by month and outlet, welfare-fund accrual, budgets, grants, performance evaluations, funded programmes.</summary>
    partial void ConfigureLottery(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        NumberCounters.Configure(b);
        ConfigureCampaigns(b);
        ConfigureLottery(b);
    }
}

internal sealed class CharityDbSqlite(DbContextOptions<CharityDbSqlite> options, DbScope scope) : CharityDb(options, scope);

internal sealed class CharityDbPostgres(DbContextOptions<CharityDbPostgres> options, DbScope scope) : CharityDb(options, scope);

internal sealed class CharityDbSqliteFactory : IDesignTimeDbContextFactory<CharityDbSqlite>
{
    public CharityDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<CharityDbSqlite>(DatabaseProvider.Sqlite, CharityDb.SchemaName), DbScope.DesignTime());
}

internal sealed class CharityDbPostgresFactory : IDesignTimeDbContextFactory<CharityDbPostgres>
{
    public CharityDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<CharityDbPostgres>(DatabaseProvider.PostgreSQL, CharityDb.SchemaName), DbScope.DesignTime());
}
