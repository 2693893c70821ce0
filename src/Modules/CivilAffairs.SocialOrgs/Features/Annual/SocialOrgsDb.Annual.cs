using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Data;

/// <summary>年报年检 tables: annual reports with their inspection, and the sanctions the rules across years propose.</summary>
internal abstract partial class SocialOrgsDb
{
    public DbSet<AnnualReport> AnnualReports => Set<AnnualReport>();

    public DbSet<AnnualSanctionProposal> AnnualProposals => Set<AnnualSanctionProposal>();

    partial void ConfigureAnnual(ModelBuilder b)
    {
        b.Entity<AnnualReport>(e =>
        {
            e.ToTable("annual_reports");
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.AuthorityCode).HasMaxLength(12);
            e.Property(x => x.OrgType).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.ActivitiesSummary).HasMaxLength(4000);
            foreach (var money in new[] { nameof(AnnualReport.IncomeTotal), nameof(AnnualReport.ExpenditureTotal), nameof(AnnualReport.CharitableExpenditure),
                nameof(AnnualReport.StaffAndAdminCosts), nameof(AnnualReport.PriorYearIncome), nameof(AnnualReport.PriorYearFundBalance), nameof(AnnualReport.NetAssets) })
            {
                e.Property(money).HasPrecision(14, 2);
            }
            e.Property(x => x.MajorChanges).HasMaxLength(2000);
            e.Property(x => x.SelfDeclaredBreaches).HasMaxLength(2000);
            e.Property(x => x.ReturnReason).HasMaxLength(1000);
            e.Property(x => x.Result).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Breaches).HasMaxLength(200);
            e.Property(x => x.Opinion).HasMaxLength(2000);
            e.Property(x => x.GradedBy).HasMaxLength(256);
            e.Property(x => x.RatioChecks).HasMaxLength(4000);
            e.Property(x => x.ParametersUsed).HasMaxLength(2000);
            e.Property(x => x.Rectification).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.RectificationNote).HasMaxLength(2000);
            e.Property(x => x.RectificationClosedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            // one report per organization and year
            e.HasIndex(x => new { x.OrganizationId, x.Year }).IsUnique();
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Year, x.Status, x.AuthorityCode });
            e.HasQueryFilter(x => x.DivisionCode.StartsWith(ScopePrefix) && (OrgScope == null || x.CreditCode == OrgScope));
        });
        b.Entity<AnnualSanctionProposal>(e =>
        {
            e.ToTable("annual_sanction_proposals");
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.DivisionCode).HasMaxLength(12);
            e.Property(x => x.AuthorityCode).HasMaxLength(12);
            e.Property(x => x.Years).HasMaxLength(200);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            e.Property(x => x.ProposedBy).HasMaxLength(256);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.Property(x => x.DecidedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OrganizationId, x.Year }).IsUnique();
            e.HasIndex(x => new { x.Status, x.AuthorityCode });
            // the bureau's internal work: an organization's own account does not see proposals
            e.HasQueryFilter(x => OrgScope == null && x.DivisionCode.StartsWith(ScopePrefix));
        });
    }
}
