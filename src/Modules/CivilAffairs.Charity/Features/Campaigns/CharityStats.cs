using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Charity.Features.Campaigns;

public sealed record StatLine(string Key, int Donations, decimal Money, decimal Goods)
{
    public decimal Total => Money + Goods;
}

internal sealed record CharityStatsView(int? Year, IReadOnlyList<StatLine> ByCampaign, IReadOnlyList<StatLine> ByMonth, IReadOnlyList<StatLine> ByRecipient,
    StatLine Overall, IReadOnlyList<PledgeSum> Pledges);

/// <summary>Statistics for staff, over the donations of their jurisdiction (the data filter), with an audited Excel export.</summary>
internal sealed class CharityStats(CharityDb db, Pledges pledges, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<CharityStatsView> GetAsync(int? year, CancellationToken ct)
    {
        var rows = await Rows(year).Select(d => new { d.CampaignId, d.ReceivedOn, d.RecipientName, d.Form, d.Amount }).ToListAsync(ct);
        var names = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        static StatLine Line(string key, IEnumerable<(DonationForm Form, decimal Amount)> g)
        {
            var list = g.ToList();
            return new StatLine(key, list.Count, list.Where(x => x.Form == DonationForm.Money).Sum(x => x.Amount), list.Where(x => x.Form == DonationForm.Goods).Sum(x => x.Amount));
        }
        var byCampaign = rows.GroupBy(r => r.CampaignId is { } id ? names.GetValueOrDefault(id, "—") : "（未关联活动）")
            .Select(g => Line(g.Key, g.Select(r => (r.Form, r.Amount)))).OrderByDescending(l => l.Total).ToList();
        var byMonth = rows.GroupBy(r => r.ReceivedOn.ToString("yyyy-MM", CultureInfo.InvariantCulture))
            .Select(g => Line(g.Key, g.Select(r => (r.Form, r.Amount)))).OrderBy(l => l.Key, StringComparer.Ordinal).ToList();
        var byRecipient = rows.GroupBy(r => r.RecipientName).Select(g => Line(g.Key, g.Select(r => (r.Form, r.Amount)))).OrderByDescending(l => l.Total).ToList();
        var pledgeSums = (await pledges.ListAsync(null, null, null, ct)).Sums;
        return new CharityStatsView(year, byCampaign, byMonth, byRecipient, Line("合计", rows.Select(r => (r.Form, r.Amount))), pledgeSums);
    }

    /// <summary>The statistics and the donation lines (individual donors masked, 匿名 without a name); needs a reason, audited.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var s = await GetAsync(year, ct);
        var donations = await Rows(year).OrderBy(d => d.ReceivedOn).Take(50_000).ToListAsync(ct);
        var names = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        static List<Dictionary<string, object?>> Sheet(IEnumerable<StatLine> lines, string key) => lines.Select(l => new Dictionary<string, object?>
        {
            [key] = l.Key, ["笔数"] = l.Donations, ["资金（元）"] = l.Money, ["物资折价（元）"] = l.Goods, ["合计（元）"] = l.Total,
        }).ToList();
        var detail = donations.Select(d => new Dictionary<string, object?>
        {
            ["票据号码"] = d.ReceiptNumber, ["受赠组织"] = d.RecipientName, ["统一社会信用代码"] = d.CreditCode,
            ["活动"] = d.CampaignId is { } id ? names.GetValueOrDefault(id, "") : "", ["捐赠人类别"] = CampaignNames.Of(d.DonorKind),
            ["捐赠人（脱敏）"] = CampaignRules.ListName(d.DonorKind, d.DonorName), ["形式"] = CampaignNames.Of(d.Form), ["金额（元）"] = d.Amount,
            ["收到日期"] = d.ReceivedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["用途"] = CampaignNames.Of(d.Purpose),
        }).ToList();
        var pledgeSheet = s.Pledges.Select(p => new Dictionary<string, object?>
        {
            ["活动"] = p.CampaignName, ["帮扶对象"] = p.BeneficiaryArea, ["认捐笔数"] = p.Pledges, ["认捐金额（元）"] = p.Pledged, ["已到位（元）"] = p.Delivered,
            ["到位率"] = p.Rate,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object>
        {
            ["按活动"] = Sheet(s.ByCampaign, "活动"), ["按月份"] = Sheet(s.ByMonth, "月份"), ["按受赠组织"] = Sheet(s.ByRecipient, "受赠组织"),
            ["认捐到位"] = pledgeSheet, ["捐赠明细"] = detail,
        }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "Donation", null, new { reason = reason.Trim(), year, rows = detail.Count }, ct: ct);
        return (stream.ToArray(), $"charity-stats-{(year?.ToString(CultureInfo.InvariantCulture) ?? "all")}.xlsx");
    }

    private IQueryable<Donation> Rows(int? year)
    {
        var q = db.Donations.AsNoTracking().Where(d => d.Status == DonationStatus.Valid);
        if (year is { } y)
        {
            var from = new DateOnly(y, 1, 1);
            var to = new DateOnly(y, 12, 31);
            q = q.Where(d => d.ReceivedOn >= from && d.ReceivedOn <= to);
        }
        return q;
    }
}
