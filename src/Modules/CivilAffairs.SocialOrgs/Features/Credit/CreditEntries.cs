using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>The lists (staff: their jurisdiction; an organization: its own entries), manual entries, the promotion sweep and the export.</summary>
internal sealed class CreditEntries(SocialOrgsDb db, CreditListing listing, OrgAccess access, ICurrentUser user, TimeProvider clock, AuditEvents audit)
{
    public const int PageSize = 50;
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // a class with an initializer, not a positional record: EF translates filters on initialized members only
    private sealed class Joined
    {
        public CreditListEntry E { get; init; } = null!;

        public string Name { get; init; } = "";

        public string AuthorityCode { get; init; } = "";
    }

    private IQueryable<Joined> Base(CreditEntryQuery q)
    {
        var rows = from e in db.CreditEntries.AsNoTracking()
                   join o in db.Organizations.AsNoTracking() on e.OrganizationId equals o.Id
                   select new Joined { E = e, Name = o.Name, AuthorityCode = o.AuthorityCode };
        if (q.District is { Length: > 0 } d) { rows = rows.Where(r => r.E.DivisionCode.StartsWith(d)); }
        if (q.Authority is { Length: > 0 } a) { rows = rows.Where(r => r.AuthorityCode == a); }
        if (q.From is { } f) { rows = rows.Where(r => r.E.ListedOn >= f); }
        if (q.To is { } t) { rows = rows.Where(r => r.E.ListedOn <= t); }
        if (q.Q?.Trim() is { Length: > 0 } text)
        {
            var code = text.ToUpperInvariant();
            rows = rows.Where(r => r.Name.Contains(text) || r.E.CreditCode == code);
        }
        return rows;
    }

    private static IQueryable<Joined> Tab(IQueryable<Joined> rows, string? tab) => (tab ?? "abnormal").ToLowerInvariant() switch
    {
        "serious" => rows.Where(r => r.E.List == CreditList.Serious && r.E.RemovedOn == null),
        "removed" => rows.Where(r => r.E.RemovedOn != null),
        _ => rows.Where(r => r.E.List == CreditList.Abnormal && r.E.RemovedOn == null),
    };

    private static IQueryable<Joined> ByTrigger(IQueryable<Joined> rows, string? trigger) =>
        Enum.TryParse<CreditTrigger>(trigger, true, out var t) ? rows.Where(r => r.E.Trigger == t) : rows;

