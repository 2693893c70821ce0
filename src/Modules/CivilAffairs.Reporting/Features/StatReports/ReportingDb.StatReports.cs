using CivilAffairs.Reporting.Features.StatReports;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Reporting.Data;

/// <summary>Statistical tables: definitions (the city's) and submissions, filtered by the filler's division.</summary>
internal abstract partial class ReportingDb
{
    public DbSet<StatTable> StatTables => Set<StatTable>();

    public DbSet<StatSubmission> StatSubmissions => Set<StatSubmission>();

    partial void ConfigureStatReports(ModelBuilder b)
    {
        b.Entity<StatTable>(e =>
        {
            e.ToTable("stat_tables");
            e.Property(x => x.Code).HasMaxLength(40);
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.FormNumber).HasMaxLength(60);
            e.Property(x => x.Authority).HasMaxLength(100);
            e.Property(x => x.ApprovalNumber).HasMaxLength(100);
            e.Property(x => x.PeriodKind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.UpdatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<StatSubmission>(e =>
        {
            e.ToTable("stat_submissions");
            e.Property(x => x.TableCode).HasMaxLength(40);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.FilledBy).HasMaxLength(256);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.ReturnedBy).HasMaxLength(256);
            e.Property(x => x.ReturnReason).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.TableId, x.Period, x.DivisionCode }).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
