using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>Home adaptation cases, and the care workforce with its training courses.</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<AdaptationCase> AdaptationCases => Set<AdaptationCase>();

    public DbSet<AdaptationMeasure> AdaptationMeasures => Set<AdaptationMeasure>();

    public DbSet<AdaptationPhoto> AdaptationPhotos => Set<AdaptationPhoto>();

    public DbSet<AdaptationCounter> AdaptationCounters => Set<AdaptationCounter>();

    public DbSet<CareWorker> CareWorkers => Set<CareWorker>();

    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();

    public DbSet<TrainingEnrolment> TrainingEnrolments => Set<TrainingEnrolment>();

    partial void ConfigureAdaptation(ModelBuilder b)
    {
        b.Entity<AdaptationCase>(e =>
        {
            e.ToTable("adaptation_cases");
            e.Property(x => x.CaseNumber).HasMaxLength(24);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Priority).HasMaxLength(64);
            e.Property(x => x.AppliedBy).HasMaxLength(256);
            e.Property(x => x.Needs).HasMaxLength(500);
            e.Property(x => x.Assessor).HasMaxLength(64);
            e.Property(x => x.Findings).HasMaxLength(1000);
            e.Property(x => x.CostTotal).HasPrecision(12, 2);
            e.Property(x => x.Subsidy).HasPrecision(12, 2);
            e.Property(x => x.SelfPaid).HasPrecision(12, 2);
            e.Property(x => x.CapApplied).HasPrecision(12, 2);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.RefusalReason).HasMaxLength(500);
            e.Property(x => x.ContractorName).HasMaxLength(100);
            e.Property(x => x.ContractorCreditCode).HasMaxLength(18);
            e.Property(x => x.Checker).HasMaxLength(64);
            e.Property(x => x.CheckNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CaseNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasIndex(x => x.IdNumber);
            e.HasMany(x => x.Measures).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
            // decided by the street, not a provider's record: providers never see it
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AdaptationMeasure>(e =>
        {
            e.ToTable("adaptation_measures");
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Unit).HasMaxLength(16);
            e.Property(x => x.UnitCost).HasPrecision(12, 2);
            e.Ignore(x => x.Amount);
        });
        b.Entity<AdaptationPhoto>(e =>
        {
            e.ToTable("adaptation_photos");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ContentType).HasMaxLength(32);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.CaseId);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AdaptationCounter>(e =>
        {
            e.ToTable("adaptation_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<CareWorker>(e =>
        {
            e.ToTable("care_workers");
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Qualification).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.CertificateNumber).HasMaxLength(32);
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.InstitutionCode, x.IdNumber }).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<TrainingCourse>(e =>
        {
            // the city's course catalogue is public: no filter
            e.ToTable("training_courses");
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Organiser).HasMaxLength(100);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.StartsOn);
        });
        b.Entity<TrainingEnrolment>(e =>
        {
            e.ToTable("training_enrolments");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CertificateNumber).HasMaxLength(32);
            e.HasIndex(x => new { x.CourseId, x.WorkerId }).IsUnique();
            e.HasIndex(x => x.WorkerId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
    }
}
