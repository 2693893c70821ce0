using CivilAffairs.Assistance.Features.Temporary;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Data;

/// <summary>临时救助 cases, their steps and what was paid.</summary>
internal abstract partial class AssistanceDb
{
    public DbSet<TemporaryCase> TemporaryCases => Set<TemporaryCase>();

    public DbSet<TemporaryStep> TemporarySteps => Set<TemporaryStep>();

    public DbSet<TemporaryPayment> TemporaryPayments => Set<TemporaryPayment>();

    partial void ConfigureTemporary(ModelBuilder b)
    {
        b.Entity<TemporaryCase>(e =>
        {
            e.ToTable("temporary_cases");
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ApplicantName).HasMaxLength(64);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.PersonDescription).HasMaxLength(500);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.RequestedAmount).HasPrecision(12, 2);
            e.Property(x => x.ApprovedAmount).HasPrecision(12, 2);
            e.Property(x => x.Standard).HasPrecision(12, 2);
            e.Property(x => x.Cap).HasPrecision(12, 2);
            e.Property(x => x.StreetLimit).HasPrecision(12, 2);
            e.Property(x => x.Source).HasMaxLength(16);
            e.Property(x => x.RescueCaseRef).HasMaxLength(64);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Payments).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasIndex(x => x.PapersDueOn);
            e.HasIndex(x => x.RescueCaseRef).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<TemporaryStep>(e =>
        {
            e.ToTable("temporary_steps");
            e.Property(x => x.Action).HasMaxLength(64);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.Role).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasIndex(x => x.CaseId);
        });
        b.Entity<TemporaryPayment>(e =>
        {
            e.ToTable("temporary_payments");
            e.Property(x => x.Amount).HasPrecision(12, 2);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.CaseId);
        });
    }
}
