using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Campaigns;

internal sealed record PublicRecipient(string CreditCode, string Name, decimal Amount, int Donations);

/// <summary>Donations of one kind of donor, counted: never a name, except organizations that chose to be named.</summary>
internal sealed record PublicDonorKind(string DonorKind, int Donations, decimal Amount);

internal sealed record PublicNamedDonor(string Name, decimal Amount);

internal sealed record PublicHome(IReadOnlyList<CampaignView> Campaigns, IReadOnlyList<PublicRecipient> TopRecipients);

internal sealed record PublicCampaign(CampaignView Campaign, IReadOnlyList<PublicRecipient> Recipients, IReadOnlyList<PublicDonorKind> ByDonorKind,
    IReadOnlyList<PublicNamedDonor> NamedDonors);

internal sealed record PublicMonth(string Month, string DonorKind, int Donations, decimal Money, decimal Goods);

internal sealed record PublicProject(string Name, string Field, decimal Budget, DateOnly StartsOn, DateOnly? EndsOn, int BeneficiariesTarget, decimal Raised,
    decimal Spent, int BeneficiariesReached);

internal sealed record PublicOrg(string CreditCode, string Name, string TypeName, bool PublicFundraising, decimal Money, decimal Goods, int Donations,
    IReadOnlyList<PublicMonth> Months, IReadOnlyList<PublicProject> Projects);

/// <summary>
/// 慈善信息公开 for anyone, without login: aggregates over valid donations of every jurisdiction.
/// Individual donors are never named (nor is any 匿名 donor); only organizations that agreed are.
/// </summary>
internal sealed class PublicCharity(CharityDb db, Campaigns campaigns, ISocialOrgDirectory directory)
{
    public const int TopRecipients = 10;

    public async Task<PublicHome> HomeAsync(CancellationToken ct)
    {
        var list = await campaigns.ListAsync(publicOnly: true, ct);
        var rows = await db.Donations.IgnoreQueryFilters().AsNoTracking().Where(d => d.Status == DonationStatus.Valid)
            .Select(d => new { d.CreditCode, d.RecipientName, d.Amount }).ToListAsync(ct);
        var top = rows.GroupBy(r => (r.CreditCode, r.RecipientName)).Select(g => new PublicRecipient(g.Key.CreditCode, g.Key.RecipientName, g.Sum(r => r.Amount), g.Count()))
            .OrderByDescending(r => r.Amount).Take(TopRecipients).ToList();
        return new PublicHome(list, top);
    }

    public async Task<PublicCampaign> CampaignAsync(Guid id, CancellationToken ct)
    {
        var c = await campaigns.GetAsync(id, publicOnly: true, ct);
        var rows = await db.Donations.IgnoreQueryFilters().AsNoTracking().Where(d => d.Status == DonationStatus.Valid && d.CampaignId == id)
            .Select(d => new { d.CreditCode, d.RecipientName, d.Amount, d.DonorKind, d.DonorName, d.NamePublicly }).ToListAsync(ct);
        var recipients = rows.GroupBy(r => (r.CreditCode, r.RecipientName))
            .Select(g => new PublicRecipient(g.Key.CreditCode, g.Key.RecipientName, g.Sum(r => r.Amount), g.Count())).OrderByDescending(r => r.Amount).ToList();
        var kinds = rows.GroupBy(r => r.DonorKind).OrderBy(g => g.Key)
            .Select(g => new PublicDonorKind(CampaignNames.Of(g.Key), g.Count(), g.Sum(r => r.Amount))).ToList();
        var named = rows.Where(r => r.DonorKind == DonorKind.Organization && r.NamePublicly && r.DonorName is not null)
            .GroupBy(r => r.DonorName!).Select(g => new PublicNamedDonor(g.Key, g.Sum(r => r.Amount))).OrderByDescending(n => n.Amount).Take(20).ToList();
        return new PublicCampaign(c, recipients, kinds, named);
    }

    public async Task<PublicOrg> OrgAsync(string creditCode, CancellationToken ct)
    {
        var org = await directory.FindAsync(creditCode, ct);
        if (org is null || !org.IsCharitable)
        {
            throw new NotFoundException("未找到该慈善组织");
        }
        var rows = await db.Donations.IgnoreQueryFilters().AsNoTracking().Where(d => d.Status == DonationStatus.Valid && d.CreditCode == org.CreditCode)
            .Select(d => new { d.ReceivedOn, d.DonorKind, d.Form, d.Amount }).ToListAsync(ct);
        var months = rows.GroupBy(r => (Month: r.ReceivedOn.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.DonorKind))
            .OrderByDescending(g => g.Key.Month).ThenBy(g => g.Key.DonorKind)
            .Select(g => new PublicMonth(g.Key.Month, CampaignNames.Of(g.Key.DonorKind), g.Count(), g.Where(r => r.Form == DonationForm.Money).Sum(r => r.Amount),
                g.Where(r => r.Form == DonationForm.Goods).Sum(r => r.Amount))).ToList();
        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking().Where(p => p.CreditCode == org.CreditCode).OrderByDescending(p => p.StartsOn).ToListAsync(ct);
        var projectRows = await Projects.RowsAsync(db, projects, ignoreFilters: true, ct);
        return new PublicOrg(org.CreditCode, org.Name, org.TypeName, org.PublicFundraising, rows.Where(r => r.Form == DonationForm.Money).Sum(r => r.Amount),
            rows.Where(r => r.Form == DonationForm.Goods).Sum(r => r.Amount), rows.Count, months,
            projectRows.Select(p => new PublicProject(p.Name, p.Field, p.Budget, p.StartsOn, p.EndsOn, p.BeneficiariesTarget, p.Raised, p.Spent, p.BeneficiariesReached))
                .ToList());
    }
}