    public async Task<CreditEntryList> ListAsync(CreditEntryQuery q, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var all = Base(q);
        var tab = Tab(all, q.Tab);
        var byTrigger = (await tab.GroupBy(r => r.E.Trigger).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .OrderByDescending(x => x.Count).Select(x => new CreditCount(x.Key.ToString(), SocialOrgNames.Of(x.Key), x.Count)).ToList();
        var filtered = ByTrigger(tab, q.Trigger);
        var total = await filtered.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var items = await filtered.OrderByDescending(r => r.E.ListedOn).ThenByDescending(r => r.E.Number).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var open = await db.CreditRemovals.AsNoTracking().Where(r => r.Status == RemovalStatus.Pending || r.Status == RemovalStatus.Verified)
            .Select(r => new { r.EntryId, r.Status, r.DueBy }).ToListAsync(ct);
        var pending = open.GroupBy(r => r.EntryId).ToDictionary(g => g.Key, g => g.First());
        var rows = items.Select(r => Row(r.E, r.Name, r.AuthorityCode, pending.TryGetValue(r.E.Id, out var p) ? (p.Status, p.DueBy) : null, today)).ToList();
        return new CreditEntryList(total, page, PageSize,
            await Tab(all, "abnormal").CountAsync(ct), await Tab(all, "serious").CountAsync(ct), await Tab(all, "removed").CountAsync(ct),
            open.Count, open.Count(r => r.DueBy < today), byTrigger, rows);
    }

    internal static CreditEntryRow Row(CreditListEntry e, string name, string authority, (RemovalStatus Status, DateOnly DueBy)? pending, DateOnly today) =>
        new(e.Id, e.Number, e.OrganizationId, name, e.CreditCode, e.DivisionCode, authority, e.List.ToString(), SocialOrgNames.Of(e.List), e.Trigger.ToString(),
            SocialOrgNames.Of(e.Trigger), e.Basis, e.SourceRef, e.OccurredOn, e.DueBy, e.ListedOn, e.ListedOn > e.DueBy, e.PeriodStart, e.Restarts, e.RemovedOn,
            e.RemovalReason, pending is { } p ? CreditNames.Of(p.Status) : null, pending is { } p2 && p2.DueBy < today);

    /// <summary>A registrar lists an organization for a fact from outside the system (socialorgs.write, its registration authority).</summary>
    public async Task<CreditEntryRow> ManualAsync(CreditManualRequest r, CancellationToken ct)
    {
        RequireWrite();
        var today = ChinaTime.Today(clock);
        var e = new FieldErrors();
        var code = (r.CreditCode ?? "").Trim().ToUpperInvariant();
        if (code.Length == 0) { e.Add("creditCode", "请填写统一社会信用代码。"); }
        var okTrigger = Enum.TryParse<CreditTrigger>(r.Trigger, true, out var trigger) && CreditRules.Manual.Contains(trigger);
        if (!okTrigger) { e.Add("trigger", "请选择列入事由（未设立党组织、未按期整改、失信被执行人、弄虚作假被撤销变更登记或其他）。"); }
        CreditList? list = okTrigger ? CreditRules.ListOf(trigger) : null;
        if (okTrigger && trigger == CreditTrigger.Other)
        {
            list = Enum.TryParse<CreditList>(r.List, true, out var l) && Enum.IsDefined(l) ? l : null;
            if (list is null) { e.Add("list", "事由为“其他”时请选择名单。"); }
        }
        var basis = (r.Basis ?? "").Trim();
        if (basis.Length < 4) { e.Add("basis", "请写明列入的事实和依据（至少4个字）。"); }
        else if (basis.Length > 500) { e.Add("basis", "事实和依据不超过500字。"); }
        if (r.OccurredOn is null) { e.Add("occurredOn", "请填写事实发生或收到之日。"); }
        else if (r.OccurredOn > today) { e.Add("occurredOn", "事实发生日不能晚于今天。"); }
        if (r.SourceRef?.Trim() is { Length: > 64 }) { e.Add("sourceRef", "文书编号不超过64个字符。"); }
        e.ThrowIfAny();
        var org = await db.Organizations.FirstOrDefaultAsync(o => o.CreditCode == code, ct)
            ?? throw new FieldValidationException("creditCode", "未找到该统一社会信用代码的社会组织（或不在您的管辖范围内）。");
        access.EnsureAuthorityFor(org);
        var entry = await listing.PlaceAsync(org, list!.Value, trigger, basis, string.IsNullOrWhiteSpace(r.SourceRef) ? null : r.SourceRef.Trim(), r.OccurredOn!.Value, ct);
        await db.SaveChangesAsync(ct);
        return Row(entry, org.Name, org.AuthorityCode, null, today);
    }

    /// <summary>
    /// Abnormal listings of N years or more (the earliest open entry of each organization) move to the
    /// serious list; the abnormal entry stays open until removed. Running it again changes nothing.
    /// </summary>
    public async Task<CreditSweepResult> SweepAsync(CancellationToken ct)
    {
        RequireWrite();
        var today = ChinaTime.Today(clock);
        var j = user.Jurisdiction ?? "#";
        // a cheap bound (no parameter is below one year); each organization is then checked with its own parameter
        var bound = today.AddYears(-1);
        var candidates = await db.CreditEntries.Where(e => e.List == CreditList.Abnormal && e.RemovedOn == null && e.ListedOn <= bound)
            .OrderBy(e => e.ListedOn).ToListAsync(ct);
        var promotedOrgs = (await db.CreditEntries.Where(e => e.Trigger == CreditTrigger.AbnormalTwoYears && e.RemovedOn == null)
            .Select(e => e.OrganizationId).ToListAsync(ct)).ToHashSet();
        var numbers = new List<string>();
        var checkedCount = 0;
        foreach (var first in candidates.GroupBy(e => e.OrganizationId).Select(g => g.First()))
        {
            if (promotedOrgs.Contains(first.OrganizationId))
            {
                continue;
            }
            var org = await db.Organizations.FirstOrDefaultAsync(o => o.Id == first.OrganizationId, ct);
            if (org is null || !DivisionCodes.IsWithin(org.AuthorityCode, j))
            {
                continue;
            }
            checkedCount++;
            var rules = await listing.RulesAsync(org, today, ct);
            if (!CreditRules.DueForPromotion(first.ListedOn, today, rules.AbnormalYears))
            {
                continue;
            }
            var entry = await listing.PlaceAsync(org, CreditList.Serious, CreditTrigger.AbnormalTwoYears,
                $"自{first.ListedOn:yyyy-MM-dd}起列入活动异常名录（{first.Number}，{SocialOrgNames.Of(first.Trigger)}）满{rules.AbnormalYears}年",
                first.Number, first.ListedOn.AddYears(rules.AbnormalYears), ct);
            numbers.Add(entry.Number);
        }
        await db.SaveChangesAsync(ct);
        return new CreditSweepResult(checkedCount, numbers.Count, numbers);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(CreditEntryQuery q, CancellationToken ct)
    {
        var items = await ByTrigger(Tab(Base(q), q.Tab), q.Trigger).OrderByDescending(r => r.E.ListedOn).ThenByDescending(r => r.E.Number).Take(5000).ToListAsync(ct);
        var rows = items.Select(r => new Dictionary<string, object?>
        {
            ["编号"] = r.E.Number, ["名单"] = SocialOrgNames.Of(r.E.List), ["社会组织名称"] = r.Name, ["统一社会信用代码"] = r.E.CreditCode,
            ["所在区"] = CreditNames.District(r.E.DivisionCode), ["登记管理机关"] = CreditNames.Authority(r.AuthorityCode),
            ["列入事由"] = SocialOrgNames.Of(r.E.Trigger), ["事实和依据"] = r.E.Basis, ["事实发生日"] = r.E.OccurredOn.ToString("yyyy-MM-dd"),
            ["应录入期限"] = r.E.DueBy.ToString("yyyy-MM-dd"), ["列入日期"] = r.E.ListedOn.ToString("yyyy-MM-dd"), ["逾期录入"] = r.E.ListedOn > r.E.DueBy ? "是" : "",
            ["列入期起算"] = r.E.PeriodStart.ToString("yyyy-MM-dd"), ["移出日期"] = r.E.RemovedOn?.ToString("yyyy-MM-dd") ?? "", ["移出原因"] = r.E.RemovalReason ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "信用名单", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SocialOrgCreditList", null, new { q.Tab, q.Trigger, q.District, q.Authority, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"credit-{(q.Tab ?? "abnormal").ToLowerInvariant()}-{ChinaTime.Today(clock):yyyyMMdd}.xlsx");
    }

    private void RequireWrite()
    {
        if (!user.Has(Permissions.SocialOrgsWrite))
        {
            throw new ForbiddenException("只有社会组织登记管理员可以办理信用名单的列入");
        }
    }
}
