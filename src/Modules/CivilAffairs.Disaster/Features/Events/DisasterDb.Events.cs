using CivilAffairs.Disaster.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Data;

internal abstract partial class DisasterDb
{
    public DbSet<DisasterEvent> Events => Set<DisasterEvent>();

    public DbSet<ResponseActivation> Responses => Set<ResponseActivation>();

    public DbSet<Shelter> Shelters => Set<Shelter>();

    public DbSet<ShelterOpening> ShelterOpenings => Set<ShelterOpening>();

    public DbSet<ShelterOccupant> ShelterOccupants => Set<ShelterOccupant>();

    public DbSet<AffectedHousehold> Households => Set<AffectedHousehold>();

    partial void ConfigureEvents(ModelBuilder b)
    {
        b.Entity<DisasterEvent>(e =>
        {
            e.ToTable("events");
            e.Property(x => x.Number).HasMaxLength(16);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AffectedDivisions).HasMaxLength(400);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasMany(x => x.Responses).WithOne().HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ResponseActivation>(e =>
        {
            e.ToTable("responses");
            e.Property(x => x.Trigger).HasMaxLength(500);
            e.Property(x => x.ActivatedBy).HasMaxLength(256);
            e.Property(x => x.EndedBy).HasMaxLength(256);
        });
        b.Entity<Shelter>(e =>
        {
            e.ToTable("shelters");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.HasIndex(x => x.Name).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ShelterOpening>(e =>
        {
            e.ToTable("shelter_openings", t => t.HasCheckConstraint("ck_shelter_openings_occupants", "occupants >= 0 AND occupants <= capacity"));
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.OpenedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.EventId, x.ShelterId }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ShelterOccupant>(e =>
        {
            e.ToTable("shelter_occupants");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(200);
            e.HasIndex(x => x.OpeningId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AffectedHousehold>(e =>
        {
            e.ToTable("households");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.HeadName).HasMaxLength(64);
            e.Property(x => x.HeadIdNumber).HasMaxLength(32);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Damage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CropAreaMu).HasPrecision(12, 2);
            e.Property(x => x.PropertyLoss).HasPrecision(12, 2);
            e.Property(x => x.CashReferralRef).HasMaxLength(64);
            e.Property(x => x.CashRequested).HasPrecision(12, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.EventId, x.HeadIdNumber }).IsUnique();
            e.HasIndex(x => new { x.EventId, x.DivisionCode });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
