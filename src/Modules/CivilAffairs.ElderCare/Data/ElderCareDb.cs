using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.ElderCare.Data;

/// <summary>
/// Elderly-care data, schema "eldercare". The core (institutions, elder profiles) is configured in
/// ElderCareDb.Core.cs; each feature area configures its own tables in a partial file next to its
/// code (Features/*/ElderCareDb.*.cs).
/// </summary>
/// <remarks>
/// Two filters apply. Jurisdiction: rows whose division code starts with the user's jurisdiction.
/// Institution: a provider's staff account (one with an institution code, <see cref="OrgScope"/>)
/// sees only rows of its own institution, and no elder profile at all.
/// </remarks>
internal abstract partial class ElderCareDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "eldercare";

    protected override string Schema => SchemaName;

    /// <summary>
    /// The provider account's institution code; null for bureau staff (and the system). A 机构人员
    /// account without an institution (e.g. the child-welfare centre) gets a code no row has, so it sees nothing.
    /// </summary>
    protected string? OrgScope => Scope.User.Organization
        ?? (Scope.User.Has(Permissions.ElderCareProvide) && !Scope.User.Has(Permissions.ElderCareRead) ? "#none" : null);

    /// <summary>Elder profiles and living situation, care-needs assessments, 银龄安康 insurance roster and claims.</summary>
    partial void ConfigureElders(ModelBuilder b);

    /// <summary>Beds by type, occupancy, admissions and discharges, private-bed subsidies, signed clinics, bed targets.</summary>
    partial void ConfigureInstitutions(ModelBuilder b);

    /// <summary>Home-care subsidies, service orders, provider bills and monthly settlements.</summary>
    partial void ConfigureHomeCare(ModelBuilder b);

    /// <summary>Meal-aid enrolments, meal records, monthly settlements with providers.</summary>
    partial void ConfigureMeals(ModelBuilder b);

    /// <summary>Home adaptation cases; care workers, training courses and completions.</summary>
    partial void ConfigureAdaptation(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureCore(b);
        ConfigureElders(b);
        ConfigureInstitutions(b);
        ConfigureHomeCare(b);
        ConfigureMeals(b);
        ConfigureAdaptation(b);
    }
}

internal sealed class ElderCareDbSqlite(DbContextOptions<ElderCareDbSqlite> options, DbScope scope) : ElderCareDb(options, scope);

internal sealed class ElderCareDbPostgres(DbContextOptions<ElderCareDbPostgres> options, DbScope scope) : ElderCareDb(options, scope);

internal sealed class ElderCareDbSqliteFactory : IDesignTimeDbContextFactory<ElderCareDbSqlite>
{
    public ElderCareDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<ElderCareDbSqlite>(DatabaseProvider.Sqlite, ElderCareDb.SchemaName), DbScope.DesignTime());
}

internal sealed class ElderCareDbPostgresFactory : IDesignTimeDbContextFactory<ElderCareDbPostgres>
{
    public ElderCareDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<ElderCareDbPostgres>(DatabaseProvider.PostgreSQL, ElderCareDb.SchemaName), DbScope.DesignTime());
}
