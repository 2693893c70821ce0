using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Data;

/// <summary>Periodic reviews and support plans of enrolled households.</summary>
internal abstract partial class AssistanceDb
{
    public DbSet<EnrolmentReview> EnrolmentReviews => Set<EnrolmentReview>();

    public DbSet<SupportPlan> SupportPlans => Set<SupportPlan>();

    public DbSet<SupportGoal> SupportGoals => Set<SupportGoal>();

    public DbSet<SupportProgress> SupportProgress => Set<SupportProgress>();

    partial void ConfigureCases(ModelBuilder b)
    {
        b.Entity<EnrolmentReview>(e =>
        {
            e.ToTable("enrolment_reviews");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CategoryBefore).HasMaxLength(32);
            e.Property(x => x.CategoryAfter).HasMaxLength(32);
            e.Property(x => x.BenefitBefore).HasPrecision(12, 2);
            e.Property(x => x.BenefitAfter).HasPrecision(12, 2);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.EnrolmentId);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SupportPlan>(e =>
        {
            e.ToTable("support_plans");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.EndReason).HasMaxLength(500);
            e.Property(x => x.ResponsibleWorker).HasMaxLength(64);
            e.Property(x => x.Measures).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Progress).WithOne().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.EnrolmentId);
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<SupportGoal>(e =>
        {
            e.ToTable("support_goals");
            e.Property(x => x.Area).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Target).HasMaxLength(200);
            e.HasIndex(x => x.PlanId);
        });
        b.Entity<SupportProgress>(e =>
        {
            e.ToTable("support_progress");
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.UserName).HasMaxLength(256);
            e.HasIndex(x => x.PlanId);
        });
    }
}
