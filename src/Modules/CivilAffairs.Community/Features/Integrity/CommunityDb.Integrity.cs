using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Data;

/// <summary>Leads (restricted), begging patrols, removals of committee members.</summary>
internal abstract partial class CommunityDb
{
    public DbSet<IntegrityLead> Leads => Set<IntegrityLead>();

    public DbSet<IntegrityLeadStep> LeadSteps => Set<IntegrityLeadStep>();

    public DbSet<BeggingPatrol> Patrols => Set<BeggingPatrol>();

    public DbSet<MemberRemoval> Removals => Set<MemberRemoval>();

    /// <summary>Leads exist only for community.integrity: the filter hides them from every other query, count and export.</summary>
    protected bool MaySeeLeads => Scope.User.Has(Permissions.CommunityIntegrity);

    partial void ConfigureIntegrity(ModelBuilder b)
    {
        b.Entity<IntegrityLead>(e =>
        {
            e.ToTable("integrity_leads");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Field).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Summary).HasMaxLength(2000);
            e.Property(x => x.SubjectName).HasMaxLength(50);
            e.Property(x => x.SubjectPosition).HasMaxLength(50);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReceivingUnit).HasMaxLength(100);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.LeadId).OnDelete(DeleteBehavior.Cascade);
            e.HasQueryFilter(x => MaySeeLeads && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<IntegrityLeadStep>(e =>
        {
            e.ToTable("integrity_lead_steps");
            e.Property(x => x.Action).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.Property(x => x.By).HasMaxLength(256);
            e.HasIndex(x => new { x.LeadId, x.On });
            e.HasQueryFilter(x => MaySeeLeads);
        });
        b.Entity<BeggingPatrol>(e =>
        {
            e.ToTable("begging_patrols");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Route).HasMaxLength(200);
            e.Property(x => x.Notes).HasMaxLength(1000);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.DivisionCode, x.PatrolOn });
            e.HasIndex(x => x.PatrolOn);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<MemberRemoval>(e =>
        {
            e.ToTable("member_removals");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.CommunityName).HasMaxLength(100);
            e.Property(x => x.MemberName).HasMaxLength(50);
            e.Property(x => x.MemberIdNumber).HasMaxLength(18);
            e.Property(x => x.Position).HasMaxLength(32);
            e.Property(x => x.Grounds).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.GroundsDetail).HasMaxLength(1000);
            e.Property(x => x.ProposedBy).HasMaxLength(256);
            e.Property(x => x.Meeting).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ParametersUsed).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionNumber).HasMaxLength(64);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.DivisionCode, x.ProposedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
