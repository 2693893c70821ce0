using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Campaigns;

/// <summary>慈善认捐 (意向帮扶) at a charity fair and their deliveries; the bureau follows them up until fully delivered.</summary>
internal sealed class Pledges(CharityDb db, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    public async Task<PledgeList> ListAsync(Guid? campaign, PledgeStatus? status, string? area, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var all = await db.Pledges.AsNoTracking().Where(p => campaign == null || p.CampaignId == campaign).ToListAsync(ct);
        var names = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var rows = all.Select(p => Row(p, names.GetValueOrDefault(p.CampaignId, ""), today)).ToList();
        var sums = rows.GroupBy(r => (r.CampaignName, r.BeneficiaryArea)).OrderBy(g => g.Key.CampaignName, StringComparer.Ordinal)
            .ThenByDescending(g => g.Sum(r => r.Amount))
            .Select(g => new PledgeSum(g.Key.CampaignName, g.Key.BeneficiaryArea, g.Count(), g.Sum(r => r.Amount), g.Sum(r => r.Delivered),
                CampaignRules.Rate(g.Sum(r => r.Amount), g.Sum(r => r.Delivered)))).ToList();
        var shown = rows.Where(r => (status == null || r.Status == status) && (string.IsNullOrWhiteSpace(area) || r.BeneficiaryArea == area))
            .OrderByDescending(r => r.Overdue).ThenBy(r => r.DueOn).ThenByDescending(r => r.Amount).ToList();
        return new PledgeList(shown, sums, rows.Count(r => r.Overdue));
    }

    public async Task<PledgeView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Pledges.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == p.CampaignId).Select(c => c.Name).FirstOrDefaultAsync(ct) ?? "";
        var deliveries = await db.PledgeDeliveries.AsNoTracking().Where(d => d.PledgeId == id).OrderBy(d => d.DeliveredOn).ToListAsync(ct);
        return new PledgeView(Row(p, campaign, ChinaTime.Today(clock)), p.CampaignId, p.DueBasis,
            deliveries.Select(d => new DeliveryView(d.Id, d.DeliveredOn, d.Amount, d.ReceiptRef, d.RecordedBy)).ToList());
    }

    public async Task<PledgeView> CreateAsync(PledgeRequest r, CancellationToken ct)
    {
        EnsureWriter();
        var errors = new FieldErrors();
        var campaign = r.CampaignId is { } cid ? await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cid, ct) : null;
        if (campaign is null)
        {
            errors.Add("campaignId", "请选择认捐所在的活动（慈善展会）");
        }
        var name = (r.PledgerName ?? "").Trim();
        if (name.Length is < 2 or > 100)
        {
            errors.Add("pledgerName", "请填写认捐单位名称");
        }
        var area = (r.BeneficiaryArea ?? "").Trim();
        if (area.Length is < 2 or > 40)
        {
            errors.Add("beneficiaryArea", "请填写帮扶对象地区或群体");
        }
        if (r.Amount is not > 0)
        {
            errors.Add("amount", "认捐金额须大于0");
        }
        var today = ChinaTime.Today(clock);
        if (r.PledgedOn is null)
        {
            errors.Add("pledgedOn", "请填写认捐日期");
        }
        else if (r.PledgedOn > today)
        {
            errors.Add("pledgedOn", "认捐日期不能晚于今天");
        }
        if (r.DueOn is { } due && r.PledgedOn is { } on && due < on)
        {
            errors.Add("dueOn", "约定到位日期不能早于认捐日期");
        }
        errors.ThrowIfAny();
        var division = user.Jurisdiction ?? "4403";
        var pledgedOn = r.PledgedOn!.Value;
        DateOnly dueOn;
        string basis;
        if (r.DueOn is { } agreed)
        {
            (dueOn, basis) = (agreed, "认捐时约定的到位日期");
        }
        else
        {
            var p = await parameters.FindAsync(CampaignParameters.PledgeDueDays, pledgedOn, division, ct)
                ?? throw new BusinessRuleException($"慈善认捐参数未设置：{CampaignParameters.PledgeDueDays}（{pledgedOn:yyyy-MM-dd}）");
            var days = int.Parse(p.Value, CultureInfo.InvariantCulture);
            dueOn = pledgedOn.AddDays(days);
            basis = string.Create(CultureInfo.InvariantCulture, $"默认期限{days}天（{p.Key}，{p.DivisionCode}，{p.ValidFrom:yyyy-MM-dd}起）");
        }
        var code = (r.PledgerCreditCode ?? "").Trim().ToUpperInvariant();
        var problem = code.Length > 0 ? CreditCode.Check(code) : CreditCodeProblem.None;
        var pledge = new Pledge
        {
            CampaignId = campaign!.Id, DivisionCode = division, PledgerName = name, PledgerCreditCode = code.Length > 0 ? code : null,
            PledgerCodeWarning = problem == CreditCodeProblem.None ? null : CreditCode.Message(problem), BeneficiaryArea = area,
            Project = string.IsNullOrWhiteSpace(r.Project) ? null : r.Project.Trim(), Amount = decimal.Round(r.Amount!.Value, 2), PledgedOn = pledgedOn,
            DueOn = dueOn, DueBasis = basis, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Pledges.Add(pledge);
        await db.SaveChangesAsync(ct);
        return await GetAsync(pledge.Id, ct);
    }

    public async Task<PledgeView> DeliverAsync(Guid id, DeliveryRequest r, CancellationToken ct)
    {
        EnsureWriter();
        var p = await db.Pledges.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.Amount is not > 0)
        {
            errors.Add("amount", "到位金额须大于0");
        }
        if (r.DeliveredOn is null)
        {
            errors.Add("deliveredOn", "请填写到位日期");
        }
        else if (r.DeliveredOn > ChinaTime.Today(clock))
        {
            errors.Add("deliveredOn", "到位日期不能晚于今天");
        }
        else if (r.DeliveredOn < p.PledgedOn)
        {
            errors.Add("deliveredOn", "到位日期不能早于认捐日期");
        }
        errors.ThrowIfAny();
        var amount = decimal.Round(r.Amount!.Value, 2);
        if (p.Delivered + amount > p.Amount)
        {
            throw new BusinessRuleException(string.Create(CultureInfo.InvariantCulture,
                $"到位金额超过未到位余额 {p.Amount - p.Delivered:N2} 元；超出部分请作为新的捐赠登记"));
        }
        db.PledgeDeliveries.Add(new PledgeDelivery
        {
            PledgeId = p.Id, DivisionCode = p.DivisionCode, DeliveredOn = r.DeliveredOn!.Value, Amount = amount,
            ReceiptRef = string.IsNullOrWhiteSpace(r.ReceiptRef) ? null : r.ReceiptRef.Trim(), RecordedBy = user.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        p.Delivered += amount;
        p.Status = CampaignRules.StatusOf(p.Amount, p.Delivered);
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private void EnsureWriter()
    {
        if (!user.Has(Permissions.CharityWrite) || user.Organization is not null)
        {
            throw new ForbiddenException();
        }
    }

    public static PledgeRow Row(Pledge p, string campaign, DateOnly today) =>
        new(p.Id, campaign, p.PledgerName, p.PledgerCreditCode, p.PledgerCodeWarning, p.BeneficiaryArea, p.Project, p.Amount, p.PledgedOn, p.DueOn,
            p.Delivered, CampaignRules.Rate(p.Amount, p.Delivered), p.Status, CampaignNames.Of(p.Status), CampaignRules.Overdue(p.Status, p.DueOn, today));
}
