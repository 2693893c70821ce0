using CivilAffairs.Platform.Audit;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>Excel of markers and of joint inspections, within the user's jurisdiction; exports are audited.</summary>
internal sealed class BoundaryExports(RegistryDb db, BoundaryAccess access, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> MarkersAsync(Guid? lineId, CancellationToken ct)
    {
        var lines = await db.BoundaryLines.AsNoTracking().Where(l => lineId == null || l.Id == lineId).ToDictionaryAsync(l => l.Id, ct);
        var ids = lines.Keys.ToList();
        var markers = await db.BoundaryMarkers.AsNoTracking().Where(m => ids.Contains(m.LineId)).ToListAsync(ct);
        var rows = markers.OrderBy(m => lines[m.LineId].Name, StringComparer.Ordinal).ThenBy(m => m.Number, StringComparer.Ordinal).Select(m => new Dictionary<string, object?>
        {
            ["界线"] = lines[m.LineId].Name, ["级别"] = lines[m.LineId].Level, ["界桩编号"] = m.Number, ["类型"] = m.Type,
            ["纬度"] = m.Latitude, ["经度"] = m.Longitude, ["埋设日期"] = m.InstalledOn?.ToString("yyyy-MM-dd") ?? "",
            ["状态"] = m.Status, ["最近检查"] = m.LastInspectedOn?.ToString("yyyy-MM-dd") ?? "",
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "界桩", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "BoundaryMarkers", lineId?.ToString(), new { rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"boundary-markers-{access.Today:yyyyMMdd}.xlsx");
    }

    public async Task<(byte[] Bytes, string FileName)> InspectionsAsync(CancellationToken ct)
    {
        var lines = await db.BoundaryLines.AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Name, ct);
        var inspections = await db.JointInspections.AsNoTracking().Include(i => i.Findings).Include(i => i.Repairs).AsSplitQuery().ToListAsync(ct);
        var rows = inspections.Where(i => lines.ContainsKey(i.LineId)).OrderBy(i => lines[i.LineId], StringComparer.Ordinal).ThenBy(i => i.Round)
            .Select(i => new Dictionary<string, object?>
            {
                ["界线"] = lines[i.LineId], ["轮次"] = BoundaryLines.RoundName(i.Round), ["毗邻方"] = i.PartnerGovernment,
                ["开始日期"] = i.StartDate.ToString("yyyy-MM-dd"), ["结束日期"] = i.EndDate.ToString("yyyy-MM-dd"), ["参加单位"] = i.Participants,
                ["检查界桩数"] = i.Findings.Count, ["发现问题界桩"] = string.Join("、", i.Findings.Where(f => f.FoundStatus != MarkerStatuses.Intact).Select(f => $"{f.MarkerNumber}{f.FoundStatus}")),
                ["修复项数"] = i.Repairs.Count, ["修复费用（元）"] = i.Repairs.Sum(r => r.Cost), ["小结"] = i.Summary ?? "",
            }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "联合检查", cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "BoundaryInspections", null, new { rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"boundary-inspections-{access.Today:yyyyMMdd}.xlsx");
    }
}
