using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Safety;

/// <summary>Hidden dangers (list, rectify, verify) and the institutions due for inspection.</summary>
internal sealed partial class SafetyWork
{
    public async Task<IReadOnlyList<HazardView>> HazardsAsync(Guid? facilityId, HazardStatus? status, bool overdueOnly, bool openOnly, CancellationToken ct)
    {
        var q = db.SafetyHazards.AsNoTracking();
        if (facilityId is { } f)
        {
            q = q.Where(h => h.FacilityId == f);
        }
        if (status is { } s)
        {
            q = q.Where(h => h.Status == s);
        }
        if (openOnly)
        {
            q = q.Where(h => h.Status != HazardStatus.Verified);
        }
        var today = Today;
        if (overdueOnly)
        {
            q = q.Where(h => h.Status == HazardStatus.Open && h.Deadline < today);
        }
        var list = await q.OrderBy(h => h.Status).ThenBy(h => h.Deadline).Take(500).ToListAsync(ct);
        var names = await NamesAsync(list.Select(h => h.FacilityId), ct);
        var inspectionIds = list.Where(h => h.InspectionId != null).Select(h => h.InspectionId!.Value).Distinct().ToList();
        var numbersById = await db.SafetyInspections.AsNoTracking().Where(i => inspectionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Number, ct);
        return list.Select(h => View(h, names.GetValueOrDefault(h.FacilityId)?.Name ?? "", h.InspectionId is { } i ? numbersById.GetValueOrDefault(i) : null, today)).ToList();
    }

    private static HazardView View(SafetyHazard h, string facility, string? inspection, DateOnly today) =>
        new(h.Id, h.Number, h.FacilityId, facility, FacilityNames.District(h.DivisionCode), inspection, h.Description, h.Level, FacilityNames.Hazard(h.Level), h.FoundOn,
            h.Deadline, h.ParametersUsed, h.Status, FacilityNames.HazardStatus(h.Status), SafetyRules.IsOverdue(h.Status, h.Deadline, today),
            h.Status == HazardStatus.Open ? h.Deadline.DayNumber - today.DayNumber : null, h.RectifiedOn, SafetyRules.WasLate(h.RectifiedOn, h.Deadline), h.Rectification,
            h.RecordedBy, h.VerifiedBy, h.VerifiedOn);

    public async Task<HazardView> HazardAsync(Guid id, CancellationToken ct) =>
        (await HazardsByIdAsync(id, ct)) ?? throw new NotFoundException();

