using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Audit;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Adaptation;

/// <summary>The cases of a year as Excel (masked), with a sheet of totals per district; audited.</summary>
internal sealed class AdaptationExport(Adaptations cases, AuditEvents audit)
{
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int year, string? division, CancellationToken ct)
    {
        var list = await cases.ListAsync(new AdaptationSearch { Year = year, Division = division }, ct);
        var rows = list.Items.Select(c => new Dictionary<string, object?>
        {
            ["案件编号"] = c.CaseNumber, ["区"] = c.DivisionCode[..6], ["街道/社区"] = c.DivisionCode, ["姓名"] = c.Name, ["身份证号码"] = c.IdNumber,
            ["年龄"] = c.Age, ["优先情形"] = c.Priority ?? "", ["状态"] = c.StatusName, ["申请日期"] = c.AppliedOn.ToString("yyyy-MM-dd"),
            ["期限"] = c.DueOn?.ToString("yyyy-MM-dd") ?? "", ["超期"] = c.Overdue ? "是" : "", ["改造费用（元）"] = c.CostTotal, ["补助（元）"] = c.Subsidy,
            ["自付（元）"] = c.SelfPaid, ["补助上限（元）"] = c.CapApplied, ["施工单位"] = c.ContractorName ?? "", ["结案日期"] = c.ClosedOn?.ToString("yyyy-MM-dd") ?? "",
        }).ToList();
        var stats = await cases.StatsAsync(year, division, ct);
        var totals = stats.ByDistrict.Select(d => new Dictionary<string, object?>
        {
            ["区"] = d.DistrictCode, ["申请数"] = d.Applications, ["完成数"] = d.Closed, ["补助（元）"] = d.Subsidy,
        }).ToList();
        var sheets = new Dictionary<string, object> { ["适老化改造"] = rows, ["按区汇总"] = totals };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "ElderCareAdaptation", null, new { year, division, rows = rows.Count }, ct: ct);
        return (stream.ToArray(), $"adaptation-{year}.xlsx");
    }
}

/// <summary>The elder's page: their adaptation cases.</summary>
internal sealed class AdaptationServiceSource(ElderCareDb db) : IElderServiceSource
{
    public async Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct)
    {
        var rows = await db.AdaptationCases.AsNoTracking().Where(c => c.PersonId == personId).OrderByDescending(c => c.AppliedOn).ToListAsync(ct);
        return rows.Select(c => new ElderService("适老化改造", $"适老化改造 · {AdaptationRules.StatusName(c.Status)}",
            c.Subsidy > 0 ? $"{c.CaseNumber} · 补助 {c.Subsidy:0.##} 元" : c.CaseNumber, c.AppliedOn, c.ClosedOn, $"/eldercare/adaptations/{c.Id}")).ToList();
    }
}

/// <summary>Reports: applications, completions, average cost and subsidy paid, by district.</summary>
internal sealed class AdaptationFigures(ElderCareDb db) : IElderCareFigures
{
    public const string Area = "适老化改造";

    public async Task<IReadOnlyList<ElderCareFigure>> GetAsync(FigureQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var q = db.AdaptationCases.AsNoTracking();
        if (query.DivisionPrefix is { } p)
        {
            q = q.Where(c => c.DivisionCode.StartsWith(p));
        }
        var rows = await q.Where(c => (c.AppliedOn >= query.From && c.AppliedOn <= query.To) || (c.ClosedOn >= query.From && c.ClosedOn <= query.To))
            .Select(c => new { c.DivisionCode, c.Status, c.AppliedOn, c.ClosedOn, c.CostTotal, c.Subsidy }).ToListAsync(ct);
        var applied = rows.Where(r => r.AppliedOn >= query.From && r.AppliedOn <= query.To).ToList();
        var done = rows.Where(r => r.Status == AdaptationStatus.Closed && r.ClosedOn >= query.From && r.ClosedOn <= query.To).ToList();
        var figures = new List<ElderCareFigure>();
        foreach (var d in rows.Select(r => r.DivisionCode[..6]).Distinct().Order())
        {
            figures.Add(new(Area, "adaptation.applications", "申请户数", d, applied.Count(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)), "户"));
            figures.Add(new(Area, "adaptation.done", "完成改造户数", d, done.Count(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)), "户"));
            figures.Add(new(Area, "adaptation.subsidy", "补助金额", d, done.Where(r => r.DivisionCode.StartsWith(d, StringComparison.Ordinal)).Sum(r => r.Subsidy), "元"));
        }
        figures.Add(new(Area, "adaptation.applications", "申请户数", null, applied.Count, "户"));
        figures.Add(new(Area, "adaptation.done", "完成改造户数", null, done.Count, "户"));
        figures.Add(new(Area, "adaptation.subsidy", "补助金额", null, done.Sum(r => r.Subsidy), "元"));
        figures.Add(new(Area, "adaptation.average_cost", "户均改造费用", null, done.Count == 0 ? 0 : Math.Round(done.Average(r => r.CostTotal), 2), "元"));
        return figures;
    }
}
