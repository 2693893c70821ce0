using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Data;

/// <summary>Home-care subsidies (bureau rows), service orders, uploads and bills (provider rows).</summary>
internal abstract partial class ElderCareDb
{
    public DbSet<HomeCareSubsidy> HomeCareSubsidies => Set<HomeCareSubsidy>();

    public DbSet<HomeCareSubsidyEvent> HomeCareSubsidyEvents => Set<HomeCareSubsidyEvent>();

    public DbSet<HomeCareOrder> HomeCareOrders => Set<HomeCareOrder>();

    public DbSet<HomeCareBill> HomeCareBills => Set<HomeCareBill>();

    public DbSet<HomeCareBillLine> HomeCareBillLines => Set<HomeCareBillLine>();

    public DbSet<HomeCareUpload> HomeCareUploads => Set<HomeCareUpload>();

    public DbSet<HomeCareCounter> HomeCareCounters => Set<HomeCareCounter>();

    partial void ConfigureHomeCare(ModelBuilder b)
    {
        b.Entity<HomeCareSubsidy>(e =>
        {
            e.ToTable("homecare_subsidies");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Tier).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.MonthlyAmount).HasPrecision(12, 2);
            e.Property(x => x.Basis).HasMaxLength(1000);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.AppliedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.RefusalReason).HasMaxLength(500);
            e.Property(x => x.StopReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.IdNumber);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.SubsidyId).OnDelete(DeleteBehavior.Cascade);
            // a bureau decision: providers never see it (they ask for the allowance through their own endpoint)
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<HomeCareSubsidyEvent>(e =>
        {
            e.ToTable("homecare_subsidy_events");
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.Property(x => x.By).HasMaxLength(256);
        });
        b.Entity<HomeCareOrder>(e =>
        {
            e.ToTable("homecare_orders");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.ItemCode).HasMaxLength(16);
            e.Property(x => x.WorkerName).HasMaxLength(50);
            e.Property(x => x.UnitPrice).HasPrecision(12, 2);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Source).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            // the natural key: the same visit uploaded twice is one order
            e.HasIndex(x => new { x.InstitutionCode, x.IdNumber, x.ServiceDate, x.StartTime, x.ItemCode }).IsUnique();
            e.HasIndex(x => new { x.InstitutionCode, x.ServiceDate });
            e.HasIndex(x => x.BillId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<HomeCareBill>(e =>
        {
            e.ToTable("homecare_bills");
            e.Property(x => x.Number).HasMaxLength(48);
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Total).HasPrecision(12, 2);
            e.Property(x => x.Subsidised).HasPrecision(12, 2);
            e.Property(x => x.SelfPaid).HasPrecision(12, 2);
            e.Property(x => x.PaidAmount).HasPrecision(12, 2);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.PaidBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            // a month is settled once per provider
            e.HasIndex(x => new { x.InstitutionCode, x.Month }).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<HomeCareBillLine>(e =>
        {
            e.ToTable("homecare_bill_lines");
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Entitlement).HasPrecision(12, 2);
            e.Property(x => x.Subsidised).HasPrecision(12, 2);
            e.Property(x => x.SelfPaid).HasPrecision(12, 2);
            e.Property(x => x.SubsidyNumber).HasMaxLength(20);
        });
        b.Entity<HomeCareUpload>(e =>
        {
            e.ToTable("homecare_uploads");
            e.Property(x => x.InstitutionCode).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.InstitutionCode == OrgScope));
        });
        b.Entity<HomeCareCounter>(e =>
        {
            e.ToTable("homecare_counters");
            e.HasKey(x => x.Year);
            e.Property(x => x.Year).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }
}
