using CivilAffairs.SocialWork.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Data;

/// <summary>Purchased service projects with indicators, evaluations and payments; out-of-province assistance projects and people served.</summary>
internal abstract partial class SocialWorkDb
{
    public DbSet<ServiceProject> Projects => Set<ServiceProject>();

    public DbSet<ProjectIndicator> Indicators => Set<ProjectIndicator>();

    public DbSet<ProjectEvaluation> Evaluations => Set<ProjectEvaluation>();

    public DbSet<ProjectPayment> Payments => Set<ProjectPayment>();

    public DbSet<AidProject> AidProjects => Set<AidProject>();

    public DbSet<AidServiceLog> AidLogs => Set<AidServiceLog>();

    partial void ConfigureProjects(ModelBuilder b)
    {
        b.Entity<ServiceProject>(e =>
        {
            e.ToTable("projects");
            e.Property(x => x.Number).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.PurchaserName).HasMaxLength(60);
            e.Property(x => x.ProviderName).HasMaxLength(100);
            e.Property(x => x.Field).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ContractNumber).HasMaxLength(40);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.DivisionCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectIndicator>(e =>
        {
            e.ToTable("project_indicators");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(60);
            e.Property(x => x.Unit).HasMaxLength(10);
            e.Property(x => x.Target).HasPrecision(12, 2);
            e.Property(x => x.Actual).HasPrecision(12, 2);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectEvaluation>(e =>
        {
            e.ToTable("project_evaluations");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Evaluator).HasMaxLength(100);
            e.Property(x => x.Score).HasPrecision(5, 1);
            e.Property(x => x.Grade).HasMaxLength(8);
            e.Property(x => x.Basis).HasMaxLength(100);
            e.Property(x => x.Findings).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ProjectPayment>(e =>
        {
            e.ToTable("project_payments");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Basis).HasMaxLength(300);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AidProject>(e =>
        {
            e.ToTable("aid_projects");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Place).HasMaxLength(60);
            e.Property(x => x.Partner).HasMaxLength(100);
            e.Property(x => x.Field).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<AidServiceLog>(e =>
        {
            e.ToTable("aid_service_logs");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Note).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.AidProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
