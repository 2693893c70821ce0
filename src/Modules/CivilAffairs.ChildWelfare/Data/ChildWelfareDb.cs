using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivilAffairs.ChildWelfare.Data;

/// <summary>
/// ChildWelfare data, schema "childwelfare". Children, placements and Tomorrow Plan cases carry the
/// division of the child's street (or the institution's district) and are filtered by the user's
/// jurisdiction, and so are institutions (by their district). The allowance tables are
/// configured next to their code (Features/Allowances/ChildWelfareDb.Allowances.cs).
/// </summary>
internal abstract partial class ChildWelfareDb(DbContextOptions options, DbScope scope) : ModuleDbContext(options, scope)
{
    public const string SchemaName = "childwelfare";

    protected override string Schema => SchemaName;

    public DbSet<Institution> Institutions => Set<Institution>();

    public DbSet<Child> Children => Set<Child>();

    public DbSet<Guardian> Guardians => Set<Guardian>();

    public DbSet<Placement> Placements => Set<Placement>();

    public DbSet<FollowUpVisit> Visits => Set<FollowUpVisit>();

    public DbSet<TomorrowCase> TomorrowCases => Set<TomorrowCase>();

    protected override void ConfigureModel(ModelBuilder b)
    {
        b.Entity<Institution>(e =>
        {
            e.ToTable("institutions");
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
            e.Property(x => x.AccountName).HasMaxLength(64);
            e.HasIndex(x => x.Code).IsUnique();
            // an institution's staff and the city see it; a street never registers institutional care
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Child>(e =>
        {
            e.ToTable("children");
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Hukou).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LeaveReason).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.LeaveNote).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.RegisteredBy).HasMaxLength(256);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasMany(x => x.Guardians).WithOne().HasForeignKey(g => g.ChildId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Institution>().WithMany().HasForeignKey(x => x.InstitutionId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Guardian>(e =>
        {
            e.ToTable("guardians");
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Relation).HasMaxLength(32);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
        });
        b.Entity<Placement>(e =>
        {
            e.ToTable("placements");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            foreach (var p in new[] { nameof(Placement.Education), nameof(Placement.Employment), nameof(Placement.Housing), nameof(Placement.AssistanceReferral), nameof(Placement.ClosingNote) })
            {
                e.Property(p).HasMaxLength(500);
            }
            e.Property(x => x.ResponsiblePerson).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.ChildId);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Visits).WithOne().HasForeignKey(v => v.PlacementId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<FollowUpVisit>(e =>
        {
            e.ToTable("placement_visits");
            e.Property(x => x.Notes).HasMaxLength(1000);
            e.Property(x => x.VisitedBy).HasMaxLength(256);
        });
        b.Entity<TomorrowCase>(e =>
        {
            e.ToTable("tomorrow_cases");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Diagnosis).HasMaxLength(200);
            e.Property(x => x.Assessor).HasMaxLength(64);
            e.Property(x => x.AssessmentConclusion).HasMaxLength(500);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.Hospital).HasMaxLength(100);
            e.Property(x => x.RehabPlan).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            foreach (var p in new[] { nameof(TomorrowCase.TotalCost), nameof(TomorrowCase.LotteryFund), nameof(TomorrowCase.MedicalInsurance), nameof(TomorrowCase.OtherFunding) })
            {
                e.Property(p).HasPrecision(12, 2);
            }
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.ChildId);
            e.HasIndex(x => x.AppliedOn);
            e.HasOne<Child>().WithMany().HasForeignKey(x => x.ChildId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        ConfigureAllowances(b);
    }

    partial void ConfigureAllowances(ModelBuilder b);
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
