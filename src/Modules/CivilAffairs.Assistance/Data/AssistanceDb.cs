using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Assistance.Data;

/// <summary>Social assistance data, schema "assistance".</summary>
internal abstract class AssistanceDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "assistance";

    protected override string Schema => SchemaName;

    public DbSet<Application> Applications => Set<Application>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Application>(e =>
        {
            e.ToTable("applications");
            e.Property(a => a.Programme).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(a => a.ApplicantIdNumber).HasMaxLength(32);
            e.Property(a => a.ApplicantName).HasMaxLength(64);
            e.Property(a => a.DivisionCode).HasMaxLength(12);
            e.Property(a => a.DecisionReason).HasMaxLength(1000);
            e.Property(a => a.CalculatedBenefit).HasPrecision(12, 2);
            e.Property(a => a.Version).IsConcurrencyToken();
            e.Ignore(a => a.IsOpen);
            e.HasIndex(a => a.DivisionCode);
            e.HasIndex(a => new { a.ApplicantIdNumber, a.Status });
            e.HasIndex(a => a.DueOn);
            e.HasMany(a => a.Steps).WithOne().HasForeignKey(s => s.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(a => a.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ApplicationStep>(e =>
        {
            e.ToTable("application_steps");
            e.Property(s => s.Action).HasMaxLength(32);
            e.Property(s => s.UserName).HasMaxLength(256);
            e.Property(s => s.Role).HasMaxLength(64);
            e.Property(s => s.Note).HasMaxLength(1000);
            e.HasIndex(s => s.ApplicationId);
        });
    }
}

internal sealed class AssistanceDbSqlite(DbContextOptions<AssistanceDbSqlite> options, DbScope scope) : AssistanceDb(options, scope);

internal sealed class AssistanceDbPostgres(DbContextOptions<AssistanceDbPostgres> options, DbScope scope) : AssistanceDb(options, scope);

internal sealed class AssistanceDbSqliteFactory : IDesignTimeDbContextFactory<AssistanceDbSqlite>
{
    public AssistanceDbSqlite CreateDbContext(string[] args) =>
        new(DesignTime.Options<AssistanceDbSqlite>(DatabaseProvider.Sqlite, AssistanceDb.SchemaName), DbScope.DesignTime());
}

internal sealed class AssistanceDbPostgresFactory : IDesignTimeDbContextFactory<AssistanceDbPostgres>
{
    public AssistanceDbPostgres CreateDbContext(string[] args) =>
        new(DesignTime.Options<AssistanceDbPostgres>(DatabaseProvider.PostgreSQL, AssistanceDb.SchemaName), DbScope.DesignTime());
}
