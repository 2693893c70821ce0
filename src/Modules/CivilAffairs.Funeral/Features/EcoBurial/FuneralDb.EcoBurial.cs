using CivilAffairs.Funeral.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Data;

/// <summary>Eco-burial applications, sea-burial voyages, reward payment batches, cemeteries and columbaria.</summary>
internal abstract partial class FuneralDb
{
    public DbSet<EcoBurialApplication> EcoBurials => Set<EcoBurialApplication>();

    public DbSet<EcoBurialCompanion> EcoBurialCompanions => Set<EcoBurialCompanion>();

    public DbSet<SeaBurialEvent> SeaBurialEvents => Set<SeaBurialEvent>();

    public DbSet<EcoRewardBatch> EcoRewardBatches => Set<EcoRewardBatch>();

    public DbSet<Cemetery> Cemeteries => Set<Cemetery>();

    partial void ConfigureEcoBurial(ModelBuilder b)
    {
        b.Entity<EcoBurialApplication>(e =>
        {
            e.ToTable("eco_burials");
            e.Property(x => x.Number).HasMaxLength(24);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.BurialType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DeceasedIdNumber).HasMaxLength(32);
            e.Property(x => x.DeceasedName).HasMaxLength(64);
            e.Property(x => x.HukouDivisionCode).HasMaxLength(12);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.ApplicantIdNumber).HasMaxLength(32);
            e.Property(x => x.ApplicantName).HasMaxLength(64);
            e.Property(x => x.ApplicantPhone).HasMaxLength(32);
            e.Property(x => x.Relationship).HasMaxLength(16);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
            e.Property(x => x.CemeteryName).HasMaxLength(100);
            e.Property(x => x.ExtraSeatFee).HasPrecision(12, 2);
            e.Property(x => x.SeatBasis).HasMaxLength(600);
            e.Property(x => x.AcceptedBy).HasMaxLength(256);
            e.Property(x => x.RewardAmount).HasPrecision(12, 2);
            e.Property(x => x.RewardReason).HasMaxLength(200);
            e.Property(x => x.RewardBasis).HasMaxLength(600);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.RejectReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            // one live application per deceased, also when two offices submit at the same moment (a refused one may be followed by another)
            e.HasIndex(x => x.DeceasedIdNumber).IsUnique().HasFilter("status <> 'Rejected'");
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasIndex(x => x.SeaBurialEventId);
            e.HasIndex(x => x.PaymentBatchId);
            e.HasMany(x => x.Companions).WithOne().HasForeignKey(c => c.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<EcoBurialCompanion>(e =>
        {
            e.ToTable("eco_burial_companions");
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.IdNumber).HasMaxLength(32);
        });
        b.Entity<SeaBurialEvent>(e =>
        {
            e.ToTable("sea_burial_events", t =>
            {
                t.HasCheckConstraint("ck_sea_burial_events_ashes", "ashes_taken >= 0 AND ashes_taken <= ashes_capacity");
                t.HasCheckConstraint("ck_sea_burial_events_seats", "seats_taken >= 0 AND seats_taken <= passenger_seats");
            });
            e.Property(x => x.Vessel).HasMaxLength(64);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(200);
            e.HasIndex(x => x.Date);
            e.HasIndex(x => x.Sequence).IsUnique();
        });
        b.Entity<EcoRewardBatch>(e =>
        {
            e.ToTable("eco_reward_batches");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Total).HasPrecision(12, 2);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.PaidBy).HasMaxLength(256);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Cemetery>(e =>
        {
            e.ToTable("cemeteries", t =>
            {
                t.HasCheckConstraint("ck_cemeteries_used", "used >= 0 AND used <= capacity");
                t.HasCheckConstraint("ck_cemeteries_eco_used", "eco_area_used >= 0 AND eco_area_used <= eco_area_capacity");
            });
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Operator).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(300);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Name).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
