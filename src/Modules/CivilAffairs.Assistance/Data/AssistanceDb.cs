using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.Assistance.Data;

/// <summary>
/// Social assistance data, schema "assistance". Each feature area configures its own tables in
/// a partial file next to its code (Features/*/AssistanceDb.*.cs), so areas evolve separately.
/// </summary>
internal abstract partial class AssistanceDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "assistance";

    protected override string Schema => SchemaName;

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<EnrolmentMember> EnrolmentMembers => Set<EnrolmentMember>();

    public DbSet<EnrolmentEvent> EnrolmentEvents => Set<EnrolmentEvent>();

    partial void ConfigureApplicationsExtra(ModelBuilder b);

    partial void ConfigurePayments(ModelBuilder b);

    partial void ConfigureCrossCheck(ModelBuilder b);

    partial void ConfigureCases(ModelBuilder b);

    partial void ConfigureTemporary(ModelBuilder b);

    protected override void ConfigureModel(ModelBuilder b)
    {
        ConfigureApplications(b);
        ConfigureEnrolments(b);
        ConfigureApplicationsExtra(b);
        ConfigurePayments(b);
        ConfigureCrossCheck(b);
        ConfigureCases(b);
        ConfigureTemporary(b);
    }

    private void ConfigureEnrolments(ModelBuilder b)
    {
        b.Entity<Enrolment>(e =>
        {
            e.ToTable("enrolments");
            e.Property(x => x.Programme).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.HeadIdNumber).HasMaxLength(32);
            e.Property(x => x.HeadName).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.StatusReason).HasMaxLength(1000);
            e.Property(x => x.ReviewCategory).HasMaxLength(32);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
            e.Property(x => x.FinancialAssets).HasPrecision(14, 2);
            e.Property(x => x.MonthlyBenefit).HasPrecision(12, 2);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.HeadIdNumber);
            e.HasIndex(x => x.ApplicationId).IsUnique();
            e.HasIndex(x => x.NextReviewOn);
            e.HasMany(x => x.Members).WithOne().HasForeignKey(m => m.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<EnrolmentMember>(e =>
        {
            e.ToTable("enrolment_members");
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Relation).HasMaxLength(4);
            e.Property(x => x.MonthlyIncome).HasPrecision(12, 2);
            e.Property(x => x.IncomeItemsJson).HasMaxLength(2000);
            e.Property(x => x.LeftReason).HasMaxLength(200);
            e.HasIndex(x => x.EnrolmentId);
            e.HasIndex(x => x.IdNumber);
        });
        b.Entity<EnrolmentEvent>(e =>
        {
            e.ToTable("enrolment_events");
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.EnrolmentId);
        });
    }

    private void ConfigureApplications(ModelBuilder b)
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
