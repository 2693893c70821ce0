using CivilAffairs.Facilities.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Data;

/// <summary>Risk lists, inspections and hidden dangers; each row carries its institution's division.</summary>
internal abstract partial class FacilitiesDb
{
    public DbSet<SafetyRisk> SafetyRisks => Set<SafetyRisk>();

    public DbSet<SafetyInspection> SafetyInspections => Set<SafetyInspection>();

    public DbSet<SafetyHazard> SafetyHazards => Set<SafetyHazard>();

    partial void ConfigureSafety(ModelBuilder b)
    {
        b.Entity<SafetyRisk>(e =>
        {
            e.ToTable("safety_risks");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Hazard).HasMaxLength(200);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ParametersUsed).HasMaxLength(200);
            e.Property(x => x.Controls).HasMaxLength(500);
            e.Property(x => x.ResponsiblePerson).HasMaxLength(50);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.FacilityId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SafetyInspection>(e =>
        {
            e.ToTable("safety_inspections");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Inspectors).HasMaxLength(200);
            e.Property(x => x.Findings).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.FacilityId, x.InspectedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SafetyHazard>(e =>
        {
            e.ToTable("safety_hazards");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.ParametersUsed).HasMaxLength(100);
            e.Property(x => x.Rectification).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.VerifiedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.FacilityId, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
