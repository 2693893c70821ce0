using CivilAffairs.Assistance.Features.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Data;

internal abstract partial class AssistanceDb
{
    public DbSet<PaymentRun> PaymentRuns => Set<PaymentRun>();

    public DbSet<PaymentLine> PaymentLines => Set<PaymentLine>();

    public DbSet<PaymentReconciliation> PaymentReconciliations => Set<PaymentReconciliation>();

    partial void ConfigurePayments(ModelBuilder b)
    {
        b.Entity<PaymentRun>(e =>
        {
            e.ToTable("payment_runs");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            e.Property(x => x.PreparedBy).HasMaxLength(256);
            e.Property(x => x.ReleasedBy).HasMaxLength(256);
            e.Property(x => x.CancelledBy).HasMaxLength(256);
            e.Property(x => x.CancelReason).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            // one live regular run per month and scope: starting it again returns (resumes) that run
            e.HasIndex(x => new { x.Kind, x.Month, x.DivisionCode }).IsUnique()
                .HasFilter("kind = 'Regular' AND status <> 'Cancelled'").HasDatabaseName("ux_payment_runs_regular_scope");
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<PaymentLine>(e =>
        {
            e.ToTable("payment_lines");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Programme).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.PayeeName).HasMaxLength(64);
            e.Property(x => x.PayeeIdNumber).HasMaxLength(32);
            e.Property(x => x.BankName).HasMaxLength(64);
            e.Property(x => x.BankAccount).HasMaxLength(40);
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Ignore(x => x.Reference);
            e.Property(x => x.BankReference).HasMaxLength(64);
            e.Property(x => x.InputsJson).HasMaxLength(4000);
            // nobody is paid twice for a month by regular runs, whichever scopes overlap
            e.HasIndex(x => new { x.EnrolmentId, x.Month, x.Kind }).IsUnique()
                .HasFilter("kind = 'Regular'").HasDatabaseName("ux_payment_lines_regular_month");
            e.HasIndex(x => new { x.RunId, x.DivisionCode });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<PaymentReconciliation>(e =>
        {
            e.ToTable("payment_reconciliations");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FileHash).HasMaxLength(64);
            e.Property(x => x.FileName).HasMaxLength(200);
            e.Property(x => x.ImportedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.RunId, x.FileHash }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
