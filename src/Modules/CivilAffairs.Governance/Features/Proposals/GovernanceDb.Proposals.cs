using CivilAffairs.Governance.Features.Proposals;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Data;

/// <summary>Suggestions and proposals, visible to the lead unit's jurisdiction (the city office sees all).</summary>
internal abstract partial class GovernanceDb
{
    public DbSet<Proposal> Proposals => Set<Proposal>();

    partial void ConfigureProposals(ModelBuilder b)
    {
        b.Entity<Proposal>(e =>
        {
            e.ToTable("proposals");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Session).HasMaxLength(64);
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Proposers).HasMaxLength(300);
            e.Property(x => x.Content).HasMaxLength(4000);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.LeadUnit).HasMaxLength(64);
            e.Property(x => x.CoUnits).HasMaxLength(200);
            e.Property(x => x.AssignedBy).HasMaxLength(256);
            e.Property(x => x.DueBasis).HasMaxLength(400);
            e.Property(x => x.ReplyText).HasMaxLength(8000);
            e.Property(x => x.RepliedBy).HasMaxLength(256);
            e.Property(x => x.Satisfaction).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Kind, x.Number }).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
