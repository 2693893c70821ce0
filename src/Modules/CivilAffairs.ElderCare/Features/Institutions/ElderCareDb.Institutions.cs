using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>Beds, admissions, status changes, clinic contracts and private-institution subsidies: all provider-owned rows.</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<BedChange> BedChanges => Set<BedChange>();

    public DbSet<Admission> Admissions => Set<Admission>();

    public DbSet<InstitutionStatusChange> InstitutionStatusChanges => Set<InstitutionStatusChange>();

    public DbSet<ClinicContract> ClinicContracts => Set<ClinicContract>();

    public DbSet<InstitutionSubsidy> InstitutionSubsidies => Set<InstitutionSubsidy>();

    public DbSet<InstitutionSubsidyCounter> InstitutionSubsidyCounters => Set<InstitutionSubsidyCounter>();

    partial void ConfigureInstitutions(ModelBuilder b)
    {
        b.Entity<BedChange>(e =>
        {
            e.ToTable("bed_changes");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.BedType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.InstitutionCode, x.ChangedOn });
            e.HasIndex(x => x.SubsidyApplicationId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<Admission>(e =>
        {
            e.ToTable("admissions");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.BedType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CareLevel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.FeePayer).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.DischargeReason).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DischargeNote).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            // one open stay per person anywhere: the database refuses a second one, also under concurrency
            e.HasIndex(x => x.IdNumber).IsUnique().HasFilter("discharged_on IS NULL").HasDatabaseName("ux_admissions_open_person");
            e.HasIndex(x => new { x.InstitutionCode, x.DischargedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<InstitutionStatusChange>(e =>
        {
            e.ToTable("institution_status_changes");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.From).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.To).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Reason).HasMaxLength(200);
            e.Property(x => x.By).HasMaxLength(256);
            e.HasIndex(x => x.InstitutionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<ClinicContract>(e =>
        {
            e.ToTable("clinic_contracts");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ClinicName).HasMaxLength(100);
            e.Property(x => x.Services).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.InstitutionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<InstitutionSubsidy>(e =>
        {
            e.ToTable("institution_subsidies");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Calculation).HasMaxLength(1000);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.AppliedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionNote).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            // a month is paid once: a refused application frees it for a corrected one
            e.HasIndex(x => new { x.InstitutionCode, x.Month }).IsUnique().HasFilter("month IS NOT NULL AND status <> 'Refused'")
                .HasDatabaseName("ux_institution_subsidies_month");
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<InstitutionSubsidyCounter>(e =>
        {
            e.ToTable("institution_subsidy_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
