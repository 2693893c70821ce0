using CivilAffairs.Assistance.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Data;

/// <summary>Tables of the application workflow's additions: papers, one-time notice, investigations, decision numbers.</summary>
internal abstract partial class AssistanceDb
{
    public DbSet<ApplicationAttachment> ApplicationAttachments => Set<ApplicationAttachment>();

    public DbSet<SupplementNotice> SupplementNotices => Set<SupplementNotice>();

    public DbSet<Investigation> Investigations => Set<Investigation>();

    public DbSet<DecisionSequence> DecisionSequences => Set<DecisionSequence>();

    partial void ConfigureApplicationsExtra(ModelBuilder b)
    {
        b.Entity<Application>(e =>
        {
            e.Property(a => a.DecisionNumber).HasMaxLength(40);
            e.Property(a => a.RelativeWorkerName).HasMaxLength(64);
            e.Property(a => a.RelativeRelationship).HasMaxLength(32);
            e.HasIndex(a => a.DecisionNumber).IsUnique();
            e.HasOne(a => a.Notice).WithOne().HasForeignKey<SupplementNotice>(n => n.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(a => a.Investigations).WithOne().HasForeignKey(i => i.ApplicationId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<SupplementNotice>(e =>
        {
            e.ToTable("supplement_notices");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.MissingKinds).HasMaxLength(200);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.SuppliedNote).HasMaxLength(1000);
            e.Property(x => x.IssuedBy).HasMaxLength(256);
            // one notice per application, enforced by the database as well
            e.HasIndex(x => x.ApplicationId).IsUnique();
            e.HasIndex(x => x.DueOn);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<Investigation>(e =>
        {
            e.ToTable("investigations");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.Findings).HasMaxLength(4000);
            e.Property(x => x.Worker).HasMaxLength(128);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ApplicationId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<ApplicationAttachment>(e =>
        {
            e.ToTable("application_attachments");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasMaxLength(32);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(64);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.ApplicationId);
            e.HasOne<Application>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<DecisionSequence>(e =>
        {
            e.ToTable("decision_sequences");
            e.HasKey(x => new { x.DivisionCode, x.Year });
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
