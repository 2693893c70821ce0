using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>长者助餐 tables: enrolments (with history and the card counter), meal records, uploads and monthly settlements.</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<MealEnrolment> MealEnrolments => Set<MealEnrolment>();

    public DbSet<MealEnrolmentChange> MealEnrolmentChanges => Set<MealEnrolmentChange>();

    public DbSet<MealCardCounter> MealCardCounters => Set<MealCardCounter>();

    public DbSet<MealRecord> MealRecords => Set<MealRecord>();

    public DbSet<MealUpload> MealUploads => Set<MealUpload>();

    public DbSet<MealSettlement> MealSettlements => Set<MealSettlement>();

    partial void ConfigureMeals(ModelBuilder b)
    {
        b.Entity<MealEnrolment>(e =>
        {
            e.ToTable("meal_enrolments");
            e.Property(x => x.CardNumber).HasMaxLength(16);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.HukouDistrictCode).HasMaxLength(6);
            e.Property(x => x.Group).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.GroupReason).HasMaxLength(100);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.StopReason).HasMaxLength(200);
            e.Property(x => x.EnrolledBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CardNumber).IsUnique();
            e.HasIndex(x => x.PersonId).IsUnique();
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Group });
            // decided by the community / street: providers never list enrolments (they scan cards)
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MealEnrolmentChange>(e =>
        {
            e.ToTable("meal_enrolment_changes");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Change).HasMaxLength(16);
            e.Property(x => x.FromGroup).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ToGroup).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.ChangedBy).HasMaxLength(256);
            e.HasIndex(x => x.EnrolmentId);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MealCardCounter>(e =>
        {
            e.ToTable("meal_card_counters");
            e.HasKey(x => x.DistrictCode);
            e.Property(x => x.DistrictCode).HasMaxLength(6);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<MealRecord>(e =>
        {
            e.ToTable("meal_records");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.PersonKey).HasMaxLength(18);
            e.Property(x => x.Meal).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Group).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Subsidy).HasPrecision(12, 2);
            e.Property(x => x.RuleKey).HasMaxLength(80);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            // the natural key: re-uploading a file adds nothing
            e.HasIndex(x => new { x.InstitutionCode, x.MealDate, x.Meal, x.PersonKey }).IsUnique();
            e.HasIndex(x => new { x.MealDate, x.EnrolmentId });
            e.HasIndex(x => new { x.DivisionCode, x.MealDate });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<MealUpload>(e =>
        {
            e.ToTable("meal_uploads");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.InstitutionCode, x.UploadedAtUtc });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<MealSettlement>(e =>
        {
            e.ToTable("meal_settlements");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PrioritySubsidy).HasPrecision(12, 2);
            e.Property(x => x.Age70Subsidy).HasPrecision(12, 2);
            e.Property(x => x.SubsidyTotal).HasPrecision(12, 2);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.InstitutionCode, x.Month }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
    }
}
