using System.Globalization;
using CivilAffairs.Platform.Documents;

namespace CivilAffairs.Reporting.Features.Summary;

/// <summary>
/// The printed summary: title, place, the ten sections (each figure followed by its note number)
/// and the appendix 数据来源 listing every figure with its metric, value and the SQL behind it.
/// </summary>
internal static class SummaryPdf
{
    public static byte[] Render(SummaryDocument d)
    {
        var byNo = d.Figures.ToDictionary(f => f.No);
        using var pdf = new PdfLayout(d.Title);
        pdf.Title(d.Title);
        pdf.Paragraph($"{d.DivisionName}（区划代码 {d.DivisionCode}）　编号 {d.Number}　生成 {d.GeneratedBy} {SummaryDocuments.GeneratedAt(d.GeneratedAtUtc)}", indentFirstLine: false);
        if (d.MissingCount > 0)
        {
            pdf.Paragraph($"注：有{d.MissingCount}项数据暂缺，文中以【缺数据】标明，未以任何数值代替。", indentFirstLine: false);
        }
        foreach (var s in d.Sections.OrderBy(s => s.No))
        {
            pdf.Heading($"{SummaryDefaultTemplate.Numeral(s.No)}、{s.Title}");
            pdf.Paragraph(SummaryDocuments.Plain(s.Markup, byNo, footnotes: true));
        }
        pdf.Heading("附录　数据来源");
        pdf.Paragraph("文中方括号内的序号对应下表。数值均取自统计分析模块的月度指标（按指标定义对各模块统计视图汇总），查询语句说明该指标的口径。", indentFirstLine: false);
        pdf.KeyValueTable(
            d.Figures.OrderBy(f => f.No).Select(f => (
                $"[{f.No}] {f.MetricTitle}",
                SummaryDocuments.Joined([
                    f.Missing ? "缺数据" : $"{f.Display}（{Value(f)}{f.Unit}）",
                    f.Period, $"区划 {f.DivisionCode}", $"指标 {f.MetricKey}", $"查询：{f.Query}",
                ]))),
            header: ("指标", "数值、期间与查询"), keyColumnShare: 0.3);
        return pdf.ToPdf();
    }

    private static string Value(SummaryFigure f) =>
        f.Value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "";
}
