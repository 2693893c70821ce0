using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Reporting.Features.StatReports;

/// <summary>
/// The table in the official layout (统计报表格式): title centred; 表号, 制定机关, 批准文号 and
/// 有效期至 at the top right; 填报单位 and 报告期; the header row and the 甲/乙/1/2/… code row;
/// the body with 合计; the cells' notes; the signature line 单位负责人 / 统计负责人 / 填表人 /
/// 报出日期. Written as SpreadsheetML directly because MiniExcel cannot merge or align cells;
/// MiniExcel reads it back in the tests. Aggregates only; the export is audited.
/// </summary>
internal sealed class StatExcel(StatSubmissions submissions, AuditEvents audit, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<(byte[] Bytes, string FileName)> ExportAsync(string code, string period, string? division, CancellationToken ct)
    {
        var v = await submissions.GetAsync(code, period, division, ct);
        var bytes = Write(v, ChinaTime.Today(clock));
        await audit.RecordAsync(AuditActions.Export, "StatSubmission", null, new { table = v.TableCode, period = v.Period, division = v.DivisionCode, status = v.Status }, ct: ct);
        return (bytes, $"{v.TableCode}-{v.Period}-{v.DivisionCode}.xlsx");
    }

    public static byte[] Write(StatSubmissionView v, DateOnly today)
    {
        var sheet = new Sheet();
        var list = v.RowMode == StatRowMode.List;
        var lead = list ? 2 : 1;
        var n = lead + v.Headers.Count;
        var right = Math.Max(0, n - 3);
        sheet.Text(0, 0, v.Title, Style.Title);
        sheet.Merge(0, 0, 0, n - 1);
        var marks = new[]
        {
            $"表    号：{v.FormNumber}", $"制定机关：{v.Authority}", $"批准文号：{v.ApprovalNumber}",
            $"有效期至：{(v.ValidUntil is { } u ? $"{u.Year}年{u.Month}月" : "")}",
        };
        for (var i = 0; i < marks.Length; i++)
        {
            sheet.Text(1 + i, right, marks[i], Style.Plain);
            sheet.Merge(1 + i, right, 1 + i, n - 1);
        }
        var info = 1 + marks.Length;
        sheet.Text(info, 0, $"填报单位：{v.DivisionName}", Style.Plain);
        sheet.Text(info, right, $"报告期：{v.PeriodLabel}", Style.Plain);
        if (right > 1)
        {
            sheet.Merge(info, 0, info, right - 1);
        }
        sheet.Merge(info, right, info, n - 1);
        var head = info + 1;
        sheet.Text(head, 0, list ? "指标名称" : "区划", Style.Header);
        if (list)
        {
            sheet.Text(head, 1, "计量单位", Style.Header);
        }
        for (var j = 0; j < v.Headers.Count; j++)
        {
            sheet.Text(head, lead + j, v.Units[j] is { Length: > 0 } unit && !v.Headers[j].Contains('（', StringComparison.Ordinal) ? $"{v.Headers[j]}（{unit}）" : v.Headers[j], Style.Header);
        }
        sheet.Text(head + 1, 0, "甲", Style.Header);
        if (list)
        {
            sheet.Text(head + 1, 1, "乙", Style.Header);
        }
        for (var j = 0; j < v.Headers.Count; j++)
        {
            sheet.Text(head + 1, lead + j, (j + 1).ToString(CultureInfo.InvariantCulture), Style.Header);
        }
        var r = head + 2;
        var notes = new List<string>();
        foreach (var row in v.Rows)
        {
            sheet.Text(r, 0, row.Label, row.Total ? Style.TotalLabel : Style.Cell);
            if (list)
            {
                sheet.Text(r, 1, row.Unit ?? "", Style.Cell);
            }
            for (var j = 0; j < row.Cells.Count; j++)
            {
                var c = row.Cells[j];
                if (c.Value is { } x)
                {
                    sheet.Number(r, lead + j, x, c.Decimals switch { 0 => Style.Int, 1 => Style.Dec1, _ => Style.Dec2 });
                }
                else
                {
                    sheet.Text(r, lead + j, "—", Style.Cell);
                }
                if (c.Note is { } note)
                {
                    notes.Add($"{row.Label}·{v.Headers[j]}：{note}");
                }
            }
            r++;
        }
        if (notes.Count > 0)
        {
            sheet.Text(r, 0, "填表说明：" + string.Join("；", notes), Style.Plain);
            sheet.Merge(r, 0, r, n - 1);
            r++;
        }
        var filed = v.SubmittedAtUtc ?? v.FilledAtUtc;
        var date = filed is { } f ? DateOnly.FromDateTime(f.AddHours(8)) : today;
        sheet.Text(r + 1, 0, $"单位负责人：          统计负责人：          填表人：{v.FilledBy ?? ""}          报出日期：{date.Year}年{date.Month}月{date.Day}日", Style.Plain);
        sheet.Merge(r + 1, 0, r + 1, n - 1);
        return sheet.ToXlsx(n, list);
    }

    private enum Style
    {
        Default = 0,
        Title = 1,
        Plain = 2,
        Header = 3,
        Cell = 4,
        Int = 5,
        Dec2 = 6,
        Dec1 = 7,
        TotalLabel = 8,
    }

    /// <summary>A minimal single-sheet workbook: shared strings, a few styles, merged ranges.</summary>
    private sealed class Sheet
    {
        private readonly SortedDictionary<int, SortedDictionary<int, string>> _cells = [];
        private readonly List<string> _strings = [];
        private readonly Dictionary<string, int> _index = [];
        private readonly List<string> _merges = [];

        public void Text(int r, int c, string s, Style st)
        {
            if (!_index.TryGetValue(s, out var i))
            {
                _index[s] = i = _strings.Count;
                _strings.Add(s);
            }
            Put(r, c, $"<c r=\"{Ref(r, c)}\" s=\"{(int)st}\" t=\"s\"><v>{i}</v></c>");
        }

        public void Number(int r, int c, decimal x, Style st) =>
            Put(r, c, $"<c r=\"{Ref(r, c)}\" s=\"{(int)st}\"><v>{x.ToString(CultureInfo.InvariantCulture)}</v></c>");

        public void Merge(int r1, int c1, int r2, int c2)
        {
            if (c2 > c1 || r2 > r1)
            {
                _merges.Add($"{Ref(r1, c1)}:{Ref(r2, c2)}");
            }
        }

        private void Put(int r, int c, string xml)
        {
            if (!_cells.TryGetValue(r, out var row))
            {
                _cells[r] = row = [];
            }
            row[c] = xml;
        }

        private static string Ref(int r, int c) => $"{(char)('A' + c)}{r + 1}";

        public byte[] ToXlsx(int columns, bool list)
        {
            var sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><cols>");
            for (var c = 0; c < columns; c++)
            {
                var w = c == 0 ? 26 : list && c == 1 ? 10 : 16;
                sb.Append(CultureInfo.InvariantCulture, $"<col min=\"{c + 1}\" max=\"{c + 1}\" width=\"{w}\" customWidth=\"1\"/>");
            }
            sb.Append("</cols><sheetData>");
            foreach (var (r, row) in _cells)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\"{(r == 0 ? " ht=\"30\" customHeight=\"1\"" : "")}>");
                foreach (var cell in row.Values)
                {
                    sb.Append(cell);
                }
                sb.Append("</row>");
            }
            sb.Append("</sheetData>");
            if (_merges.Count > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<mergeCells count=\"{_merges.Count}\">");
                foreach (var m in _merges)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"<mergeCell ref=\"{m}\"/>");
                }
                sb.Append("</mergeCells>");
            }
            sb.Append("<pageSetup paperSize=\"9\" orientation=\"landscape\"/></worksheet>");
            var shared = new StringBuilder().Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{_strings.Count}\" uniqueCount=\"{_strings.Count}\">");
            foreach (var s in _strings)
            {
                shared.Append(CultureInfo.InvariantCulture, $"<si><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></si>");
            }
            shared.Append("</sst>");
            using var ms = new MemoryStream();
            using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
            {
                Add(zip, "[Content_Types].xml", ContentTypes);
                Add(zip, "_rels/.rels", RootRels);
                Add(zip, "xl/workbook.xml", Workbook);
                Add(zip, "xl/_rels/workbook.xml.rels", WorkbookRels);
                Add(zip, "xl/styles.xml", Styles);
                Add(zip, "xl/sharedStrings.xml", shared.ToString());
                Add(zip, "xl/worksheets/sheet1.xml", sb.ToString());
            }
            return ms.ToArray();
        }

        private static void Add(ZipArchive zip, string name, string text)
        {
            using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            var bytes = new UTF8Encoding(false).GetBytes(text);
            s.Write(bytes);
        }
    }

    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string ContentTypes = Head + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";

    private const string RootRels = Head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + Rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";

    private const string Workbook = Head + "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\"><sheets><sheet name=\"报表\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";

    private const string WorkbookRels = Head + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + Rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + Rel + "/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + Rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";

    private const string Styles = Head + "<styleSheet xmlns=\"" + Main + "\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/></numFmts>"
        + "<fonts count=\"3\"><font><sz val=\"11\"/><name val=\"宋体\"/></font><font><b/><sz val=\"16\"/><name val=\"黑体\"/></font><font><b/><sz val=\"11\"/><name val=\"宋体\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
        + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/><bottom style=\"thin\"/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"9\">"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment horizontal=\"left\" vertical=\"center\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyBorder=\"1\"/>"
        + "<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
        + "<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyNumberFormat=\"1\" applyBorder=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"1\" xfId=\"0\" applyFont=\"1\" applyBorder=\"1\" applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
        + "</cellXfs></styleSheet>";
}
