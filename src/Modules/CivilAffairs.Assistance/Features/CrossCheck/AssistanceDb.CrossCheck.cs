using CivilAffairs.Assistance.Features.CrossCheck;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Data;

/// <summary>家庭经济状况核对: imported external datasets, matching runs, reports.</summary>
internal abstract partial class AssistanceDb
{
    public DbSet<ExternalBatch> ExternalBatches => Set<ExternalBatch>();

    public DbSet<ExternalRecord> ExternalRecords => Set<ExternalRecord>();

    public DbSet<CrossCheckRun> CrossCheckRuns => Set<CrossCheckRun>();

    public DbSet<CrossCheckReport> CrossCheckReports => Set<CrossCheckReport>();

    public DbSet<CrossCheckItem> CrossCheckItems => Set<CrossCheckItem>();

    partial void ConfigureCrossCheck(ModelBuilder b)
    {
        b.Entity<ExternalBatch>(e =>
        {
            e.ToTable("crosscheck_batches");
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.ImportedBy).HasMaxLength(256);
            e.HasIndex(x => x.Sha256).IsUnique();
            e.HasIndex(x => new { x.Source, x.AsOf });
        });
        b.Entity<ExternalRecord>(e =>
        {
            e.ToTable("crosscheck_records");
            e.Property(x => x.IdNumber).HasMaxLength(18);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Reference).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(200);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            if (!IsSqlite)
            {
                // byte-wise comparison: ID numbers are ASCII, and the 10-million-row index builds and joins faster
                e.Property(x => x.IdNumber).UseCollation("C");
            }
            e.HasIndex(x => x.IdNumber);
        });
        b.Entity<CrossCheckRun>(e =>
        {
            e.ToTable("crosscheck_runs");
            e.Property(x => x.Jurisdiction).HasMaxLength(12);
            e.Property(x => x.Sources).HasMaxLength(1000);
            e.Property(x => x.RunBy).HasMaxLength(256);
            e.HasIndex(x => x.RunAtUtc);
        });
        b.Entity<CrossCheckReport>(e =>
        {
            e.ToTable("crosscheck_reports");
            e.Property(x => x.HouseholdKind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Programme).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.HeadIdNumber).HasMaxLength(32);
            e.Property(x => x.HeadName).HasMaxLength(64);
            e.Property(x => x.FinancialAssets).HasPrecision(16, 2);
            e.Property(x => x.VerifiedIncome).HasPrecision(14, 2);
            e.Property(x => x.Reasons).HasMaxLength(2000);
            e.HasIndex(x => new { x.HouseholdId, x.ReportDate });
            e.HasIndex(x => x.DivisionCode);
            e.HasIndex(x => x.RunId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CrossCheckItem>(e =>
        {
            e.ToTable("crosscheck_items");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.MemberIdNumber).HasMaxLength(32);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Description).HasMaxLength(300);
            e.Property(x => x.Value).HasPrecision(16, 2);
            e.Property(x => x.Unit).HasMaxLength(8);
            e.Property(x => x.Rule).HasMaxLength(500);
            e.HasIndex(x => x.ReportId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
