using System.Globalization;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Safety;

/// <summary>Dual prevention: the risk list per institution, inspections, hidden dangers rectified by a deadline and verified by another person.</summary>
internal sealed partial class SafetyWork(FacilitiesDb db, FacilityAccess access, Numbers numbers, ParameterStore parameters, TimeProvider clock)
{
    private DateOnly Today => ChinaTime.Today(clock);

    private static int Int(Parameter p) => int.Parse(p.Value, CultureInfo.InvariantCulture);

    private async Task<Parameter> ParameterAsync(string key, string division, DateOnly on, CancellationToken ct) =>
        await parameters.FindAsync(key, on, division.Length >= 4 ? division : "4403", ct)
        ?? throw new BusinessRuleException($"参数 {parameters.Definition(key)?.DisplayName ?? key} 在 {on:yyyy-MM-dd} 未设置，请市局在政策参数中设置");

    private async Task<Facility> FacilityAsync(Guid? id, CancellationToken ct)
    {
        if (id is null)
        {
            throw new FieldValidationException("facilityId", "请选择机构");
        }
        return await db.Facilities.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException();
    }

    public async Task<IReadOnlyList<SafetyRiskView>> RisksAsync(Guid? facilityId, SafetyRiskLevel? level, CancellationToken ct)
    {
        var q = db.SafetyRisks.AsNoTracking().Where(r => r.Active);
        if (facilityId is { } f)
        {
            q = q.Where(r => r.FacilityId == f);
        }
        if (level is { } l)
        {
            q = q.Where(r => r.Level == l);
        }
        var list = await q.OrderBy(r => r.Level).ThenBy(r => r.Hazard).Take(500).ToListAsync(ct);
        var names = await NamesAsync(list.Select(r => r.FacilityId), ct);
        return list.Select(r => new SafetyRiskView(r.Id, r.FacilityId, names.GetValueOrDefault(r.FacilityId)?.Name ?? "", r.Hazard, r.Likelihood, r.Severity, r.Likelihood * r.Severity,
            r.Level, FacilityNames.SafetyLevel(r.Level), r.Controls, Masking.Name(r.ResponsiblePerson), r.AssessedOn, r.ParametersUsed)).ToList();
    }

    private async Task<Dictionary<Guid, Facility>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var set = ids.Distinct().ToList();
        return await db.Facilities.AsNoTracking().Where(f => set.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
    }

    /// <summary>Adds a line to an institution's risk list, graded by the risk matrix in force (the thresholds used are stored).</summary>
    public async Task<SafetyRiskView> AddRiskAsync(SafetyRiskRequest r, CancellationToken ct)
    {
        access.Write();
        var e = new FieldErrors();
        if (r.FacilityId is null)
        {
            e.Add("facilityId", "请选择机构");
        }
        if (string.IsNullOrWhiteSpace(r.Hazard))
        {
            e.Add("hazard", "请填写风险点/危险源");
        }
        if (r.Likelihood is null or < 1 or > 5)
        {
            e.Add("likelihood", "可能性（L）应为 1–5");
        }
        if (r.Severity is null or < 1 or > 5)
        {
            e.Add("severity", "严重性（S）应为 1–5");
        }
        if (string.IsNullOrWhiteSpace(r.Controls))
        {
            e.Add("controls", "请填写管控措施");
        }
        if (string.IsNullOrWhiteSpace(r.ResponsiblePerson))
        {
            e.Add("responsiblePerson", "请填写管控责任人");
        }
        e.ThrowIfAny();
        var f = await FacilityAsync(r.FacilityId, ct);
        var matrix = await MatrixAsync(f.DivisionCode, ct);
        var risk = new SafetyRisk
        {
            FacilityId = f.Id, DivisionCode = f.DivisionCode, Hazard = r.Hazard!.Trim(), Likelihood = r.Likelihood!.Value, Severity = r.Severity!.Value,
            Level = SafetyRules.Grade(r.Likelihood.Value, r.Severity.Value, matrix), ParametersUsed = matrix.Key, Controls = r.Controls!.Trim(),
            ResponsiblePerson = r.ResponsiblePerson!.Trim(), AssessedOn = Today, RecordedBy = access.User.UserName,
        };
        db.SafetyRisks.Add(risk);
        await db.SaveChangesAsync(ct);
        return (await RisksAsync(f.Id, null, ct)).First(x => x.Id == risk.Id);
    }

    internal async Task<RiskMatrix> MatrixAsync(string division, CancellationToken ct)
    {
        var found = await parameters.FindManyAsync(FacilityParameters.MatrixKeys, Today, division.Length >= 4 ? division : "4403", ct);
        var missing = FacilityParameters.MatrixKeys.Where(k => !found.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new BusinessRuleException($"风险分级参数未设置：{string.Join("、", missing)}");
        }
        return new RiskMatrix(Int(found[FacilityParameters.RiskMajorMin]), Int(found[FacilityParameters.RiskLargeMin]), Int(found[FacilityParameters.RiskGeneralMin]),
            found.Values.Max(p => p.ValidFrom));
    }

