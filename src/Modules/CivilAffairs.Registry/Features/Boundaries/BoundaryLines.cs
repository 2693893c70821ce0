using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>Boundary lines and their markers, joint inspections (findings, repairs), marker damage and 平安边界 activities.</summary>
internal sealed class BoundaryLines(RegistryDb db, BoundaryAccess access, ParameterStore parameters)
{
    public async Task<(int Years, string Basis)> CycleAsync(CancellationToken ct)
    {
        var p = await parameters.FindAsync(BoundaryParameters.InspectionCycleYears, access.Today, "4403", ct)
            ?? throw new BusinessRuleException("参数“行政区域界线联合检查周期”未设置");
        return (int.Parse(p.Value, CultureInfo.InvariantCulture), p.LegalBasis);
    }

    public async Task<LineList> ListAsync(LineQuery q, CancellationToken ct)
    {
        var (years, basis) = await CycleAsync(ct);
        var lines = await db.BoundaryLines.AsNoTracking().Include(l => l.Markers).OrderBy(l => l.Level).ThenBy(l => l.Name).ToListAsync(ct);
        var rounds = (await db.JointInspections.AsNoTracking().Select(i => new { i.LineId, i.Round, i.EndDate }).ToListAsync(ct))
            .GroupBy(i => i.LineId).ToDictionary(g => g.Key, g => g.OrderByDescending(i => i.EndDate).First());
        var today = access.Today;
        var all = lines.Select(l =>
        {
            var last = rounds.GetValueOrDefault(l.Id);
            var due = BoundaryRules.NextInspectionDue(last?.EndDate, l.AgreementDate, years);
            return new LineRow(l.Id, l.Name, $"{l.SideAName}（{l.SideACode}）", $"{l.SideBName}（{l.SideBCode}）", l.Level, l.LengthKm, l.Markers.Count,
                l.Markers.Count(m => m.Status != MarkerStatuses.Intact), last?.Round, last?.EndDate, due, BoundaryRules.IsOverdue(due, today));
        }).ToList();
        var text = q.Q?.Trim();
        var rows = all.Where(r => string.IsNullOrEmpty(q.Level) || r.Level == q.Level)
            .Where(r => string.IsNullOrEmpty(text) || r.Name.Contains(text, StringComparison.Ordinal) || r.SideA.Contains(text, StringComparison.Ordinal) || r.SideB.Contains(text, StringComparison.Ordinal))
            .Where(r => q.Overdue != true || r.Overdue).ToList();
        return new LineList(rows.Count, all.Count(r => r.Overdue), all.Sum(r => r.MarkersNotIntact), years, basis, rows);
    }

    public async Task<LineDetail> GetAsync(Guid id, CancellationToken ct)
    {
        var l = await db.BoundaryLines.AsNoTracking().Include(x => x.Markers).FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException("界线不存在或不在您的辖区内");
        var inspections = await db.JointInspections.AsNoTracking().Include(i => i.Findings).Include(i => i.Repairs).AsSplitQuery()
            .Where(i => i.LineId == id).OrderByDescending(i => i.Round).ToListAsync(ct);
        var damages = await db.MarkerDamages.AsNoTracking().Where(d => d.LineId == id).OrderByDescending(d => d.FoundOn).ToListAsync(ct);
        var activities = await db.BoundaryActivities.AsNoTracking().Where(a => a.LineId == id).OrderByDescending(a => a.Date).ToListAsync(ct);
        var (years, basis) = await CycleAsync(ct);
        var due = BoundaryRules.NextInspectionDue(inspections.Count == 0 ? null : inspections.Max(i => i.EndDate), l.AgreementDate, years);
        return new LineDetail(l.Id, l.Name, l.SideACode, l.SideAName, l.SideBCode, l.SideBName, l.Level, l.LengthKm, l.AgreementDoc, l.AgreementDate, l.AlongCodes,
            due, BoundaryRules.IsOverdue(due, access.Today), years, basis,
            l.Markers.OrderBy(m => m.Number, StringComparer.Ordinal).Select(m => new MarkerView(m.Id, m.Number, m.Type, m.Latitude, m.Longitude, m.InstalledOn, m.Status, m.LastInspectedOn)).ToList(),
            inspections.Select(i => new InspectionView(i.Id, i.Round, RoundName(i.Round), i.PartnerGovernment, i.StartDate, i.EndDate, i.Participants, i.Summary,
                i.Findings.OrderBy(f => f.MarkerNumber, StringComparer.Ordinal).Select(f => new FindingView(f.MarkerNumber, f.FoundStatus, f.Note)).ToList(),
                i.Repairs.OrderBy(f => f.MarkerNumber, StringComparer.Ordinal).Select(f => new RepairView(f.MarkerNumber, f.Action, f.Cost, f.DoneOn)).ToList(),
                i.Repairs.Sum(f => f.Cost))).ToList(),
            damages.Select(d => new DamageView(d.Id, d.MarkerNumber, d.FoundOn, d.Description, d.ResponsibleParty, d.RepairCost, d.ProposedFine, d.FineCap, d.FineCapBasis, d.RecordedBy)).ToList(),
            activities.Select(a => new ActivityView(a.Id, a.Date, a.Title, a.Description)).ToList(),
            access.CanManage);
    }

