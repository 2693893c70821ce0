using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>Credit lists: registered letters (unreachable check) and removal requests.</summary>
internal abstract partial class SocialOrgsDb
{
    public DbSet<CreditLetter> CreditLetters => Set<CreditLetter>();

    public DbSet<CreditRemovalRequest> CreditRemovals => Set<CreditRemovalRequest>();

    partial void ConfigureCredit(ModelBuilder b)
    {
        b.Entity<CreditLetter>(e =>
        {
            e.ToTable("credit_letters");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.TrackingNumber).HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(500);
            e.Property(x => x.Verdict).HasMaxLength(500);
            e.Property(x => x.EntryNumber).HasMaxLength(32);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.OrganizationId, x.SentOn });
            // the bureau's correspondence: never shown to the organization's own account
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CreditRemovalRequest>(e =>
        {
            e.ToTable("credit_removals");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.EntryNumber).HasMaxLength(32);
            e.Property(x => x.List).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Fixed).HasMaxLength(200);
            e.Property(x => x.Proof).HasMaxLength(2000);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.RuleNote).HasMaxLength(200);
            e.Property(x => x.AutoCheck).HasMaxLength(300);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.VerifiedBy).HasMaxLength(256);
            e.Property(x => x.VerifyNote).HasMaxLength(500);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.DecisionNote).HasMaxLength(500);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.EntryId, x.Status });
            e.HasIndex(x => new { x.Status, x.DueBy });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
    }
}
