using System.Globalization;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.SocialWork.Features.Workforce;

/// <summary>In-post social workers counted by one key: all, full-time, holding a certificate.</summary>
public sealed record SwStatLine(string Key, string Name, int Total, int FullTime, int Qualified);

/// <summary>One cell of field × district × qualification.</summary>
public sealed record SwStatCell(string Field, string District, string Qualification, int Total, int FullTime);

public sealed record WorkforceStatsView(int Total, int FullTime, int Qualified, IReadOnlyList<SwStatLine> ByField, IReadOnlyList<SwStatLine> ByDistrict,
    IReadOnlyList<SwStatLine> ByQualification, IReadOnlyList<SwStatCell> Cells, int PeerCounsellors, int PeerSessions);

/// <summary>Statistics of in-post social workers of the jurisdiction (the data filter), from the worker records themselves.</summary>
internal sealed class WorkforceStats(SocialWorkDb db, Workforce workforce, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<WorkforceStatsView> GetAsync(CancellationToken ct)
    {
        var rows = await db.Workers.AsNoTracking().Where(w => w.Status == WorkerStatus.InPost)
            .Select(w => new { w.Field, w.DivisionCode, w.Qualification, w.FullTime }).ToListAsync(ct);
        var peers = await db.PeerCounsellors.AsNoTracking().Where(p => p.Active).Select(p => p.Sessions).ToListAsync(ct);
        SwStatLine Line(string key, string name, IEnumerable<(bool FullTime, SwQualification Q)> g)
        {
            var l = g.ToList();
            return new SwStatLine(key, name, l.Count, l.Count(x => x.FullTime), l.Count(x => x.Q != SwQualification.None));
        }
        var byField = rows.GroupBy(r => r.Field).OrderBy(g => g.Key).Select(g => Line(g.Key.ToString(), SwNames.Of(g.Key), g.Select(r => (r.FullTime, r.Qualification)))).ToList();
        var byDistrict = rows.GroupBy(r => SwNames.DistrictOf(r.DivisionCode)).OrderByDescending(g => g.Count())
            .Select(g => Line(g.Key, g.Key, g.Select(r => (r.FullTime, r.Qualification)))).ToList();
        var byQual = rows.GroupBy(r => r.Qualification).OrderByDescending(g => g.Key)
            .Select(g => Line(g.Key.ToString(), SwNames.Of(g.Key), g.Select(r => (r.FullTime, r.Qualification)))).ToList();
        var cells = rows.GroupBy(r => (r.Field, District: SwNames.DistrictOf(r.DivisionCode), r.Qualification))
            .OrderBy(g => g.Key.Field).ThenBy(g => g.Key.District, StringComparer.Ordinal).ThenBy(g => g.Key.Qualification)
            .Select(g => new SwStatCell(SwNames.Of(g.Key.Field), g.Key.District, SwNames.Of(g.Key.Qualification), g.Count(), g.Count(r => r.FullTime))).ToList();
        return new WorkforceStatsView(rows.Count, rows.Count(r => r.FullTime), rows.Count(r => r.Qualification != SwQualification.None), byField, byDistrict, byQual,
            cells, peers.Count, peers.Sum());
    }

    /// <summary>The statistics and the worker list (names and ID numbers masked); needs a reason, audited.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var s = await GetAsync(ct);
        var workers = await workforce.Filter(new WorkerQuery { Status = WorkerStatus.InPost }).OrderBy(w => w.DivisionCode).ThenBy(w => w.Id).Take(50_000).ToListAsync(ct);
        var rows = await workforce.RowsAsync(workers, ct);
        static List<Dictionary<string, object?>> Sheet(IEnumerable<SwStatLine> lines, string key) => lines.Select(l => new Dictionary<string, object?>
        {
            [key] = l.Name, ["在岗人数"] = l.Total, ["其中专职"] = l.FullTime, ["持证人数"] = l.Qualified,
        }).ToList();
        var cells = s.Cells.Select(c => new Dictionary<string, object?>
        {
            ["服务领域"] = c.Field, ["区"] = c.District, ["职业水平"] = c.Qualification, ["在岗人数"] = c.Total, ["其中专职"] = c.FullTime,
        }).ToList();
        var detail = rows.Select(w => new Dictionary<string, object?>
        {
            ["姓名（脱敏）"] = w.Name, ["身份证号（脱敏）"] = w.IdNumber, ["职业水平"] = w.QualificationName, ["证书编号"] = w.CertificateNumber,
            ["服务领域"] = w.FieldName, ["专职"] = w.FullTime ? "是" : "否", ["用人机构"] = w.Organization, ["岗位区划"] = w.DivisionCode, ["区"] = w.District,
            ["入职日期"] = w.HiredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object>
        {
            ["按领域"] = Sheet(s.ByField, "服务领域"), ["按区"] = Sheet(s.ByDistrict, "区"), ["按职业水平"] = Sheet(s.ByQualification, "职业水平"),
            ["领域×区×水平"] = cells, ["在岗社工名单"] = detail,
        }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SocialWorker", null, new { reason = reason.Trim(), rows = detail.Count }, ct: ct);
        return (stream.ToArray(), "socialwork-workforce.xlsx");
    }
}
