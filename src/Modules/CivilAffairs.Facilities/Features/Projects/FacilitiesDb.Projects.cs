using CivilAffairs.Facilities.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Data;

/// <summary>Capital projects and their stages, milestones, risks and monthly reports; every row carries the project's division.</summary>
internal abstract partial class FacilitiesDb
{
    public DbSet<CapitalProject> Projects => Set<CapitalProject>();

    public DbSet<ProjectStageRecord> ProjectStages => Set<ProjectStageRecord>();

    public DbSet<ProjectMilestone> ProjectMilestones => Set<ProjectMilestone>();

    public DbSet<ProjectRisk> ProjectRisks => Set<ProjectRisk>();

    public DbSet<ProjectReport> ProjectReports => Set<ProjectReport>();

    partial void ConfigureProjects(ModelBuilder b)
    {
        b.Entity<CapitalProject>(e =>
        {
            e.ToTable("projects");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Delivery).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.FacilityCode).HasMaxLength(20);
            e.Property(x => x.FutureInstitution).HasMaxLength(100);
            e.Property(x => x.Investment).HasPrecision(14, 2);
            e.Property(x => x.AgentName).HasMaxLength(100);
            e.Property(x => x.Scale).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.Name).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectStageRecord>(e =>
        {
            e.ToTable("project_stages");
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.ProjectId, x.Stage }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectMilestone>(e =>
        {
            e.ToTable("project_milestones");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Title).HasMaxLength(100);
            e.Property(x => x.Note).HasMaxLength(300);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectRisk>(e =>
        {
            e.ToTable("project_risks");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Description).HasMaxLength(300);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Owner).HasMaxLength(100);
            e.Property(x => x.Mitigation).HasMaxLength(300);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectReport>(e =>
        {
            e.ToTable("project_reports");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Text).HasMaxLength(1000);
            e.Property(x => x.Spend).HasPrecision(14, 2);
            e.Property(x => x.ReportedBy).HasMaxLength(256);
            // one report a month: a second one for the same month is refused, not silently added
            e.HasIndex(x => new { x.ProjectId, x.Month }).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
