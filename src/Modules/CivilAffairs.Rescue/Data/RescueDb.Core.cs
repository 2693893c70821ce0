using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Data;

/// <summary>The core every area uses: cases, missing-person reports, match candidates, reunions.</summary>
internal abstract partial class RescueDb
{
    public DbSet<RescueCase> Cases => Set<RescueCase>();

    public DbSet<CasePhoto> Photos => Set<CasePhoto>();

    public DbSet<MissingPersonReport> Reports => Set<MissingPersonReport>();

    public DbSet<MatchCandidate> Candidates => Set<MatchCandidate>();

    public DbSet<Reunion> Reunions => Set<Reunion>();

    private void ConfigureCore(ModelBuilder b)
    {
        b.Entity<RescueCase>(e =>
        {
            e.ToTable("cases");
            e.Property(x => x.CaseNumber).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.IdNumber).HasMaxLength(32);
            e.Property(x => x.Sex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.FoundPlace).HasMaxLength(200);
            e.Property(x => x.Accent).HasMaxLength(32);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CaseNumber).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CasePhoto>(e =>
        {
            e.ToTable("case_photos");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.ContentType).HasMaxLength(32);
            e.HasIndex(x => x.CaseId);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MissingPersonReport>(e =>
        {
            e.ToTable("missing_reports");
            e.Property(x => x.ReportNumber).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.MissingName).HasMaxLength(64);
            e.Property(x => x.MissingSex).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.MissingPlace).HasMaxLength(200);
            e.Property(x => x.ReporterName).HasMaxLength(64);
            e.Property(x => x.ReporterPhone).HasMaxLength(32);
            e.Property(x => x.ReporterRelationship).HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.ReportNumber).IsUnique();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MatchCandidate>(e =>
        {
            e.ToTable("match_candidates");
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Relationship).HasMaxLength(16);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.ReviewNote).HasMaxLength(500);
            e.HasIndex(x => new { x.Status, x.Source });
            e.HasIndex(x => new { x.CaseId, x.ReportId, x.Source, x.Relationship }).IsUnique();
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Reunion>(e =>
        {
            e.ToTable("reunions");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.WhoCame).HasMaxLength(64);
            e.Property(x => x.FollowUp).HasMaxLength(500);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.CaseId).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.ReunitedOn });
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
