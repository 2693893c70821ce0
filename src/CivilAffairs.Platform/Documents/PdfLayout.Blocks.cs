using PdfSharp.Drawing;

namespace CivilAffairs.Platform.Documents;

public sealed partial class PdfLayout
{
    private const double TableSize = 12;       // 小四
    private const double TableLeading = 16;
    private const double CellPaddingX = 6;
    private const double CellPaddingY = 3.5;

    private static readonly XColor KeyShade = XColor.FromArgb(242, 242, 242);
    private static readonly XColor RuleGray = XColor.FromArgb(96, 96, 96);

    /// <summary>
    /// A two-column grid: label on a shaded left column, value on the right; both wrap. A row is
    /// never split across pages; the header row (if any) is repeated on the next page.
    /// </summary>
    /// <param name="header">Column titles, e.g. ("项目", "金额"); null for a plain form.</param>
    /// <param name="rightAlignValues">For amounts, so that decimal points line up.</param>
    /// <param name="boldLastRow">For a total row.</param>
    public PdfLayout KeyValueTable(
        IEnumerable<(string Key, string Value)> rows,
        (string Key, string Value)? header = null,
        bool rightAlignValues = false,
        bool boldLastRow = false,
        double keyColumnShare = 0.3)
    {
        Guard();
        var list = rows.ToList();
        var regular = Font(TableSize);
        var bold = Font(TableSize, bold: true);
        var keyWidth = Math.Round(ContentWidth * keyColumnShare);
        _y += 4; // the grid would otherwise touch the descenders of the text above
        if (header is { } h)
        {
            EnsureSpace(RowHeight(h, bold, keyWidth) + RowHeight(list.FirstOrDefault(), regular, keyWidth));
            DrawRow(h, bold, keyWidth, isHeader: true, rightAlign: rightAlignValues);
        }
        for (var i = 0; i < list.Count; i++)
        {
            var font = boldLastRow && i == list.Count - 1 ? bold : regular;
            if (EnsureSpace(RowHeight(list[i], font, keyWidth)) && header is { } again)
            {
                DrawRow(again, bold, keyWidth, isHeader: true, rightAlign: rightAlignValues);
            }
            DrawRow(list[i], font, keyWidth, isHeader: false, rightAlign: rightAlignValues);
        }
        _y += 8;
        return this;
    }

    /// <summary>
    /// 发文机关署名 and 成文日期 at the right, the name centred over the date, kept together on
    /// one page. The seal note marks where the physical seal goes; no image of a seal is drawn
    /// because a printed seal would pass for a stamped one.
    /// </summary>
    public PdfLayout SignatureBlock(string authority, DateOnly date, string sealNote = "（盖章）")
    {
        Guard();
        var signer = authority + sealNote;
        var dateText = ChineseFormat.Date(date);
        // the gap above leaves room for the seal, which is pressed over name and date
        EnsureSpace((BodyLeading * 2) + 16);
        _y += 16;
        var blockWidth = Math.Max(_gfx.MeasureString(signer, _body).Width, _gfx.MeasureString(dateText, _body).Width);
        // 公文: the date stands four characters in from the right edge (GB/T 9704 §7.3.5.1)
        var right = MarginLeft + ContentWidth - (4 * BodySize);
        var left = Math.Max(MarginLeft, right - blockWidth);
        foreach (var line in new[] { signer, dateText })
        {
            var box = new XRect(left, TextTop(BodyLeading, BodySize), right - left, BodySize);
            _gfx.DrawString(line, _body, XBrushes.Black, box, XStringFormats.TopCenter);
            _y += BodyLeading;
        }
        return this;
    }

    private double RowHeight((string Key, string Value) row, XFont font, double keyWidth)
    {
        var (keyLines, valueLines) = CellLines(row, font, keyWidth);
        return (Math.Max(keyLines.Count, valueLines.Count) * TableLeading) + (2 * CellPaddingY);
    }

    private (IReadOnlyList<string> Key, IReadOnlyList<string> Value) CellLines((string Key, string Value) row, XFont font, double keyWidth)
    {
        var keyText = keyWidth - (2 * CellPaddingX);
        var valueText = ContentWidth - keyWidth - (2 * CellPaddingX);
        return (Wrap(row.Key ?? "", font, keyText, keyText), Wrap(row.Value ?? "", font, valueText, valueText));
    }

    private void DrawRow((string Key, string Value) row, XFont font, double keyWidth, bool isHeader, bool rightAlign)
    {
        var (keyLines, valueLines) = CellLines(row, font, keyWidth);
        var height = (Math.Max(keyLines.Count, valueLines.Count) * TableLeading) + (2 * CellPaddingY);
        var pen = new XPen(RuleGray, 0.6);
        var shade = new XSolidBrush(KeyShade);
        var valueWidth = ContentWidth - keyWidth;
        _gfx.DrawRectangle(pen, shade, MarginLeft, _y, keyWidth, height);
        if (isHeader)
        {
            _gfx.DrawRectangle(pen, shade, MarginLeft + keyWidth, _y, valueWidth, height);
        }
        else
        {
            _gfx.DrawRectangle(pen, MarginLeft + keyWidth, _y, valueWidth, height);
        }
        DrawCell(keyLines, font, MarginLeft, keyWidth, XStringFormats.TopLeft);
        DrawCell(valueLines, font, MarginLeft + keyWidth, valueWidth, rightAlign ? XStringFormats.TopRight : XStringFormats.TopLeft);
        _y += height;
    }

    private void DrawCell(IReadOnlyList<string> lines, XFont font, double x, double width, XStringFormat format)
    {
        var top = _y + CellPaddingY;
        foreach (var line in lines)
        {
            var box = new XRect(x + CellPaddingX, top + ((TableLeading - TableSize) / 2), width - (2 * CellPaddingX), TableSize);
            _gfx.DrawString(line, font, XBrushes.Black, box, format);
            top += TableLeading;
        }
    }
}
