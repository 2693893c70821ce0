using CivilAffairs.ChildWelfare.Features.Allowances;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Data;

internal abstract partial class ChildWelfareDb
{
    public DbSet<AllowanceRun> AllowanceRuns => Set<AllowanceRun>();

    public DbSet<AllowanceLine> AllowanceLines => Set<AllowanceLine>();

    public DbSet<AllowanceReconciliation> AllowanceReconciliations => Set<AllowanceReconciliation>();

    partial void ConfigureAllowances(ModelBuilder b)
    {
        b.Entity<AllowanceRun>(e =>
        {
            e.ToTable("allowance_runs");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.ReleasedBy).HasMaxLength(256);
            e.Property(x => x.CancelledBy).HasMaxLength(256);
            e.Property(x => x.CancelReason).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Month, x.DivisionCode });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AllowanceLine>(e =>
        {
            e.ToTable("allowance_lines");
            e.Ignore(x => x.Reference);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Basis).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ChildName).HasMaxLength(64);
            e.Property(x => x.PayeeName).HasMaxLength(64);
            e.Property(x => x.PayeeIdNumber).HasMaxLength(18);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.BankReference).HasMaxLength(64);
            e.Property(x => x.InputsJson).HasMaxLength(4000);
            e.HasIndex(x => new { x.RunId, x.Status });
            e.HasIndex(x => new { x.ChildId, x.Month });
            e.HasOne<AllowanceRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AllowanceReconciliation>(e =>
        {
            e.ToTable("allowance_reconciliations");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FileHash).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ImportedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.RunId, x.FileHash }).IsUnique();
            e.HasOne<AllowanceRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