    public async Task<IReadOnlyList<InspectionView>> InspectionsAsync(Guid? facilityId, int? year, CancellationToken ct)
    {
        var q = db.SafetyInspections.AsNoTracking();
        if (facilityId is { } f)
        {
            q = q.Where(i => i.FacilityId == f);
        }
        if (year is { } y)
        {
            q = q.Where(i => i.InspectedOn >= new DateOnly(y, 1, 1) && i.InspectedOn <= new DateOnly(y, 12, 31));
        }
        var list = await q.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.Number).Take(300).ToListAsync(ct);
        var ids = list.Select(i => i.Id).ToList();
        var hazards = await db.SafetyHazards.AsNoTracking().Where(h => h.InspectionId != null && ids.Contains(h.InspectionId.Value))
            .GroupBy(h => h.InspectionId!.Value).Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var names = await NamesAsync(list.Select(i => i.FacilityId), ct);
        return list.Select(i => new InspectionView(i.Id, i.Number, i.FacilityId, names.GetValueOrDefault(i.FacilityId)?.Name ?? "", FacilityNames.District(i.DivisionCode),
            i.InspectedOn, i.Kind, FacilityNames.Inspection(i.Kind), i.Inspectors, i.Findings, hazards.GetValueOrDefault(i.Id), i.RecordedBy)).ToList();
    }

    /// <summary>Records an inspection with the hidden dangers it found; each gets its deadline from the rectification period of its level.</summary>
    public async Task<InspectionView> RecordInspectionAsync(InspectionRequest r, CancellationToken ct)
    {
        access.Write();
        var e = new FieldErrors();
        if (r.FacilityId is null)
        {
            e.Add("facilityId", "请选择机构");
        }
        if (r.InspectedOn is null)
        {
            e.Add("inspectedOn", "请填写检查日期");
        }
        else if (r.InspectedOn > Today)
        {
            e.Add("inspectedOn", "检查日期不能晚于今天");
        }
        if (r.Kind is null || !Enum.IsDefined(r.Kind.Value))
        {
            e.Add("kind", "请选择检查类别");
        }
        if (string.IsNullOrWhiteSpace(r.Inspectors))
        {
            e.Add("inspectors", "请填写检查单位/人员");
        }
        if (string.IsNullOrWhiteSpace(r.Findings))
        {
            e.Add("findings", "请填写检查情况");
        }
        var lines = (r.Hazards ?? []).Where(h => !string.IsNullOrWhiteSpace(h.Description)).ToList();
        if (lines.Any(h => h.Level is null || !Enum.IsDefined(h.Level.Value)))
        {
            e.Add("hazards", "请为每项隐患选择等级（一般/重大）");
        }
        e.ThrowIfAny();
        var f = await FacilityAsync(r.FacilityId, ct);
        var inspection = new SafetyInspection
        {
            Number = await numbers.NextAsync("AQ", r.InspectedOn!.Value.Year, ct), FacilityId = f.Id, DivisionCode = f.DivisionCode, InspectedOn = r.InspectedOn.Value,
            Kind = r.Kind!.Value, Inspectors = r.Inspectors!.Trim(), Findings = r.Findings!.Trim(), RecordedBy = access.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.SafetyInspections.Add(inspection);
        foreach (var h in lines)
        {
            db.SafetyHazards.Add(await NewHazardAsync(f, inspection.Id, h.Description!.Trim(), h.Level!.Value, inspection.InspectedOn, ct));
        }
        await db.SaveChangesAsync(ct);
        return (await InspectionsAsync(f.Id, null, ct)).First(i => i.Id == inspection.Id);
    }

    internal async Task<SafetyHazard> NewHazardAsync(Facility f, Guid? inspectionId, string description, HazardLevel level, DateOnly foundOn, CancellationToken ct)
    {
        var p = await ParameterAsync(FacilityParameters.Rectify(level), f.DivisionCode, foundOn, ct);
        var days = Int(p);
        return new SafetyHazard
        {
            Number = await numbers.NextAsync("YH", foundOn.Year, ct), FacilityId = f.Id, InspectionId = inspectionId, DivisionCode = f.DivisionCode, Description = description,
            Level = level, FoundOn = foundOn, Deadline = SafetyRules.Deadline(foundOn, days),
            ParametersUsed = string.Create(CultureInfo.InvariantCulture, $"{(level == HazardLevel.Major ? "major" : "general")}={days}d@{p.ValidFrom:yyyy-MM-dd}"),
            RecordedBy = access.User.UserName,
        };
    }
}
