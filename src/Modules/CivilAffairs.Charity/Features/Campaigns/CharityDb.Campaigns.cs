using CivilAffairs.Charity.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Data;

/// <summary>Campaigns, donations, charity-fair pledges with their deliveries, projects and their spending.</summary>
internal abstract partial class CharityDb
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<Donation> Donations => Set<Donation>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<PledgeDelivery> PledgeDeliveries => Set<PledgeDelivery>();

    public DbSet<CharityProject> Projects => Set<CharityProject>();

    public DbSet<ProjectSpending> Spending => Set<ProjectSpending>();

    partial void ConfigureCampaigns(ModelBuilder b)
    {
        // public information with no division code: anyone may read a campaign (see docs/charity-campaigns.md)
        b.Entity<Campaign>(e =>
        {
            e.ToTable("campaigns");
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.OrganizerName).HasMaxLength(100);
            e.Property(x => x.OrganizerCreditCode).HasMaxLength(18);
            e.Property(x => x.TargetAmount).HasPrecision(16, 2);
            e.Property(x => x.Description).HasMaxLength(1000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.Property(x => x.ClosedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.StartsOn);
        });
        b.Entity<Donation>(e =>
        {
            e.ToTable("donations");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.RecipientName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.DonorKind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.DonorName).HasMaxLength(100);
            e.Property(x => x.DonorCreditCode).HasMaxLength(18);
            e.Property(x => x.DonorCodeWarning).HasMaxLength(100);
            e.Property(x => x.Form).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.GoodsDescription).HasMaxLength(200);
            e.Property(x => x.GoodsQuantity).HasMaxLength(50);
            e.Property(x => x.ValuationBasis).HasMaxLength(100);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Purpose).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ReceiptNumber).HasMaxLength(32);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(8);
            e.Property(x => x.VoidReason).HasMaxLength(200);
            e.Property(x => x.VoidedBy).HasMaxLength(256);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.CreditCode, x.ReceiptNumber }).IsUnique();
            e.HasIndex(x => new { x.CampaignId, x.Status });
            e.HasIndex(x => new { x.DivisionCode, x.ReceivedOn });
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<Pledge>(e =>
        {
            e.ToTable("pledges");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.PledgerName).HasMaxLength(100);
            e.Property(x => x.PledgerCreditCode).HasMaxLength(18);
            e.Property(x => x.PledgerCodeWarning).HasMaxLength(100);
            e.Property(x => x.BeneficiaryArea).HasMaxLength(40);
            e.Property(x => x.Project).HasMaxLength(100);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            e.Property(x => x.Delivered).HasPrecision(16, 2);
            e.Property(x => x.DueBasis).HasMaxLength(200);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.CampaignId, x.BeneficiaryArea });
            // the bureau follows pledges up; organizations' own accounts never see them
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<PledgeDelivery>(e =>
        {
            e.ToTable("pledge_deliveries");
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Amount).HasPrecision(16, 2);
            e.Property(x => x.ReceiptRef).HasMaxLength(60);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.PledgeId);
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
        b.Entity<CharityProject>(e =>
        {
            e.ToTable("projects");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.OrganizationName).HasMaxLength(100);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Field).HasMaxLength(20);
            e.Property(x => x.Budget).HasPrecision(14, 2);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => x.CreditCode);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<ProjectSpending>(e =>
        {
            e.ToTable("project_spending");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.Amount).HasPrecision(14, 2);
            e.Property(x => x.Purpose).HasMaxLength(200);
            e.Property(x => x.RecordedBy).HasMaxLength(256);
            e.HasIndex(x => x.ProjectId);
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
    }
}
