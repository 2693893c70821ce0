using CivilAffairs.Disaster.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Data;

internal abstract partial class DisasterDb
{
    public DbSet<ReconstructionSubsidy> Subsidies => Set<ReconstructionSubsidy>();

    public DbSet<SubsidyObjection> Objections => Set<SubsidyObjection>();

    public DbSet<WinterReliefList> WinterLists => Set<WinterReliefList>();

    public DbSet<WinterReliefEntry> WinterEntries => Set<WinterReliefEntry>();

    partial void ConfigureRelief(ModelBuilder b)
    {
        b.Entity<ReconstructionSubsidy>(e =>
        {
            e.ToTable("reconstruction_subsidies");
            e.Property(x => x.Number).HasMaxLength(24);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Damage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RefusedAt).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReviewNote).HasMaxLength(500);
            e.Property(x => x.StreetNote).HasMaxLength(500);
            e.Property(x => x.RefusalReason).HasMaxLength(500);
            e.Property(x => x.AmountBasis).HasMaxLength(600);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.StreetBy).HasMaxLength(256);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            // one live subsidy per household
            e.HasIndex(x => x.HouseholdId).IsUnique().HasFilter("status <> 'Refused'");
            e.HasMany(x => x.Objections).WithOne().HasForeignKey(o => o.SubsidyId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SubsidyObjection>(e =>
        {
            e.ToTable("subsidy_objections");
            e.Property(x => x.Text).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
        });
        b.Entity<WinterReliefList>(e =>
        {
            e.ToTable("winter_lists");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Season).HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.ApprovedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.DivisionCode, x.Season }).IsUnique();
            e.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.ListId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<WinterReliefEntry>(e =>
        {
            e.ToTable("winter_entries");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.HeadName).HasMaxLength(64);
            e.Property(x => x.HeadIdNumber).HasMaxLength(32);
            e.Property(x => x.Need).HasMaxLength(32);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.AmountBasis).HasMaxLength(600);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
