using CivilAffairs.Governance.Features.Performance;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Data;

/// <summary>Staff assessment and training: a person's rows are visible to the jurisdiction of their account.</summary>
internal abstract partial class GovernanceDb
{
    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<AssessmentPeriod> Periods => Set<AssessmentPeriod>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();

    public DbSet<TrainingProgramme> TrainingProgrammes => Set<TrainingProgramme>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<TrainingAttendance> TrainingAttendance => Set<TrainingAttendance>();

    partial void ConfigurePerformance(ModelBuilder b)
    {
        b.Entity<Indicator>(e =>
        {
            e.ToTable("indicators");
            e.Property(x => x.Name).HasMaxLength(50);
            e.Property(x => x.Weight).HasPrecision(5, 2);
            e.Property(x => x.ScoringRule).HasMaxLength(500);
            e.HasIndex(x => x.Name).IsUnique();
        });
        b.Entity<AssessmentPeriod>(e =>
        {
            e.ToTable("assessment_periods");
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.FinalizedBy).HasMaxLength(256);
            e.Property(x => x.RulesUsed).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Year, x.Quarter }).IsUnique();
        });
        b.Entity<Assessment>(e =>
        {
            e.ToTable("assessments");
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.DisplayName).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.SelfScore).HasPrecision(5, 1);
            e.Property(x => x.SelfNote).HasMaxLength(1000);
            e.Property(x => x.ReviewerUserName).HasMaxLength(256);
            e.Property(x => x.ReviewerScore).HasPrecision(5, 1);
            e.Property(x => x.ReviewNote).HasMaxLength(1000);
            e.Property(x => x.FinalScore).HasPrecision(5, 1);
            e.Property(x => x.Grade).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.PeriodId, x.UserName }).IsUnique();
            e.HasOne<AssessmentPeriod>().WithMany().HasForeignKey(x => x.PeriodId);
            e.HasMany(x => x.Scores).WithOne().HasForeignKey(x => x.AssessmentId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AssessmentScore>(e =>
        {
            e.ToTable("assessment_scores");
            e.Property(x => x.Self).HasPrecision(5, 1);
            e.Property(x => x.Review).HasPrecision(5, 1);
            e.HasIndex(x => new { x.AssessmentId, x.IndicatorId }).IsUnique();
            e.HasOne<Indicator>().WithMany().HasForeignKey(x => x.IndicatorId);
        });
        b.Entity<TrainingProgramme>(e =>
        {
            e.ToTable("training_programmes");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Category).HasMaxLength(32);
            e.Property(x => x.Organizer).HasMaxLength(100);
            e.Property(x => x.Description).HasMaxLength(1000);
        });
        b.Entity<TrainingSession>(e =>
        {
            e.ToTable("training_sessions");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Hours).HasPrecision(5, 1);
            e.Property(x => x.Location).HasMaxLength(100);
            e.HasOne<TrainingProgramme>().WithMany().HasForeignKey(x => x.ProgrammeId);
            e.HasIndex(x => x.HeldOn);
        });
        b.Entity<TrainingAttendance>(e =>
        {
            e.ToTable("training_attendance");
            e.Property(x => x.UserName).HasMaxLength(256);
            e.Property(x => x.DisplayName).HasMaxLength(64);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Hours).HasPrecision(5, 1);
            e.HasIndex(x => new { x.SessionId, x.UserName }).IsUnique();
            e.HasOne<TrainingSession>().WithMany().HasForeignKey(x => x.SessionId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
