using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// A small top-to-bottom layout for printed notices in Chinese on A4: letterhead, title, paragraphs,
/// key/value tables and a signature block. A block that does not fit starts a new page, and once a
/// document runs to two pages every page gets "第 n 页，共 m 页". Not a general typesetter: blocks
/// are placed in call order and nothing is measured twice.
/// </summary>
/// <example>
/// <code>
/// using var pdf = new PdfLayout("不予批准通知书");
/// pdf.Letterhead("深圳市福田区民政局", "福民救〔2026〕12号").Title("不予批准通知书")
///    .Paragraph("张三：", indentFirstLine: false).Paragraph("经审核……")
///    .SignatureBlock("深圳市福田区民政局", new DateOnly(2026, 12, 5));
/// byte[] bytes = pdf.ToPdf();
/// </code>
/// </example>
public sealed partial class PdfLayout : IDisposable
{
    private const double Mm = 72 / 25.4;

    // left and right as in GB/T 9704 (公文格式: 28 mm binding side, 26 mm outer side); top and
    // bottom are tighter than its 37/35 mm so that a one-page form stays on one page
    private const double MarginLeft = 28 * Mm;
    private const double MarginRight = 26 * Mm;
    private const double MarginTop = 20 * Mm;
    private const double MarginBottom = 22 * Mm;

    private const double BodySize = 14;       // 四号
    private const double BodyLeading = 23;    // about 1.6 lines, as notices typed in an office suite are
    private const double ParagraphGap = 3;

    private static readonly XColor OfficialRed = XColor.FromArgb(204, 0, 0);

    private readonly PdfDocument _document;
    private readonly XFont _body;
    private readonly XFont _bodyBold;
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private double _y;
    private bool _finished;

    /// <param name="documentTitle">The PDF's metadata title (shown in viewers' title bars).</param>
    /// <exception cref="Http.BusinessRuleException">The server has no CJK font.</exception>
    public PdfLayout(string documentTitle)
    {
        PdfFonts.EnsureRegistered(); // first: without a font there is nothing to build
        _document = new PdfDocument();
        _document.Info.Title = documentTitle;
        _document.Info.Creator = "CivilAffairs";
        _body = Font(BodySize);
        _bodyBold = Font(BodySize, bold: true);
        NewPage();
    }

    public int PageCount => _document.PageCount;

    private double ContentWidth => _page.Width.Point - MarginLeft - MarginRight;

    private double ContentBottom => _page.Height.Point - MarginBottom;

    /// <summary>发文机关标志 in red, the 发文字号 under it, and the red rule that separates them from the text.</summary>
    public PdfLayout Letterhead(string authority, string? documentNumber)
    {
        Guard();
        var size = FitSize(authority, 24, bold: true);
        DrawCentered(authority, Font(size, bold: true), new XSolidBrush(OfficialRed), size * 1.4);
        if (!string.IsNullOrWhiteSpace(documentNumber))
        {
            _y += 4;
            DrawCentered(documentNumber, Font(12), XBrushes.Black, 18);
        }
        _y += 6;
        _gfx.DrawLine(new XPen(OfficialRed, 1.5), MarginLeft, _y, MarginLeft + ContentWidth, _y);
        _y += 14;
        return this;
    }

    /// <summary>A centred bold title; long titles wrap and stay centred.</summary>
    public PdfLayout Title(string text)
    {
        Guard();
        var font = Font(20, bold: true);
        foreach (var line in Wrap(text, font, ContentWidth, ContentWidth))
        {
            DrawCentered(line, font, XBrushes.Black, 30);
        }
        _y += 8;
        return this;
    }

    /// <summary>
    /// Body text; "\n" starts a new paragraph. The first line is indented by two characters, as
    /// Chinese prose is; pass <paramref name="indentFirstLine"/> false for a salutation ("张三：").
    /// </summary>
    public PdfLayout Paragraph(string text, bool indentFirstLine = true, bool bold = false)
    {
        Guard();
        var font = bold ? _bodyBold : _body;
        var indent = indentFirstLine ? 2 * BodySize : 0;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var lines = Wrap(paragraph.Trim(), font, ContentWidth - indent, ContentWidth);
            for (var i = 0; i < lines.Count; i++)
            {
                EnsureSpace(BodyLeading);
                var x = MarginLeft + (i == 0 ? indent : 0);
                _gfx.DrawString(lines[i], font, XBrushes.Black, new XPoint(x, TextTop(BodyLeading, BodySize)), XStringFormats.TopLeft);
                _y += BodyLeading;
            }
            _y += ParagraphGap;
        }
        return this;
    }

    /// <summary>A bold line that introduces the next block ("保障金构成").</summary>
    public PdfLayout Heading(string text)
    {
        Guard();
        // a heading alone at the foot of a page is useless: keep room for two lines after it
        EnsureSpace(BodyLeading * 3);
        _y += 4;
        return Paragraph(text, indentFirstLine: false, bold: true);
    }

    public PdfLayout Space(double points)
    {
        Guard();
        _y += points;
        return this;
    }

    /// <summary>Renders the document; the layout cannot be written to afterwards.</summary>
    public byte[] ToPdf()
    {
        Guard();
        _finished = true;
        _gfx.Dispose();
        NumberPages();
        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _gfx.Dispose();
        }
        _finished = true;
        _document.Dispose();
    }

    private void NumberPages()
    {
        var count = _document.PageCount;
        if (count < 2)
        {
            return;
        }
        var font = Font(10);
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(0, page.Height.Point - (MarginBottom / 2) - 6, page.Width.Point, 12);
            gfx.DrawString($"第 {i + 1} 页，共 {count} 页", font, XBrushes.DimGray, box, XStringFormats.Center);
        }
    }

    private void NewPage()
    {
        if (_document.PageCount > 0)
        {
            _gfx.Dispose();
        }
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = MarginTop;
    }

    private bool EnsureSpace(double height)
    {
        if (_y + height <= ContentBottom)
        {
            return false;
        }
        NewPage();
        return true;
    }

    private void DrawCentered(string text, XFont font, XBrush brush, double leading)
    {
        EnsureSpace(leading);
        var box = new XRect(MarginLeft, TextTop(leading, font.Size), ContentWidth, font.Size);
        _gfx.DrawString(text, font, brush, box, XStringFormats.TopCenter);
        _y += leading;
    }

    // text sits in the middle of its line box, so extra leading splits evenly above and below
    private double TextTop(double leading, double size) => _y + ((leading - size) / 2);

    private double FitSize(string text, double preferred, bool bold)
    {
        var width = _gfx.MeasureString(text, Font(preferred, bold)).Width;
        return width <= ContentWidth ? preferred : Math.Floor(preferred * ContentWidth / width);
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double firstLineWidth, double width) =>
        ChineseLineBreaker.Wrap(text, firstLineWidth, width, s => _gfx.MeasureString(s, font).Width);

    private static XFont Font(double size, bool bold = false) =>
        new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    private void Guard() => ObjectDisposedException.ThrowIf(_finished, this);
}
