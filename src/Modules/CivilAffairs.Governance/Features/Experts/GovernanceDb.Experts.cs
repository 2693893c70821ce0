using CivilAffairs.Governance.Features.Experts;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Data;

/// <summary>The expert pool is the city bureau's: no division rows.</summary>
internal abstract partial class GovernanceDb
{
    public DbSet<Expert> Experts => Set<Expert>();

    public DbSet<ExpertConflict> ExpertConflicts => Set<ExpertConflict>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationExpert> ConsultationExperts => Set<ConsultationExpert>();

    partial void ConfigureExperts(ModelBuilder b)
    {
        b.Entity<Expert>(e =>
        {
            e.ToTable("experts");
            e.Property(x => x.Name).HasMaxLength(32);
            e.Property(x => x.Employer).HasMaxLength(100);
            e.Property(x => x.Title).HasMaxLength(50);
            e.Property(x => x.Fields).HasMaxLength(200);
            e.Property(x => x.Phone).HasMaxLength(20);
        });
        b.Entity<ExpertConflict>(e =>
        {
            e.ToTable("expert_conflicts");
            e.Property(x => x.Party).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(300);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ExpertId);
            e.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId);
        });
        b.Entity<Consultation>(e =>
        {
            e.ToTable("consultations");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Topic).HasMaxLength(200);
            e.Property(x => x.Parties).HasMaxLength(300);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Conclusion).HasMaxLength(4000);
            e.Property(x => x.RuleUsed).HasMaxLength(400);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasMany(x => x.Experts).WithOne().HasForeignKey(x => x.ConsultationId);
        });
        b.Entity<ConsultationExpert>(e =>
        {
            e.ToTable("consultation_experts");
            e.Property(x => x.Opinion).HasMaxLength(2000);
            e.Property(x => x.InvitedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.ConsultationId, x.ExpertId }).IsUnique();
            e.HasOne<Expert>().WithMany().HasForeignKey(x => x.ExpertId);
        });
    }
}
