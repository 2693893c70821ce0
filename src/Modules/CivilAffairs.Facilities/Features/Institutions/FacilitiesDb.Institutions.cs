using CivilAffairs.Facilities.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Data;

/// <summary>The facility registry: one row per institution, filtered by its division.</summary>
internal abstract partial class FacilitiesDb
{
    public DbSet<Facility> Facilities => Set<Facility>();

    partial void ConfigureInstitutions(ModelBuilder b)
    {
        b.Entity<Facility>(e =>
        {
            e.ToTable("facilities");
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Ownership).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.OperatorName).HasMaxLength(100);
            e.Property(x => x.OperatorCreditCode).HasMaxLength(18);
            e.Property(x => x.LicenceNumber).HasMaxLength(50);
            e.Property(x => x.CapacityUnit).HasMaxLength(8);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Latitude).HasPrecision(9, 6);
            e.Property(x => x.Longitude).HasPrecision(9, 6);
            e.Property(x => x.SourceModule).HasMaxLength(20);
            e.Property(x => x.SourceCode).HasMaxLength(40);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Code).IsUnique();
            // the natural key of a synchronized row: a second sync updates it, never adds another
            e.HasIndex(x => new { x.SourceModule, x.SourceCode }).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Type });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
