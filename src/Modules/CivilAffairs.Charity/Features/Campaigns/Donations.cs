using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>
/// 捐赠登记: the recipient's own account or bureau staff record a donation and it takes the next
/// receipt number of that recipient and year. A mistake is corrected by voiding (with a reason)
/// and recording again — never by editing.
/// </summary>
internal sealed class Donations(CharityDb db, Numbers numbers, CharityRecipients recipients, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<DonationView> RecordAsync(DonationRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var org = await recipients.ResolveAsync(r.RecipientCreditCode, "recipientCreditCode", errors, ct);
        var today = ChinaTime.Today(clock);
        if (r.DonorKind is null || !Enum.IsDefined(r.DonorKind.Value))
        {
            errors.Add("donorKind", "请选择捐赠人类别");
        }
        var name = (r.DonorName ?? "").Trim();
        var code = (r.DonorCreditCode ?? "").Trim().ToUpperInvariant();
        if (r.DonorKind is DonorKind.Individual or DonorKind.Organization && name.Length is < 2 or > 100)
        {
            errors.Add("donorName", r.DonorKind == DonorKind.Individual ? "请填写捐赠人姓名" : "请填写捐赠单位名称");
        }
        if (r.Form is null || !Enum.IsDefined(r.Form.Value))
        {
            errors.Add("form", "请选择捐赠形式（资金或物资）");
        }
        if (r.Form == DonationForm.Goods)
        {
            if (string.IsNullOrWhiteSpace(r.GoodsDescription))
            {
                errors.Add("goodsDescription", "请填写物资名称及规格");
            }
            if (string.IsNullOrWhiteSpace(r.ValuationBasis))
            {
                errors.Add("valuationBasis", "请填写物资的价值确认依据（发票、评估或市场价）");
            }
        }
        if (r.Amount is not > 0)
        {
            errors.Add("amount", r.Form == DonationForm.Goods ? "物资折价金额须大于0" : "捐赠金额须大于0");
        }
        if (r.ReceivedOn is null)
        {
            errors.Add("receivedOn", "请填写收到日期");
        }
        else if (r.ReceivedOn > today)
        {
            errors.Add("receivedOn", "收到日期不能晚于今天");
        }
        var purpose = r.Purpose ?? DonationPurpose.Unrestricted;
        CharityProject? project = null;
        if (purpose == DonationPurpose.Restricted)
        {
            project = r.ProjectId is { } pid && org is not null
                ? await db.Projects.IgnoreQueryFilters().FirstOrDefaultAsync(p => p.Id == pid && p.CreditCode == org.CreditCode, ct)
                : null;
            if (project is null)
            {
                errors.Add("projectId", "定向捐赠请选择本组织的慈善项目");
            }
        }
        Campaign? campaign = null;
        if (r.CampaignId is { } cid)
        {
            campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == cid, ct);
            if (campaign is null)
            {
                errors.Add("campaignId", "活动不存在");
            }
        }
        errors.ThrowIfAny();
        CharityRecipients.EnsureCharitable(org!);
        if (campaign is { Status: CampaignStatus.Preparing })
        {
            throw new BusinessRuleException($"“{campaign.Name}”尚在筹备，发布后才能登记捐赠");
        }
        var problem = r.DonorKind == DonorKind.Organization && code.Length > 0 ? CreditCode.Check(code) : CreditCodeProblem.None;
        var d = new Donation
        {
            OrganizationId = org!.Id, CreditCode = org.CreditCode, RecipientName = org.Name, DivisionCode = org.DivisionCode, CampaignId = campaign?.Id,
            DonorKind = r.DonorKind!.Value,
            // 匿名: nothing that could name the donor is kept
            DonorName = r.DonorKind == DonorKind.Anonymous ? null : name,
            DonorCreditCode = r.DonorKind == DonorKind.Organization && code.Length > 0 ? code : null,
            DonorCodeWarning = problem == CreditCodeProblem.None ? null : CreditCode.Message(problem),
            NamePublicly = r.DonorKind == DonorKind.Organization && r.NamePublicly,
            Form = r.Form!.Value,
            GoodsDescription = r.Form == DonationForm.Goods ? r.GoodsDescription?.Trim() : null,
            GoodsQuantity = r.Form == DonationForm.Goods ? r.GoodsQuantity?.Trim() : null,
            ValuationBasis = r.Form == DonationForm.Goods ? r.ValuationBasis?.Trim() : null,
            Amount = decimal.Round(r.Amount!.Value, 2), ReceivedOn = r.ReceivedOn!.Value, Purpose = purpose, ProjectId = project?.Id,
            RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        d.ReceiptNumber = await numbers.NextAsync(CampaignRules.ReceiptPrefix(org.CreditCode), d.ReceivedOn.Year, ct);
        db.Donations.Add(d);
        await db.SaveChangesAsync(ct);
        return await GetAsync(d.Id, ct);
    }

    public async Task<DonationList> ListAsync(DonationQuery q, CancellationToken ct)
    {
        var query = db.Donations.AsNoTracking();
        if (q.Campaign is { } c)
        {
            query = query.Where(d => d.CampaignId == c);
        }
        if (q.Status is { } s)
        {
            query = query.Where(d => d.Status == s);
        }
        if (q.Donor is { } k)
        {
            query = query.Where(d => d.DonorKind == k);
        }
        if (!string.IsNullOrWhiteSpace(q.Org))
        {
            var t = q.Org.Trim();
            query = query.Where(d => d.CreditCode == t.ToUpperInvariant() || d.RecipientName.Contains(t) || d.ReceiptNumber == t.ToUpperInvariant());
        }
        if (q.From is { } from)
        {
            query = query.Where(d => d.ReceivedOn >= from);
        }
        if (q.To is { } to)
        {
            query = query.Where(d => d.ReceivedOn <= to);
        }
        var total = await query.CountAsync(ct);
        var amounts = await query.Where(d => d.Status == DonationStatus.Valid).Select(d => d.Amount).ToListAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await query.OrderByDescending(d => d.ReceivedOn).ThenByDescending(d => d.RecordedAtUtc)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await CampaignNamesAsync(rows.Select(d => d.CampaignId), ct);
        return new DonationList(rows.Select(d => Row(d, d.CampaignId is { } id ? names.GetValueOrDefault(id) : null)).ToList(), total, amounts.Count,
            amounts.Sum(), page, PageSize);
    }

    public async Task<DonationView> GetAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Donations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var campaign = d.CampaignId is { } cid ? await db.Campaigns.AsNoTracking().Where(c => c.Id == cid).Select(c => c.Name).FirstOrDefaultAsync(ct) : null;
        var project = d.ProjectId is { } pid
            ? await db.Projects.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == pid).Select(p => p.Name).FirstOrDefaultAsync(ct)
            : null;
        return new DonationView(d.Id, d.ReceiptNumber, d.RecipientName, d.CreditCode, d.CampaignId, campaign, d.DonorKind, CampaignNames.Of(d.DonorKind),
            d.DonorName, d.DonorCreditCode, d.DonorCodeWarning, d.NamePublicly, d.Form, CampaignNames.Of(d.Form), d.GoodsDescription, d.GoodsQuantity,
            d.ValuationBasis, d.Amount, d.ReceivedOn, d.Purpose, CampaignNames.Of(d.Purpose), d.ProjectId, project, d.Status, CampaignNames.Of(d.Status),
            d.VoidReason, d.VoidedBy, d.VoidedAtUtc, d.RecordedBy, d.RecordedAtUtc);
    }

    /// <summary>作废: the row, its receipt number and the reason stay; totals leave it out.</summary>
    public async Task<DonationView> VoidAsync(Guid id, VoidRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.CharityWrite) && !(user.Organization is not null && user.Has(Permissions.CharitySelf)))
        {
            throw new ForbiddenException();
        }
        var d = await db.Donations.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is < 2 or > 200)
        {
            throw new FieldValidationException("reason", "请填写作废原因（2–200字）");
        }
        if (d.Status == DonationStatus.Voided)
        {
            throw new BusinessRuleException($"票据 {d.ReceiptNumber} 已作废");
        }
        d.Status = DonationStatus.Voided;
        d.VoidReason = reason;
        d.VoidedBy = user.UserName;
        d.VoidedAtUtc = clock.GetUtcNow().UtcDateTime;
        d.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>The receipt as PDF: the recipient gives it to the donor, so an individual donor is named in full on it.</summary>
    public async Task<(string FileName, byte[] Content)> ReceiptAsync(Guid id, CancellationToken ct)
    {
        var v = await GetAsync(id, ct);
        return ($"{v.ReceiptNumber}.pdf", DonationReceiptPdf.Render(v));
    }

    /// <summary>Projects of the organizations the caller may record for (定向 donations).</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name, string CreditCode)>> ProjectChoicesAsync(CancellationToken ct) =>
        (await db.Projects.AsNoTracking().OrderBy(p => p.OrganizationName).ThenBy(p => p.Name).Select(p => new { p.Id, p.Name, p.CreditCode })
            .ToListAsync(ct)).Select(p => (p.Id, p.Name, p.CreditCode)).ToList();

    private async Task<Dictionary<Guid, string>> CampaignNamesAsync(IEnumerable<Guid?> ids, CancellationToken ct)
    {
        var list = ids.OfType<Guid>().Distinct().ToList();
        return list.Count == 0 ? [] : await db.Campaigns.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    public static DonationRow Row(Donation d, string? campaign) =>
        new(d.Id, d.ReceiptNumber, d.RecipientName, d.CreditCode, campaign, d.DonorKind, CampaignNames.Of(d.DonorKind),
            CampaignRules.ListName(d.DonorKind, d.DonorName), d.Form, CampaignNames.Of(d.Form), d.Amount, d.ReceivedOn, CampaignNames.Of(d.Purpose),
            d.Status, CampaignNames.Of(d.Status));
}
