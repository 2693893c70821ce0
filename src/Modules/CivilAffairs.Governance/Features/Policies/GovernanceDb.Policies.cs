using CivilAffairs.Governance.Features.Policies;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Data;

/// <summary>The document register. Documents are the bureau's own and open to every governance reader: no division filter.</summary>
internal abstract partial class GovernanceDb
{
    public DbSet<PolicyDocument> PolicyDocuments => Set<PolicyDocument>();

    partial void ConfigurePolicies(ModelBuilder b)
    {
        b.Entity<PolicyDocument>(e =>
        {
            e.ToTable("policy_documents");
            e.Property(x => x.Number).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.IssuingBody).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RepealReason).HasMaxLength(500);
            e.Property(x => x.FullText).HasMaxLength(50000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.SupersedesId);
        });
    }
}