    public async Task<LineDetail> CreateAsync(LineCreateRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var errors = new FieldErrors();
        var today = access.Today;
        if (string.IsNullOrWhiteSpace(r.Name)) { errors.Add("name", "请填写界线名称"); }
        var a = await access.DivisionAsync(r.SideACode, today, ct);
        var b = await access.DivisionAsync(r.SideBCode, today, ct);
        if (a is null) { errors.Add("sideACode", "甲方区划代码无效"); }
        if (b is null) { errors.Add("sideBCode", "乙方区划代码无效"); }
        else if (a is not null && a.Code == b.Code) { errors.Add("sideBCode", "界线两侧不能是同一区划"); }
        if (!LineLevels.All.Contains(r.Level?.Trim())) { errors.Add("level", "界线级别应为省级、市级或县级"); }
        if (r.LengthKm is null or <= 0 or > 10000) { errors.Add("lengthKm", "请填写界线长度（公里，大于0）"); }
        if (r.AgreementDate > today) { errors.Add("agreementDate", "协议日期不能晚于今天"); }
        var along = BoundaryAccess.SplitCodes(r.AlongCodes);
        if (along.Any(c => !c.StartsWith("4403", StringComparison.Ordinal) || c.Length != 6)) { errors.Add("alongCodes", "沿线区应填写深圳市的区代码（6位）"); }
        var scope = await access.ScopeForNewAsync(new[] { a?.Code, b?.Code }.OfType<string>().Concat(along), "sideACode", errors, ct);
        errors.ThrowIfAny();
        var line = new BoundaryLine
        {
            Name = r.Name!.Trim(), SideACode = a!.Code, SideAName = a.Name, SideBCode = b!.Code, SideBName = b.Name, Level = r.Level!.Trim(), LengthKm = r.LengthKm!.Value,
            AgreementDoc = r.AgreementDoc?.Trim(), AgreementDate = r.AgreementDate, AlongCodes = along.Count == 0 ? null : string.Join(",", along), ScopeCodes = scope,
        };
        db.BoundaryLines.Add(line);
        await db.SaveChangesAsync(ct);
        return await GetAsync(line.Id, ct);
    }

