using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.Reporting.Data;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// Generated summaries of the user's jurisdiction (another place's → 404) and their official
/// outputs: the PDF and the workbook, each download audited.
/// </summary>
internal sealed partial class SummaryDocuments(ReportingDb db, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IReadOnlyList<SummaryListItem>> ListAsync(int? year, CancellationToken ct)
    {
        var q = db.SummaryDocuments.AsNoTracking();
        if (year is { } y)
        {
            q = q.Where(d => d.Year == y);
        }
        var rows = await q.Select(d => new SummaryListItem(d.Id, d.Number, d.Year, d.DivisionCode, d.DivisionName, d.Title, d.Figures.Count,
            d.MissingCount, d.GeneratedBy, d.GeneratedAtUtc)).ToListAsync(ct);
        return rows.OrderByDescending(d => d.GeneratedAtUtc).ThenByDescending(d => d.Number, StringComparer.Ordinal).Take(200).ToList();
    }

    public async Task<SummaryDocumentView> GetAsync(Guid id, CancellationToken ct)
    {
        var d = await db.SummaryDocuments.AsNoTracking().AsSplitQuery().Include(x => x.Sections).Include(x => x.Figures)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("年度工作总结不存在");
        return View(d);
    }

    public static SummaryDocumentView View(SummaryDocument d)
    {
        var figures = d.Figures.OrderBy(f => f.No).ToList();
        var byNo = figures.ToDictionary(f => f.No);
        return new(d.Id, d.Number, d.Year, d.DivisionCode, d.DivisionName, d.Title, d.GeneratedBy, d.GeneratedAtUtc, d.TemplateDivision,
            d.TemplateYear, d.MissingCount, d.Text,
            d.Sections.OrderBy(s => s.No).Select(s => new SummarySectionView(s.No, SummaryDefaultTemplate.Numeral(s.No), s.Title,
                Plain(s.Markup, byNo, footnotes: false), s.Markup)).ToList(),
            figures.Select(f => new SummaryFigureView(f.No, f.Section, f.Placeholder, f.MetricKey, f.MetricTitle, f.Period, f.DivisionCode,
                f.Value, f.Display, f.Unit, f.Query, f.Missing, Link(f))).ToList());
    }

    /// <summary>The drill-down page of the metric for the figure's year and place.</summary>
    public static string Link(SummaryFigure f) =>
        $"/reporting/metrics/{Uri.EscapeDataString(f.MetricKey)}?period={f.PeriodKey}&division={f.DivisionCode}";

    /// <summary>A section's text with each ⟦n⟧ replaced by the figure, and "[n]" after it for the printed footnote.</summary>
    public static string Plain(string markup, IReadOnlyDictionary<int, SummaryFigure> figures, bool footnotes) =>
        MarkerPattern().Replace(markup, m =>
        {
            var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var f = figures[n];
            return footnotes ? $"{f.Display}[{n}]" : f.Display;
        });

    /// <summary>The markup split into text and figure numbers, in order (for the page's links).</summary>
    public static IEnumerable<(string Text, int? Figure)> Pieces(string markup)
    {
        var at = 0;
        foreach (Match m in MarkerPattern().Matches(markup))
        {
            if (m.Index > at)
            {
                yield return (markup[at..m.Index], null);
            }
            yield return ("", int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
            at = m.Index + m.Length;
        }
        if (at < markup.Length)
        {
            yield return (markup[at..], null);
        }
    }

    public async Task<(byte[] Bytes, string FileName)> PdfAsync(Guid id, CancellationToken ct)
    {
        var d = await LoadAsync(id, ct);
        var bytes = SummaryPdf.Render(d);
        await audit.RecordAsync(AuditActions.Export, "SummaryDocument", d.Id.ToString(), new { d.Number, d.Year, d.DivisionCode, format = "pdf" }, ct: ct);
        return (bytes, $"summary-{d.Number}.pdf");
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(Guid id, CancellationToken ct)
    {
        var d = await LoadAsync(id, ct);
        var byNo = d.Figures.ToDictionary(f => f.No);
        var sheets = new Dictionary<string, object>
        {
            ["正文"] = d.Sections.OrderBy(s => s.No).Select(s => new Dictionary<string, object?>
            {
                ["部分"] = SummaryDefaultTemplate.Numeral(s.No), ["标题"] = s.Title, ["正文"] = Plain(s.Markup, byNo, footnotes: false),
            }).ToList(),
            ["数据来源"] = d.Figures.OrderBy(f => f.No).Select(f => new Dictionary<string, object?>
            {
                ["序号"] = f.No, ["部分"] = SummaryDefaultTemplate.Numeral(f.Section), ["占位符"] = f.Placeholder, ["指标"] = f.MetricTitle,
                ["指标键"] = f.MetricKey, ["期间"] = f.Period, ["区划"] = f.DivisionCode, ["数值"] = f.Value, ["文中显示"] = f.Display,
                ["单位"] = f.Unit, ["缺数据"] = f.Missing ? "是" : "否", ["查询"] = f.Query,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "SummaryDocument", d.Id.ToString(), new { d.Number, d.Year, d.DivisionCode, format = "xlsx" }, ct: ct);
        return (stream.ToArray(), $"summary-{d.Number}.xlsx");
    }

    private async Task<SummaryDocument> LoadAsync(Guid id, CancellationToken ct) =>
        await db.SummaryDocuments.AsNoTracking().AsSplitQuery().Include(x => x.Sections).Include(x => x.Figures)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("年度工作总结不存在");

    /// <summary>Generated at, China time, as the documents print it.</summary>
    public static string GeneratedAt(DateTime utc) =>
        ChinaTime.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    internal static string Joined(IEnumerable<string> parts) => new StringBuilder().AppendJoin("；", parts).ToString();

    [GeneratedRegex("⟦(\\d+)⟧")]
    private static partial Regex MarkerPattern();
}
