using System.Globalization;
using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>One line of a breakdown: projects, budget, and how many of the approved ones are finished.</summary>
public sealed record MicroStatLine(string Key, string Name, int Projects, decimal Budget, int Works, int Service, int Goods, int Approved, int Closed)
{
    /// <summary>结项 / 已确定（含之后各环节）, 0–1.</summary>
    public decimal CompletionRate => Approved == 0 ? 0 : Math.Round((decimal)Closed / Approved, 4);
}

public sealed record MicroStatsView(int? Year, MicroStatLine Overall, IReadOnlyList<MicroStatLine> ByDistrict, IReadOnlyList<MicroStatLine> ByTheme,
    IReadOnlyList<MicroStatLine> ByStage, IReadOnlyList<MicroStatLine> ByType);

/// <summary>Statistics over the projects of the caller's jurisdiction (the data filter), with an audited Excel export.</summary>
internal sealed class MicroProjectStats(CommunityDb db, MicroProjectSupport support, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private sealed record Row(string DivisionCode, MicroProjectType Type, MicroProjectTheme Theme, MicroProjectStage Stage, decimal Budget);

    public async Task<MicroStatsView> GetAsync(int? year, CancellationToken ct)
    {
        var rows = await Rows(year).Select(x => new Row(x.DivisionCode, x.Type, x.Theme, x.Stage, x.Budget)).ToListAsync(ct);
        static MicroStatLine Line(string key, string name, IReadOnlyCollection<Row> g) => new(key, name, g.Count, g.Sum(r => r.Budget),
            g.Count(r => r.Type == MicroProjectType.Works), g.Count(r => r.Type == MicroProjectType.Service), g.Count(r => r.Type == MicroProjectType.Goods),
            g.Count(r => MicroProjectRules.Commits(r.Stage)), g.Count(r => r.Stage == MicroProjectStage.Closed));
        var byDistrict = new List<MicroStatLine>();
        foreach (var g in rows.GroupBy(r => r.DivisionCode[..6]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            byDistrict.Add(Line(g.Key, await support.NameAsync(g.Key, ct), g.ToList()));
        }
        var byTheme = rows.GroupBy(r => r.Theme).OrderBy(g => g.Key).Select(g => Line(g.Key.ToString(), MicroProjectNames.Of(g.Key), g.ToList())).ToList();
        var byStage = rows.GroupBy(r => r.Stage).OrderBy(g => g.Key).Select(g => Line(g.Key.ToString(), MicroProjectNames.Of(g.Key), g.ToList())).ToList();
        var byType = rows.GroupBy(r => r.Type).OrderBy(g => g.Key).Select(g => Line(g.Key.ToString(), MicroProjectNames.Of(g.Key), g.ToList())).ToList();
        return new MicroStatsView(year, Line("total", "合计", rows), byDistrict, byTheme, byStage, byType);
    }

    /// <summary>The breakdowns and the project list (no proposer names); a reason is required and the export is audited.</summary>
    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, string? reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length < 2)
        {
            throw new FieldValidationException("reason", "请填写导出事由");
        }
        var s = await GetAsync(year, ct);
        static List<Dictionary<string, object?>> Sheet(IEnumerable<MicroStatLine> lines, string key) => lines.Select(l => new Dictionary<string, object?>
        {
            [key] = l.Name, ["项目数"] = l.Projects, ["工程类"] = l.Works, ["服务类"] = l.Service, ["货物类"] = l.Goods, ["预算（元）"] = l.Budget,
            ["已确定"] = l.Approved, ["已结项"] = l.Closed, ["完成率"] = l.CompletionRate,
        }).ToList();
        var projects = await Rows(year).OrderBy(x => x.Number).Take(100_000).ToListAsync(ct);
        var list = projects.Select(p => new Dictionary<string, object?>
        {
            ["项目编号"] = p.Number, ["年度"] = p.Year, ["社区代码"] = p.DivisionCode, ["社区"] = p.CommunityName, ["类型"] = MicroProjectNames.Of(p.Type),
            ["主题"] = MicroProjectNames.Of(p.Theme), ["项目名称"] = p.Title, ["提出方"] = MicroProjectNames.Of(p.ProposerKind), ["受益人数"] = p.Beneficiaries,
            ["预算（元）"] = p.Budget, ["市级（元）"] = p.CityAmount, ["区级（元）"] = p.DistrictAmount, ["合同金额（元）"] = p.ContractAmount,
            ["验收金额（元）"] = p.AcceptanceAmount, ["环节"] = MicroProjectNames.Of(p.Stage),
            ["环节起始"] = p.StageSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["承接单位"] = p.SupplierName,
        }).ToList();
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(new Dictionary<string, object>
        {
            ["按区"] = Sheet(s.ByDistrict.Append(s.Overall), "区"), ["按主题"] = Sheet(s.ByTheme, "主题"), ["按环节"] = Sheet(s.ByStage, "环节"),
            ["按类型"] = Sheet(s.ByType, "类型"), ["项目清单"] = list,
        }, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "MicroProject", null, new { reason = reason.Trim(), year, rows = list.Count }, ct: ct);
        return (stream.ToArray(), $"microprojects-{(year?.ToString(CultureInfo.InvariantCulture) ?? "all")}.xlsx");
    }

    private IQueryable<MicroProject> Rows(int? year)
    {
        var q = db.MicroProjects.AsNoTracking();
        return year is { } y ? q.Where(x => x.Year == y) : q;
    }
}
