using System.Globalization;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Disaster.Features.Relief;

public class WinterListRequest
{
    public string? DivisionCode { get; set; }

    /// <summary>"2018-2019".</summary>
    public string? Season { get; set; }

    public Guid? EventId { get; set; }
}

public class WinterEntryRequest
{
    public Guid? HouseholdId { get; set; }

    public string? HeadName { get; set; }

    public string? HeadIdNumber { get; set; }

    public int? Members { get; set; }

    public string? Need { get; set; }

    public decimal? Amount { get; set; }
}

internal sealed record WinterEntryView(Guid Id, string HeadName, string HeadIdNumber, int Members, string Need, decimal Amount, string AmountBasis);

internal sealed record WinterListView(Guid Id, string DivisionCode, string Season, Guid? EventId, WinterListStatus Status, string StatusName, int Households,
    int Persons, decimal Total, string? ReviewedBy, string? ApprovedBy, string? ReturnReason, IReadOnlyList<WinterEntryView> Entries);

/// <summary>
/// 冬春救助 (条例 art. 21): a street lists, per season, the households who need help with food,
/// clothing, heating or repairs and how much; the street reviewer submits it, the district approves
/// (or returns it with a reason for correction). Amounts are capped by an effective-dated parameter.
/// </summary>
internal sealed class WinterRelief(DisasterDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, AuditEvents audit)
{
    public static readonly string[] Needs = ["口粮", "衣被", "取暖", "房屋修缮", "其他"];

    public async Task<List<WinterListView>> ListAsync(string? season, CancellationToken ct)
    {
        var q = db.WinterLists.AsNoTracking().Include(l => l.Entries).AsQueryable();
        if (!string.IsNullOrWhiteSpace(season))
        {
            q = q.Where(l => l.Season == season.Trim());
        }
        return (await q.OrderByDescending(l => l.Season).ThenBy(l => l.DivisionCode).ToListAsync(ct)).Select(View).ToList();
    }

