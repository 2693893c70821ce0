using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.Dna;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Data;

/// <summary>DNA profiles and the evidence behind DNA match candidates.</summary>
internal abstract partial class RescueDb
{
    public DbSet<DnaProfile> DnaProfiles => Set<DnaProfile>();

    public DbSet<DnaMatchEvidence> DnaEvidence => Set<DnaMatchEvidence>();

    partial void ConfigureDna(ModelBuilder b)
    {
        b.Entity<DnaProfile>(e =>
        {
            e.ToTable("dna_profiles");
            e.Property(x => x.Side).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DonorName).HasMaxLength(64);
            e.Property(x => x.SampleId).HasMaxLength(40);
            e.Property(x => x.Lab).HasMaxLength(100);
            e.Property(x => x.PoliceMatchRef).HasMaxLength(60);
            e.Property(x => x.Genotypes).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.SampleId).IsUnique();
            e.HasIndex(x => x.CaseId);
            e.HasIndex(x => x.ReportId);
            // the search index catches up on rows added by other nodes by creation time
            e.HasIndex(x => x.CreatedAtUtc);
            e.HasOne<RescueCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<MissingPersonReport>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<DnaMatchEvidence>(e =>
        {
            e.ToTable("dna_match_evidence");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Relationship).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Conclusion).HasConversion<string>().HasMaxLength(16);
            e.HasIndex(x => x.CandidateId);
            e.HasIndex(x => new { x.CaseProfileId, x.ReportProfileId }).IsUnique();
            e.HasOne<MatchCandidate>().WithMany().HasForeignKey(x => x.CandidateId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
