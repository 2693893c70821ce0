using CivilAffairs.SocialWork.Features.Workforce;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Data;

/// <summary>Social-work organizations, social workers, continuing education and peer counsellors; every row filtered by its division.</summary>
internal abstract partial class SocialWorkDb
{
    public DbSet<SwOrganization> Organizations => Set<SwOrganization>();

    public DbSet<SocialWorker> Workers => Set<SocialWorker>();

    public DbSet<CeRecord> CeRecords => Set<CeRecord>();

    public DbSet<PeerCounsellor> PeerCounsellors => Set<PeerCounsellor>();

    partial void ConfigureWorkforce(ModelBuilder b)
    {
        b.Entity<SwOrganization>(e =>
        {
            e.ToTable("organizations");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Fields).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SocialWorker>(e =>
        {
            e.ToTable("workers");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Qualification).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CertificateNumber).HasMaxLength(40);
            e.Property(x => x.Field).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Field });
            e.HasIndex(x => x.OrganizationId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CeRecord>(e =>
        {
            e.ToTable("ce_records");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Course).HasMaxLength(100);
            e.Property(x => x.Hours).HasPrecision(6, 1);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.WorkerId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<PeerCounsellor>(e =>
        {
            e.ToTable("peer_counsellors");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.WorkerId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