    public async Task<WinterListView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.WinterLists.AsNoTracking().Include(l => l.Entries).FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException());

    public async Task<WinterListView> CreateAsync(WinterListRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterWrite, "冬春救助名单由街道、社区工作人员（disaster.write）编制");
        var e = new FieldErrors();
        var division = Access.Division(e, user, "divisionCode", r.DivisionCode, 9, "街道");
        var season = SeasonStart(r.Season) is null ? "" : r.Season!.Trim();
        if (season.Length == 0)
        {
            e.Add("season", "请填写救助季度，如 2018-2019（当年冬季至次年春季）");
        }
        e.ThrowIfAny();
        var l = new WinterReliefList
        {
            DivisionCode = division[..Math.Min(9, division.Length)], Season = season, EventId = r.EventId, CreatedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.WinterLists.Add(l);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException($"该街道 {season} 冬春救助名单已存在");
        }
        return View(l);
    }

    public async Task<WinterListView> AddEntryAsync(Guid listId, WinterEntryRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterWrite, "冬春救助名单由街道、社区工作人员（disaster.write）编制");
        var l = await db.WinterLists.Include(x => x.Entries).FirstOrDefaultAsync(x => x.Id == listId, ct) ?? throw new NotFoundException();
        if (l.Status is not (WinterListStatus.Draft or WinterListStatus.Returned))
        {
            throw new BusinessRuleException("名单已提交审核，不能再修改");
        }
        var e = new FieldErrors();
        var entry = new WinterReliefEntry { ListId = l.Id, DivisionCode = l.DivisionCode, HouseholdId = r.HouseholdId };
        if (r.HouseholdId is { } hid)
        {
            var h = await db.Households.AsNoTracking().FirstOrDefaultAsync(x => x.Id == hid, ct) ?? throw new FieldValidationException("householdId", "受灾户不存在或不在您的辖区内");
            entry.HeadName = h.HeadName;
            entry.HeadIdNumber = h.HeadIdNumber;
            entry.Members = r.Members ?? h.Members;
        }
        else
        {
            entry.HeadName = Access.Text(e, "headName", r.HeadName, 64, "请填写户主姓名");
            if (IdNumber.TryParse(r.HeadIdNumber, ChinaTime.Today(clock), null, out var info, out var error))
            {
                entry.HeadIdNumber = info!.Normalized;
            }
            else
            {
                e.Add("headIdNumber", error ?? "请填写户主身份证号码");
            }
            entry.Members = r.Members ?? 0;
        }
        if (entry.Members is < 1 or > 30)
        {
            e.Add("members", "请填写家庭人口（1至30人）");
        }
        entry.Need = Needs.Contains(r.Need?.Trim()) ? r.Need!.Trim() : "";
        if (entry.Need.Length == 0)
        {
            e.Add("need", "请选择救助需求（口粮、衣被、取暖、房屋修缮、其他）");
        }
        if (r.Amount is not (> 0))
        {
            e.Add("amount", "请填写救助金额");
        }
        e.ThrowIfAny();
        if (l.Entries.Any(x => x.HeadIdNumber == entry.HeadIdNumber))
        {
            throw new BusinessRuleException("此户已在名单中");
        }
        var start = SeasonStart(l.Season)!.Value;
        var p = await parameters.FindAsync(DisasterParameters.WinterCap, start, l.DivisionCode, ct)
            ?? throw new BusinessRuleException($"{start:yyyy-MM-dd} 没有有效的冬春救助上限参数");
        var cap = decimal.Parse(p.Value, CultureInfo.InvariantCulture);
        if (r.Amount > cap)
        {
            throw new FieldValidationException("amount", $"每户不超过 {cap:0.##} 元（{p.LegalBasis}）");
        }
        entry.Amount = Math.Round(r.Amount!.Value, 2);
        entry.AmountBasis = $"{DisasterParameters.WinterCap} = {cap:0.##} 元（{p.ValidFrom:yyyy-MM-dd} 起）；{p.LegalBasis}";
        db.WinterEntries.Add(entry);
        l.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(l.Id, ct);
    }

    public Task<WinterListView> ReviewAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, Permissions.DisasterReview, "街道审核须由街道审核人（disaster.review）进行", [WinterListStatus.Draft, WinterListStatus.Returned],
            WinterListStatus.StreetReviewed, null, ct);

    public Task<WinterListView> ApproveAsync(Guid id, CancellationToken ct) =>
        MoveAsync(id, Permissions.DisasterApprove, "区审批须由区审批人（disaster.approve）进行", [WinterListStatus.StreetReviewed], WinterListStatus.Approved, null, ct);

    public Task<WinterListView> ReturnAsync(Guid id, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new FieldValidationException("reason", "请写明退回理由");
        }
        return MoveAsync(id, Permissions.DisasterApprove, "退回须由区审批人（disaster.approve）进行", [WinterListStatus.StreetReviewed], WinterListStatus.Returned, reason.Trim(), ct);
    }

    /// <summary>All entries of a season in my jurisdiction (by street), personal data masked; the export is audited.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(string season, CancellationToken ct)
    {
        var lists = await ListAsync(season, ct);
        var rows = lists.SelectMany(l => l.Entries.Select(x => new Dictionary<string, object?>
        {
            ["区"] = l.DivisionCode[..6], ["街道"] = l.DivisionCode, ["名单状态"] = l.StatusName, ["户主"] = x.HeadName, ["身份证号码"] = x.HeadIdNumber,
            ["家庭人口"] = x.Members, ["救助需求"] = x.Need, ["救助金额（元）"] = x.Amount,
        })).ToList();
        var totals = lists.GroupBy(l => l.DivisionCode[..6]).Select(g => new Dictionary<string, object?>
        {
            ["区"] = g.Key, ["名单数"] = g.Count(), ["户数"] = g.Sum(l => l.Households), ["人数"] = g.Sum(l => l.Persons), ["金额（元）"] = g.Sum(l => l.Total),
            ["已批准金额（元）"] = g.Where(l => l.Status == WinterListStatus.Approved).Sum(l => l.Total),
        }).ToList();
        var sheets = new Dictionary<string, object> { ["冬春救助名单"] = rows, ["按区汇总"] = totals };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "DisasterWinterRelief", null, new { season, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"winter-relief-{season}.xlsx");
    }

    private async Task<WinterListView> MoveAsync(Guid id, string permission, string message, WinterListStatus[] from, WinterListStatus to, string? reason,
        CancellationToken ct)
    {
        Access.Require(user, permission, message);
        var l = await db.WinterLists.Include(x => x.Entries).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (!from.Contains(l.Status))
        {
            throw new BusinessRuleException($"名单状态为“{DisasterNames.Winter(l.Status)}”，不能改为“{DisasterNames.Winter(to)}”");
        }
        if (to == WinterListStatus.StreetReviewed && l.Entries.Count == 0)
        {
            throw new BusinessRuleException("名单为空，不能提交");
        }
        l.Status = to;
        if (to == WinterListStatus.StreetReviewed)
        {
            l.ReviewedBy = user.UserName;
            l.ReturnReason = null;
        }
        else if (to == WinterListStatus.Approved)
        {
            l.ApprovedBy = user.UserName;
        }
        else
        {
            l.ReturnReason = reason;
        }
        l.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("名单已被他人处理，请刷新后重试");
        }
        return View(l);
    }

    /// <summary>The season "2018-2019" starts on 1 November 2018 (the cap in force then applies).</summary>
    public static DateOnly? SeasonStart(string? season)
    {
        var parts = (season ?? "").Trim().Split('-');
        return parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var a) && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var b)
            && b == a + 1 && a is >= 2000 and <= 2100 ? new DateOnly(a, 11, 1) : null;
    }

    private static WinterListView View(WinterReliefList l) => new(l.Id, l.DivisionCode, l.Season, l.EventId, l.Status, DisasterNames.Winter(l.Status),
        l.Entries.Count, l.Entries.Sum(x => x.Members), l.Entries.Sum(x => x.Amount), l.ReviewedBy, l.ApprovedBy, l.ReturnReason,
        l.Entries.OrderBy(x => x.HeadIdNumber, StringComparer.Ordinal).Select(x => new WinterEntryView(x.Id, Masking.Name(x.HeadName), Masking.IdNumber(x.HeadIdNumber),
            x.Members, x.Need, x.Amount, x.AmountBasis)).ToList());
}