    public async Task<LineDetail> AddMarkerAsync(Guid lineId, MarkerRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var line = await LineAsync(lineId, ct);
        var errors = new FieldErrors();
        var number = r.Number?.Trim() ?? "";
        if (number.Length == 0) { errors.Add("number", "请填写界桩编号"); }
        else if (line.Markers.Any(m => m.Number == number)) { errors.Add("number", "本界线已有此编号的界桩"); }
        if (!MarkerTypes.All.Contains(r.Type?.Trim())) { errors.Add("type", "界桩类型应为单立、双立或三立"); }
        if (r.Latitude is null or < 18 or > 54) { errors.Add("latitude", "纬度应在18至54之间（十进制度）"); }
        if (r.Longitude is null or < 73 or > 136) { errors.Add("longitude", "经度应在73至136之间（十进制度）"); }
        if (r.InstalledOn > access.Today) { errors.Add("installedOn", "埋设日期不能晚于今天"); }
        errors.ThrowIfAny();
        db.BoundaryMarkers.Add(new BoundaryMarker
        {
            LineId = line.Id, Number = number, Type = r.Type!.Trim(), Latitude = Math.Round(r.Latitude!.Value, 6), Longitude = Math.Round(r.Longitude!.Value, 6),
            InstalledOn = r.InstalledOn, ScopeCodes = line.ScopeCodes,
        });
        line.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    public async Task<LineDetail> AddInspectionAsync(Guid lineId, InspectionRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var line = await LineAsync(lineId, ct);
        var errors = new FieldErrors();
        if (r.Round is null or < 1 or > 99) { errors.Add("round", "请填写轮次（如第四轮填4）"); }
        else if (await db.JointInspections.AnyAsync(i => i.LineId == lineId && i.Round == r.Round, ct)) { errors.Add("round", "本界线已登记该轮次的联合检查"); }
        if (string.IsNullOrWhiteSpace(r.PartnerGovernment)) { errors.Add("partnerGovernment", "请填写毗邻方人民政府"); }
        if (r.StartDate is null) { errors.Add("startDate", "请填写开始日期"); }
        if (r.EndDate is null) { errors.Add("endDate", "请填写结束日期"); }
        else if (r.EndDate > access.Today) { errors.Add("endDate", "结束日期不能晚于今天"); }
        else if (r.StartDate is { } s && r.EndDate < s) { errors.Add("endDate", "结束日期不能早于开始日期"); }
        if (string.IsNullOrWhiteSpace(r.Participants)) { errors.Add("participants", "请填写参加单位和人员"); }
        errors.ThrowIfAny();
        db.JointInspections.Add(new JointInspection
        {
            LineId = line.Id, Round = r.Round!.Value, PartnerGovernment = r.PartnerGovernment!.Trim(), StartDate = r.StartDate!.Value, EndDate = r.EndDate!.Value,
            Participants = r.Participants!.Trim(), Summary = r.Summary?.Trim(), ScopeCodes = line.ScopeCodes,
        });
        line.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    /// <summary>A finding updates the marker's status and last-inspected date.</summary>
    public async Task<LineDetail> AddFindingAsync(Guid lineId, Guid inspectionId, FindingRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var (line, inspection) = await InspectionAsync(lineId, inspectionId, ct);
        var errors = new FieldErrors();
        var marker = Marker(line, r.MarkerNumber, errors);
        if (!MarkerStatuses.All.Contains(r.FoundStatus?.Trim())) { errors.Add("foundStatus", "检查结果应为完好、损坏、丢失或移位"); }
        errors.ThrowIfAny();
        if (inspection.Findings.Any(f => f.MarkerId == marker!.Id))
        {
            throw new BusinessRuleException($"本轮检查已登记界桩 {marker!.Number} 的检查结果");
        }
        db.Add(new InspectionFinding { InspectionId = inspection.Id, MarkerId = marker!.Id, MarkerNumber = marker.Number, FoundStatus = r.FoundStatus!.Trim(), Note = r.Note?.Trim() });
        if (marker.LastInspectedOn is null || marker.LastInspectedOn <= inspection.EndDate)
        {
            marker.Status = r.FoundStatus!.Trim();
            marker.LastInspectedOn = inspection.EndDate;
        }
        line.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    /// <summary>A repair with a done date puts the marker back to 完好.</summary>
    public async Task<LineDetail> AddRepairAsync(Guid lineId, Guid inspectionId, RepairRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var (line, inspection) = await InspectionAsync(lineId, inspectionId, ct);
        var errors = new FieldErrors();
        var marker = Marker(line, r.MarkerNumber, errors);
        if (string.IsNullOrWhiteSpace(r.Action)) { errors.Add("action", "请填写修复措施"); }
        if (r.Cost is null or < 0) { errors.Add("cost", "请填写修复费用（元，不能为负数）"); }
        if (r.DoneOn > access.Today) { errors.Add("doneOn", "完成日期不能晚于今天"); }
        else if (r.DoneOn < inspection.StartDate) { errors.Add("doneOn", "完成日期不能早于本轮检查开始日期"); }
        errors.ThrowIfAny();
        db.Add(new MarkerRepair { InspectionId = inspection.Id, MarkerId = marker!.Id, MarkerNumber = marker.Number, Action = r.Action!.Trim(), Cost = Math.Round(r.Cost!.Value, 2), DoneOn = r.DoneOn });
        if (r.DoneOn is not null)
        {
            marker.Status = MarkerStatuses.Intact;
        }
        line.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    /// <summary>A marker damaged or moved by someone; the proposed fine may not exceed the cap in force on the day it was found (409).</summary>
    public async Task<LineDetail> AddDamageAsync(Guid lineId, DamageRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var line = await LineAsync(lineId, ct);
        var errors = new FieldErrors();
        var marker = Marker(line, r.MarkerNumber, errors);
        if (r.FoundOn is null) { errors.Add("foundOn", "请填写发现日期"); }
        else if (r.FoundOn > access.Today) { errors.Add("foundOn", "发现日期不能晚于今天"); }
        if (string.IsNullOrWhiteSpace(r.Description)) { errors.Add("description", "请填写损毁情况"); }
        if (r.RepairCost is null or < 0) { errors.Add("repairCost", "请填写修复费用（元，不能为负数）"); }
        if (r.ProposedFine is < 0) { errors.Add("proposedFine", "罚款金额不能为负数"); }
        errors.ThrowIfAny();
        var cap = await parameters.FindAsync(BoundaryParameters.MarkerFineCap, r.FoundOn!.Value, "4403", ct)
            ?? throw new BusinessRuleException("参数“损毁界桩罚款上限”在该日期未设置");
        var capValue = decimal.Parse(cap.Value, CultureInfo.InvariantCulture);
        var fine = Math.Round(r.ProposedFine ?? 0, 2);
        if (BoundaryRules.FineProblem(fine, capValue) is { } problem)
        {
            throw new BusinessRuleException($"{problem}（{cap.LegalBasis}）", "/problems/registry-boundary-fine-cap");
        }
        db.MarkerDamages.Add(new MarkerDamage
        {
            LineId = line.Id, MarkerId = marker!.Id, MarkerNumber = marker.Number, FoundOn = r.FoundOn.Value, Description = r.Description!.Trim(),
            ResponsibleParty = string.IsNullOrWhiteSpace(r.ResponsibleParty) ? null : r.ResponsibleParty.Trim(), RepairCost = Math.Round(r.RepairCost!.Value, 2),
            ProposedFine = fine, FineCap = capValue, FineCapBasis = cap.LegalBasis.Length > 500 ? cap.LegalBasis[..500] : cap.LegalBasis,
            ScopeCodes = line.ScopeCodes, RecordedBy = access.UserName,
        });
        if (marker.Status == MarkerStatuses.Intact)
        {
            marker.Status = MarkerStatuses.Damaged;
        }
        line.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    public async Task<LineDetail> AddActivityAsync(Guid lineId, ActivityRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var line = await LineAsync(lineId, ct);
        var errors = new FieldErrors();
        if (r.Date is null) { errors.Add("date", "请填写活动日期"); }
        else if (r.Date > access.Today) { errors.Add("date", "活动日期不能晚于今天"); }
        if (string.IsNullOrWhiteSpace(r.Title)) { errors.Add("title", "请填写活动名称"); }
        errors.ThrowIfAny();
        db.BoundaryActivities.Add(new BoundaryActivity { LineId = line.Id, Date = r.Date!.Value, Title = r.Title!.Trim(), Description = r.Description?.Trim(), ScopeCodes = line.ScopeCodes });
        await db.SaveChangesAsync(ct);
        return await GetAsync(lineId, ct);
    }

    public static string RoundName(int round) => round is >= 1 and <= 10 ? $"第{"一二三四五六七八九十"[round - 1]}轮" : $"第{round}轮";

    private async Task<BoundaryLine> LineAsync(Guid id, CancellationToken ct) =>
        await db.BoundaryLines.Include(l => l.Markers).FirstOrDefaultAsync(l => l.Id == id, ct) ?? throw new NotFoundException("界线不存在或不在您的辖区内");

    private async Task<(BoundaryLine, JointInspection)> InspectionAsync(Guid lineId, Guid inspectionId, CancellationToken ct)
    {
        var line = await LineAsync(lineId, ct);
        var inspection = await db.JointInspections.Include(i => i.Findings).FirstOrDefaultAsync(i => i.Id == inspectionId && i.LineId == lineId, ct)
            ?? throw new NotFoundException("联合检查记录不存在");
        return (line, inspection);
    }

    private static BoundaryMarker? Marker(BoundaryLine line, string? number, FieldErrors errors)
    {
        var marker = line.Markers.FirstOrDefault(m => m.Number == number?.Trim());
        if (marker is null)
        {
            errors.Add("markerNumber", "本界线没有此编号的界桩");
        }
        return marker;
    }
}
