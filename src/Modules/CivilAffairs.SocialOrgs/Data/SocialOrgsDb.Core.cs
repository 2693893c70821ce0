using CivilAffairs.Platform.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>The core every area uses: organizations, their history, credit-list entries and number counters.</summary>
internal abstract partial class SocialOrgsDb
{
    public DbSet<SocialOrganization> Organizations => Set<SocialOrganization>();

    public DbSet<OrganizationEvent> OrganizationEvents => Set<OrganizationEvent>();

    public DbSet<CreditListEntry> CreditEntries => Set<CreditListEntry>();

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    private void ConfigureCore(ModelBuilder b)
    {
        b.Entity<SocialOrganization>(e =>
        {
            e.ToTable("organizations");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.CreditCodeWarning).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.AuthorityCode).HasMaxLength(12);
            e.Property(x => x.SupervisingUnit).HasMaxLength(100);
            e.Property(x => x.Field).HasMaxLength(32);
            e.Property(x => x.LegalRepresentative).HasMaxLength(50);
            e.Property(x => x.RegisteredCapital).HasPrecision(14, 2);
            e.Property(x => x.Address).HasMaxLength(200);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.BusinessScope).HasMaxLength(1000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.LastInspectionResult).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreditStatus).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.CreditCode).IsUnique();
            e.HasIndex(x => x.Name);
            e.HasIndex(x => new { x.DivisionCode, x.Type, x.Status });
            e.HasIndex(x => new { x.AuthorityCode, x.Status });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<OrganizationEvent>(e =>
        {
            e.ToTable("organization_events");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            e.Property(x => x.Summary).HasMaxLength(500);
            e.Property(x => x.Details).HasMaxLength(4000);
            e.Property(x => x.Reference).HasMaxLength(64);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.OrganizationId, x.OccurredOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<CreditListEntry>(e =>
        {
            e.ToTable("credit_entries");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.List).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Trigger).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Basis).HasMaxLength(1000);
            e.Property(x => x.SourceRef).HasMaxLength(64);
            e.Property(x => x.ListedBy).HasMaxLength(256);
            e.Property(x => x.RemovalReason).HasMaxLength(1000);
            e.Property(x => x.RemovedBy).HasMaxLength(256);
            e.Property(x => x.RuleNote).HasMaxLength(300);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.List, x.RemovedOn });
            e.HasIndex(x => new { x.List, x.RemovedOn, x.ListedOn });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        NumberCounters.Configure(b);
    }
}
