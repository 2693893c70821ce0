using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>Care-needs assessments and the 银龄安康 roster and claims: bureau rows, never a provider's.</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<ElderAssessment> Assessments => Set<ElderAssessment>();

    public DbSet<InsuranceEnrolment> InsuranceRoster => Set<InsuranceEnrolment>();

    public DbSet<InsuranceClaim> InsuranceClaims => Set<InsuranceClaim>();

    public DbSet<InsuranceClaimCounter> InsuranceClaimCounters => Set<InsuranceClaimCounter>();

    partial void ConfigureElders(ModelBuilder b)
    {
        b.Entity<ElderAssessment>(e =>
        {
            e.ToTable("assessments");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Assessor).HasMaxLength(50);
            e.Property(x => x.Organisation).HasMaxLength(100);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.PersonId, x.AssessedOn });
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<InsuranceEnrolment>(e =>
        {
            e.ToTable("insurance_roster");
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.EndReason).HasMaxLength(200);
            e.Property(x => x.EnrolledBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            // one line per person: the enrolment job relies on it to stay idempotent under a race
            e.HasIndex(x => x.PersonId).IsUnique();
            e.HasIndex(x => x.IdNumber);
            e.HasIndex(x => new { x.DivisionCode, x.CoveredUntil });
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<InsuranceClaim>(e =>
        {
            e.ToTable("insurance_claims");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Place).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.Item).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Claimed).HasPrecision(12, 2);
            e.Property(x => x.CoverLimit).HasPrecision(12, 2);
            e.Property(x => x.PaidAmount).HasPrecision(12, 2);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.RefusalReason).HasMaxLength(500);
            e.Property(x => x.ReportedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.PersonId);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<InsuranceClaimCounter>(e =>
        {
            e.ToTable("insurance_claim_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
