using CivilAffairs.Funeral.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Data;

/// <summary>Funeral homes, death cases and their services, the free-service catalogue, the PersonDied outbox, monthly claims.</summary>
internal abstract partial class FuneralDb
{
    public DbSet<FuneralHome> Homes => Set<FuneralHome>();

    public DbSet<FreeServiceItem> FreeItems => Set<FreeServiceItem>();

    public DbSet<DeathCase> Cases => Set<DeathCase>();

    public DbSet<DeliveredService> Services => Set<DeliveredService>();

    public DbSet<DeathNotice> DeathNotices => Set<DeathNotice>();

    public DbSet<WaiverClaim> Claims => Set<WaiverClaim>();

    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();

    partial void ConfigureDeaths(ModelBuilder b)
    {
        b.Entity<FuneralHome>(e =>
        {
            e.ToTable("homes");
            e.Property(x => x.Code).HasMaxLength(8);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<FreeServiceItem>(e =>
        {
            e.ToTable("free_service_items");
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Unit).HasMaxLength(32);
            e.Property(x => x.Standard).HasPrecision(12, 2);
            e.Property(x => x.LegalBasis).HasMaxLength(300);
            e.HasIndex(x => new { x.Code, x.ValidFrom }).IsUnique();
        });
        b.Entity<DeathCase>(e =>
        {
            e.ToTable("death_cases");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.HukouDivisionCode).HasMaxLength(12);
            e.Property(x => x.Place).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.PlaceText).HasMaxLength(200);
            e.Property(x => x.DeathCertificateNumber).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CremationCertificateNumber).HasMaxLength(32);
            e.Property(x => x.InvoiceNumbers).HasMaxLength(200);
            e.Property(x => x.ChargedTotal).HasPrecision(12, 2);
            e.Property(x => x.WaiverAmount).HasPrecision(12, 2);
            e.Property(x => x.SelfPay).HasPrecision(12, 2);
            e.Property(x => x.WaiverCap).HasPrecision(12, 2);
            e.Property(x => x.WaiverReason).HasMaxLength(100);
            e.Property(x => x.WaiverBasis).HasMaxLength(300);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.IsShenzhenHukou);
            e.HasIndex(x => x.IdNumber).IsUnique();
            e.HasIndex(x => x.CremationCertificateNumber).IsUnique();
            e.HasIndex(x => new { x.HomeId, x.CrematedOn });
            e.HasIndex(x => new { x.DivisionCode, x.DiedOn });
            e.HasIndex(x => x.ClaimId);
            e.HasMany(x => x.Services).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<DeliveredService>(e =>
        {
            e.ToTable("delivered_services");
            e.Property(x => x.ItemCode).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Quantity).HasPrecision(12, 2);
            e.Property(x => x.UnitPrice).HasPrecision(12, 2);
            e.Property(x => x.Charged).HasPrecision(12, 2);
            e.Property(x => x.Standard).HasPrecision(12, 2);
            e.Property(x => x.Waived).HasPrecision(12, 2);
        });
        b.Entity<DeathNotice>(e =>
        {
            e.ToTable("death_notices");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.LastError).HasMaxLength(500);
            e.Property(x => x.OutcomesJson).HasMaxLength(4000);
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.DispatchedAtUtc);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<WaiverClaim>(e =>
        {
            e.ToTable("waiver_claims");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.HomeId, x.Month });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CertificateCounter>(e =>
        {
            e.ToTable("certificate_counters");
            e.HasKey(x => new { x.HomeId, x.Year });
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