    private async Task<HazardView?> HazardsByIdAsync(Guid id, CancellationToken ct)
    {
        var h = await db.SafetyHazards.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return null;
        }
        var f = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(x => x.Id == h.FacilityId, ct);
        var i = h.InspectionId is { } iid ? await db.SafetyInspections.AsNoTracking().Where(x => x.Id == iid).Select(x => x.Number).FirstOrDefaultAsync(ct) : null;
        return View(h, f?.Name ?? "", i, Today);
    }

    /// <summary>The institution reports the danger rectified (facilities.write); a late rectification is kept as late.</summary>
    public async Task<HazardView> RectifyAsync(Guid id, RectifyRequest r, CancellationToken ct)
    {
        access.Write();
        var h = await db.SafetyHazards.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (h.Status != HazardStatus.Open)
        {
            throw new BusinessRuleException("该隐患已整改，不能重复登记");
        }
        var e = new FieldErrors();
        if (r.RectifiedOn is null)
        {
            e.Add("rectifiedOn", "请填写整改完成日期");
        }
        else if (r.RectifiedOn > Today)
        {
            e.Add("rectifiedOn", "整改完成日期不能晚于今天");
        }
        else if (r.RectifiedOn < h.FoundOn)
        {
            e.Add("rectifiedOn", "整改完成日期不能早于发现日期");
        }
        if (string.IsNullOrWhiteSpace(r.Rectification))
        {
            e.Add("rectification", "请填写整改措施");
        }
        e.ThrowIfAny();
        h.RectifiedOn = r.RectifiedOn;
        h.Rectification = r.Rectification!.Trim();
        h.Status = HazardStatus.Rectified;
        h.Version++;
        await db.SaveChangesAsync(ct);
        return await HazardAsync(id, ct);
    }

    /// <summary>Verification (验收销号) by someone other than the one who recorded the danger.</summary>
    public async Task<HazardView> VerifyAsync(Guid id, CancellationToken ct)
    {
        access.Write();
        var h = await db.SafetyHazards.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (h.Status != HazardStatus.Rectified)
        {
            throw new BusinessRuleException(h.Status == HazardStatus.Open ? "隐患尚未整改，不能验收" : "该隐患已验收销号");
        }
        if (string.Equals(h.RecordedBy, access.User.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("验收须由隐患登记人以外的人员进行");
        }
        h.Status = HazardStatus.Verified;
        h.VerifiedBy = access.User.UserName;
        h.VerifiedOn = Today;
        h.Version++;
        await db.SaveChangesAsync(ct);
        return await HazardAsync(id, ct);
    }

    /// <summary>Each operating institution's next inspection: the last one plus the cycle of its type (a parameter).</summary>
    public async Task<IReadOnlyList<DueView>> DueAsync(FacilityType? type, bool dueOnly, CancellationToken ct)
    {
        var q = db.Facilities.AsNoTracking().Where(f => f.Status == FacilityStatus.Operating || f.Status == FacilityStatus.Suspended);
        if (type is { } t)
        {
            q = q.Where(f => f.Type == t);
        }
        var facilities = await q.ToListAsync(ct);
        // grouped here, not in SQL: a date aggregate is not portable to SQLite
        var last = (await db.SafetyInspections.AsNoTracking().Select(i => new { i.FacilityId, i.InspectedOn }).ToListAsync(ct))
            .GroupBy(i => i.FacilityId).ToDictionary(g => g.Key, g => g.Max(i => i.InspectedOn));
        var open = await db.SafetyHazards.AsNoTracking().Where(h => h.Status != HazardStatus.Verified).GroupBy(h => h.FacilityId)
            .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var today = Today;
        var keys = Enum.GetValues<FacilityType>().Select(FacilityParameters.Cycle).Append(FacilityParameters.DueSoonDays).ToList();
        var cache = new Dictionary<string, IReadOnlyDictionary<string, Platform.Parameters.Parameter>>();
        var rows = new List<DueView>();
        foreach (var f in facilities)
        {
            var division = f.DivisionCode.Length >= 4 ? f.DivisionCode : "4403";
            if (!cache.TryGetValue(division, out var found))
            {
                cache[division] = found = await parameters.FindManyAsync(keys, today, division, ct);
            }
            if (!found.TryGetValue(FacilityParameters.Cycle(f.Type), out var cycle))
            {
                continue;
            }
            var soon = found.TryGetValue(FacilityParameters.DueSoonDays, out var s) ? Int(s) : 0;
            DateOnly? lastOn = last.TryGetValue(f.Id, out var l) ? l : null;
            var next = SafetyRules.NextDue(lastOn, Int(cycle));
            var state = SafetyRules.DueState(next, today, soon);
            rows.Add(new DueView(f.Id, f.Code, f.Name, f.Type, FacilityNames.Type(f.Type), FacilityNames.District(f.DivisionCode), lastOn, Int(cycle), next, state,
                FacilityNames.Due(state), open.GetValueOrDefault(f.Id)));
        }
        var ordered = rows.OrderByDescending(r => r.State == InspectionDueState.Overdue || r.State == InspectionDueState.Never).ThenBy(r => r.State == InspectionDueState.Ok)
            .ThenBy(r => r.NextDue ?? DateOnly.MinValue).ThenBy(r => r.Name).ToList();
        return dueOnly ? ordered.Where(r => r.State != InspectionDueState.Ok).ToList() : ordered;
    }

    public async Task<SafetyOverview> OverviewAsync(CancellationToken ct)
    {
        var due = await DueAsync(null, false, ct);
        var today = Today;
        var hazards = await db.SafetyHazards.AsNoTracking().Where(h => h.Status != HazardStatus.Verified).Select(h => new { h.Status, h.Deadline, h.Level }).ToListAsync(ct);
        var yearStart = new DateOnly(today.Year, 1, 1);
        return new SafetyOverview(due.Count, due.Count(d => d.State == InspectionDueState.Overdue), due.Count(d => d.State == InspectionDueState.DueSoon),
            due.Count(d => d.State == InspectionDueState.Never), hazards.Count(h => h.Status == HazardStatus.Open),
            hazards.Count(h => SafetyRules.IsOverdue(h.Status, h.Deadline, today)), hazards.Count(h => h.Level == HazardLevel.Major),
            hazards.Count(h => h.Status == HazardStatus.Rectified), await db.SafetyInspections.AsNoTracking().CountAsync(i => i.InspectedOn >= yearStart, ct));
    }

    public async Task<byte[]> ExcelAsync(CancellationToken ct)
    {
        var due = (await DueAsync(null, false, ct)).Select(d => new Dictionary<string, object?>
        {
            ["名录编码"] = d.Code, ["机构"] = d.Name, ["类型"] = d.TypeName, ["区"] = d.District, ["上次检查"] = d.LastInspected?.ToString("yyyy-MM-dd") ?? "",
            ["检查周期（日）"] = d.CycleDays, ["下次应检"] = d.NextDue?.ToString("yyyy-MM-dd") ?? "", ["状态"] = d.StateName, ["未销号隐患"] = d.OpenHazards,
        }).ToList();
        var hazards = (await HazardsAsync(null, null, false, false, ct)).Select(h => new Dictionary<string, object?>
        {
            ["隐患编号"] = h.Number, ["机构"] = h.FacilityName, ["区"] = h.District, ["检查编号"] = h.InspectionNumber ?? "", ["隐患描述"] = h.Description, ["等级"] = h.LevelName,
            ["发现日期"] = h.FoundOn.ToString("yyyy-MM-dd"), ["整改期限"] = h.Deadline.ToString("yyyy-MM-dd"), ["期限依据"] = h.ParametersUsed, ["状态"] = h.StatusName,
            ["逾期"] = h.Overdue ? "是" : "", ["整改完成"] = h.RectifiedOn?.ToString("yyyy-MM-dd") ?? "", ["逾期整改"] = h.Late ? "是" : "", ["验收人"] = h.VerifiedBy ?? "",
        }).ToList();
        var inspections = (await InspectionsAsync(null, null, ct)).Select(i => new Dictionary<string, object?>
        {
            ["检查编号"] = i.Number, ["机构"] = i.FacilityName, ["区"] = i.District, ["检查日期"] = i.InspectedOn.ToString("yyyy-MM-dd"), ["类别"] = i.KindName,
            ["检查单位"] = i.Inspectors, ["检查情况"] = i.Findings, ["隐患数"] = i.Hazards,
        }).ToList();
        var risks = (await RisksAsync(null, null, ct)).Select(r => new Dictionary<string, object?>
        {
            ["机构"] = r.FacilityName, ["风险点"] = r.Hazard, ["L"] = r.Likelihood, ["S"] = r.Severity, ["L×S"] = r.Score, ["风险等级"] = r.LevelName, ["管控措施"] = r.Controls,
            ["责任人"] = r.ResponsibleMasked, ["评估日期"] = r.AssessedOn.ToString("yyyy-MM-dd"), ["分级依据"] = r.ParametersUsed,
        }).ToList();
        using var stream = new MemoryStream();
        await MiniExcelLibs.MiniExcel.SaveAsAsync(stream, new Dictionary<string, object> { ["检查到期"] = due, ["隐患整改"] = hazards, ["检查记录"] = inspections, ["风险清单"] = risks },
            cancellationToken: ct);
        return stream.ToArray();
    }
}
