using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>Campaigns: charity.write prepares one, charity.manage publishes and closes it; totals come from the valid donations.</summary>
internal sealed class Campaigns(CharityDb db, ISocialOrgDirectory directory, ICurrentUser user, TimeProvider clock)
{
    public const string BureauName = "深圳市民政局";

    public async Task<IReadOnlyList<CampaignView>> ListAsync(bool publicOnly, CancellationToken ct)
    {
        var rows = await db.Campaigns.AsNoTracking().Where(c => !publicOnly || c.Status != CampaignStatus.Preparing)
            .OrderByDescending(c => c.StartsOn).ToListAsync(ct);
        var totals = await TotalsAsync(db, rows.Select(c => c.Id).ToList(), ct);
        return rows.Select(c => View(c, totals.GetValueOrDefault(c.Id, CampaignTotals.Zero))).ToList();
    }

    public async Task<CampaignView> GetAsync(Guid id, bool publicOnly, CancellationToken ct)
    {
        var c = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id && (!publicOnly || x.Status != CampaignStatus.Preparing), ct)
            ?? throw new NotFoundException("活动不存在");
        var totals = await TotalsAsync(db, [id], ct);
        return View(c, totals.GetValueOrDefault(id, CampaignTotals.Zero));
    }

    public async Task<CampaignView> CreateAsync(CampaignRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.CharityWrite))
        {
            throw new ForbiddenException();
        }
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 2 or > 100)
        {
            errors.Add("name", "请填写活动名称（2–100字）");
        }
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value))
        {
            errors.Add("kind", "请选择活动类别");
        }
        if (r.StartsOn is null)
        {
            errors.Add("startsOn", "请填写开始日期");
        }
        if (r.EndsOn is null)
        {
            errors.Add("endsOn", "请填写结束日期");
        }
        else if (r.StartsOn is { } s && r.EndsOn < s)
        {
            errors.Add("endsOn", "结束日期不能早于开始日期");
        }
        if (r.TargetAmount is <= 0)
        {
            errors.Add("targetAmount", "目标金额须大于0");
        }
        if ((r.Description ?? "").Length > 1000)
        {
            errors.Add("description", "说明不超过1000字");
        }
        string organizer = BureauName;
        string? organizerCode = null;
        if (!string.IsNullOrWhiteSpace(r.OrganizerCreditCode))
        {
            var org = await directory.FindAsync(r.OrganizerCreditCode, ct);
            if (org is null || !org.Active || !org.IsCharitable)
            {
                errors.Add("organizerCreditCode", "主办方须为正常登记的慈善组织（或留空表示由民政局主办）");
            }
            else
            {
                organizer = org.Name;
                organizerCode = org.CreditCode;
            }
        }
        errors.ThrowIfAny();
        var c = new Campaign
        {
            Name = name, Kind = r.Kind!.Value, StartsOn = r.StartsOn!.Value, EndsOn = r.EndsOn!.Value, OrganizerName = organizer,
            OrganizerCreditCode = organizerCode, TargetAmount = r.TargetAmount, Description = r.Description?.Trim(), CreatedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Campaigns.Add(c);
        await db.SaveChangesAsync(ct);
        return View(c, CampaignTotals.Zero);
    }

    public Task<CampaignView> PublishAsync(Guid id, CancellationToken ct) => MoveAsync(id, CampaignStatus.Preparing, CampaignStatus.Active, ct);

    public Task<CampaignView> CloseAsync(Guid id, CancellationToken ct) => MoveAsync(id, CampaignStatus.Active, CampaignStatus.Closed, ct);

    private async Task<CampaignView> MoveAsync(Guid id, CampaignStatus from, CampaignStatus to, CancellationToken ct)
    {
        if (!user.Has(Permissions.CharityManage))
        {
            throw new ForbiddenException();
        }
        var c = await db.Campaigns.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("活动不存在");
        if (c.Status != from)
        {
            throw new BusinessRuleException($"活动当前为“{CampaignNames.Of(c.Status)}”，不能改为“{CampaignNames.Of(to)}”");
        }
        c.Status = to;
        if (to == CampaignStatus.Active)
        {
            c.PublishedBy = user.UserName;
        }
        else
        {
            c.ClosedBy = user.UserName;
        }
        c.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, false, ct);
    }

    /// <summary>
    /// Totals over every valid donation, whoever recorded it: a campaign's total is public.
    /// Summed in memory because SQLite cannot sum decimals; a campaign has at most some thousands of donations.
    /// </summary>
    public static async Task<Dictionary<Guid, CampaignTotals>> TotalsAsync(CharityDb db, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var rows = await db.Donations.IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Status == DonationStatus.Valid && d.CampaignId != null && ids.Contains(d.CampaignId.Value))
            .Select(d => new { Campaign = d.CampaignId!.Value, d.Form, d.Amount, d.CreditCode }).ToListAsync(ct);
        return rows.GroupBy(r => r.Campaign).ToDictionary(g => g.Key, g => new CampaignTotals(
            g.Where(r => r.Form == DonationForm.Money).Sum(r => r.Amount), g.Where(r => r.Form == DonationForm.Goods).Sum(r => r.Amount),
            g.Count(), g.Select(r => r.CreditCode).Distinct().Count()));
    }

    public static CampaignView View(Campaign c, CampaignTotals t) =>
        new(c.Id, c.Name, c.Kind, CampaignNames.Of(c.Kind), c.StartsOn, c.EndsOn, c.OrganizerName, c.OrganizerCreditCode, c.TargetAmount, c.Status,
            CampaignNames.Of(c.Status), c.Description, t);
}
