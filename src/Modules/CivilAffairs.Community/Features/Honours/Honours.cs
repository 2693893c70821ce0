using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Community.Features.Shared;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>Honours, pilot and experimental-zone designations of communities, streets and districts.</summary>
internal sealed class Honours(CommunityDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, GrassUnits units, Numbers numbers,
    AuditEvents audit)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<HonourList> ListAsync(HonourSearch s, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(s);
        var today = Today;
        var q = db.Honours.AsNoTracking();
        if (GrassText.Parse<HonourKind>(s.Kind) is { } kind)
        {
            q = q.Where(h => h.Kind == kind);
        }
        switch (GrassText.Parse<HonourStatus>(s.Status))
        {
            case HonourStatus.Revoked: q = q.Where(h => h.Status == HonourStatus.Revoked); break;
            case HonourStatus.Expired: q = q.Where(h => h.Status != HonourStatus.Revoked && h.ValidUntil != null && h.ValidUntil < today); break;
            case HonourStatus.Valid: q = q.Where(h => h.Status != HonourStatus.Revoked && (h.ValidUntil == null || h.ValidUntil >= today)); break;
        }
        if (DivisionCodes.Normalize(s.Division) is { } d)
        {
            q = q.Where(h => h.DivisionCode.StartsWith(d));
        }
        if (s.Year is { } y)
        {
            var (from, to) = GrassText.Year(y);
            q = q.Where(h => h.AwardedOn >= from && h.AwardedOn <= to);
        }
        if (GrassText.Trim(s.Q, 50) is { } text)
        {
            q = q.Where(h => h.Title.Contains(text) || h.UnitName.Contains(text) || h.AwardingBody.Contains(text) || (h.DocumentNumber != null && h.DocumentNumber.Contains(text)));
        }
        var rows = await q.OrderByDescending(h => h.AwardedOn).ThenBy(h => h.Number).Take(1000).ToListAsync(ct);
        var notice = await NoticeDaysAsync(ct);
        var items = rows.Select(h => View(h, today, notice)).ToList();
        if (s.ReviewDue == true)
        {
            items = items.Where(h => h.ReviewDue).ToList();
        }
        var byDistrict = items.GroupBy(h => h.DivisionCode.Length >= 6 ? h.DivisionCode[..6] : h.DivisionCode).OrderBy(g => g.Key)
            .Select(g => new HonourCount(g.Key, GrassText.DistrictName(g.Key), g.Count(h => h.Kind == nameof(HonourKind.Honour)),
                g.Count(h => h.Kind == nameof(HonourKind.Pilot)), g.Count(h => h.Kind == nameof(HonourKind.ExperimentZone)),
                g.Count(h => h.Status == nameof(HonourStatus.Valid)), g.Count()))
            .ToList();
        return new HonourList(items.Count, items.Count(h => h.Status == nameof(HonourStatus.Valid)), items.Count(h => h.ReviewDue), items, byDistrict);
    }

    public async Task<HonourView> GetAsync(Guid id, CancellationToken ct)
    {
        var h = await db.Honours.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return View(h, Today, await NoticeDaysAsync(ct));
    }

    public async Task<HonourView> CreateAsync(HonourRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.CommunityWrite, "您的角色无权登记荣誉与试点");
        var errors = new FieldErrors();
        var title = GrassText.Trim(r.Title, 100);
        if (title is null)
        {
            errors.Add("title", "请填写荣誉或试点名称");
        }
        var kind = GrassText.Parse<HonourKind>(r.Kind);
        if (kind is null)
        {
            errors.Add("kind", "请选择类别（荣誉、试点或实验区）");
        }
        var body = GrassText.Trim(r.AwardingBody, 100);
        if (body is null)
        {
            errors.Add("awardingBody", "请填写授予机关");
        }
        var today = Today;
        if (r.AwardedOn is not { } on || on > today || on.Year < 1980)
        {
            errors.Add("awardedOn", "请填写授予日期（不晚于今天）");
        }
        if (r.ValidUntil is { } vu && r.AwardedOn is { } a1 && vu <= a1)
        {
            errors.Add("validUntil", "有效期须晚于授予日期");
        }
        if (r.ReviewOn is { } rv && r.AwardedOn is { } a2 && rv <= a2)
        {
            errors.Add("reviewOn", "复核日期须晚于授予日期");
        }
        errors.ThrowIfAny();
        var awarded = r.AwardedOn!.Value;
        var (code, name) = await units.ResolveAsync(r.DivisionCode, "divisionCode", awarded, ct, 6, 9, 12);
        var used = new List<GrassParameterUse>();
        var review = r.ReviewOn;
        if (review is null && kind == HonourKind.Honour)
        {
            var years = (int)await parameters.GrassParamAsync(HonourParameters.ReviewYears, awarded, code, used, ct);
            review = HonourRules.DefaultReview(awarded, years);
        }
        var h = new CommunityHonour
        {
            Number = await numbers.NextAsync("RY", today.Year, ct), Title = title!, Kind = kind!.Value, DivisionCode = code, UnitName = name, AwardingBody = body!,
            AwardedOn = awarded, ValidUntil = r.ValidUntil, ReviewOn = review, DocumentNumber = GrassText.Trim(r.DocumentNumber, 64),
            Evidence = GrassText.Trim(r.Evidence, 500), Note = GrassText.Trim(r.Note, 1000), Status = HonourStatus.Valid,
            ParametersUsed = used.Count == 0 ? null : GrassText.Json(used), RecordedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Honours.Add(h);
        await db.SaveChangesAsync(ct);
        return View(h, today, await NoticeDaysAsync(ct));
    }

    /// <summary>撤销 (community.approve): the awarding body withdrew the designation.</summary>
    public async Task<HonourView> RevokeAsync(Guid id, RevokeRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.CommunityApprove, "撤销荣誉须由审批人员办理");
        var h = await db.Honours.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (h.Status == HonourStatus.Revoked)
        {
            throw new BusinessRuleException("该荣誉已撤销");
        }
        var today = Today;
        var on = r.On ?? today;
        var errors = new FieldErrors();
        if (on > today || on < h.AwardedOn)
        {
            errors.Add("on", "撤销日期须在授予日期至今天之间");
        }
        var reason = GrassText.Trim(r.Reason, 500);
        if (reason is null)
        {
            errors.Add("reason", "请填写撤销原因及文件");
        }
        errors.ThrowIfAny();
        h.Status = HonourStatus.Revoked;
        h.RevokedOn = on;
        h.RevokeReason = reason;
        h.Version++;
        await db.SaveChangesAsync(ct);
        return View(h, today, await NoticeDaysAsync(ct));
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(HonourSearch s, string? reason, CancellationToken ct)
    {
        var why = GrassText.Reason(reason);
        var list = await ListAsync(s, ct);
        var rows = list.Items.Select(h => new Dictionary<string, object?>
        {
            ["编号"] = h.Number, ["名称"] = h.Title, ["类别"] = h.KindName, ["单位"] = h.UnitName, ["层级"] = h.Level, ["区"] = h.District, ["区划代码"] = h.DivisionCode,
            ["授予机关"] = h.AwardingBody, ["授予日期"] = h.AwardedOn.ToString("yyyy-MM-dd"), ["有效期至"] = h.ValidUntil?.ToString("yyyy-MM-dd") ?? "",
            ["复核日期"] = h.ReviewOn?.ToString("yyyy-MM-dd") ?? "", ["文号"] = h.DocumentNumber ?? "", ["状态"] = h.StatusName, ["佐证材料"] = h.Evidence ?? "",
        }).ToList();
        var counts = list.ByDistrict.Select(c => new Dictionary<string, object?>
        {
            ["区"] = c.DistrictName, ["荣誉"] = c.Honours, ["试点"] = c.Pilots, ["实验区"] = c.Zones, ["有效"] = c.Valid, ["合计"] = c.Total,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object> { ["荣誉与试点"] = rows, ["按区统计"] = counts }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, nameof(CommunityHonour), null, new { reason = why, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), "community-honours.xlsx");
    }

    private async Task<int> NoticeDaysAsync(CancellationToken ct) =>
        (int)await parameters.GrassParamAsync(HonourParameters.ReviewNoticeDays, Today, "4403", [], ct);

    internal static HonourView View(CommunityHonour h, DateOnly today, int noticeDays)
    {
        var status = HonourRules.EffectiveStatus(h.Status, h.ValidUntil, today);
        return new HonourView(h.Id, h.Number, h.Title, h.Kind.ToString(), HonourRules.Name(h.Kind), h.DivisionCode, h.UnitName, HonourRules.LevelName(h.DivisionCode),
            GrassText.DistrictName(h.DivisionCode), h.AwardingBody, h.AwardedOn, h.ValidUntil, h.ReviewOn, HonourRules.ReviewDue(status, h.ReviewOn, today, noticeDays),
            h.DocumentNumber, status.ToString(), HonourRules.Name(status), h.RevokedOn, h.RevokeReason, h.Evidence, h.Note, h.ParametersUsed);
    }

    private void Require(string permission, string message)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(message);
        }
    }
}
