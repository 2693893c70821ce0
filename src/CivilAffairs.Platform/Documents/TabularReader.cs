using System.Globalization;
using System.Text;
using CivilAffairs.Platform.Http;
using MiniExcelLibs;

namespace CivilAffairs.Platform.Documents;

/// <summary>
/// Rows of a .csv (UTF-8, RFC 4180 quoting) or .xlsx file as text cells, header first. CSV is
/// streamed by hand: MiniExcel's dictionaries per row are too slow for ten million rows. Used by
/// every upload that reads rows (the assistance cross-check, home-care service orders).
/// </summary>
public static class TabularReader
{
    // 2^53: a spreadsheet number above this has lost digits, which an 18-digit ID number always is
    private const double ExactDoubleLimit = 9_007_199_254_740_992d;

    public const string LostDigits = "#LOST-DIGITS#";

    public static IEnumerable<string?[]> Read(Stream stream, string fileName)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        return ext switch
        {
            ".csv" or ".txt" => ReadCsv(stream),
            ".xlsx" or ".xlsm" => ReadXlsx(stream),
            _ => throw new FieldValidationException("file", "只支持 .csv（UTF-8）或 .xlsx 文件（.xls 请先另存为 .xlsx）"),
        };
    }

    private static IEnumerable<string?[]> ReadXlsx(Stream stream)
    {
        string[]? keys = null;
        foreach (var row in QueryXlsx(stream))
        {
            keys ??= row.Keys.ToArray();
            var cells = new string?[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                cells[i] = Text(row.TryGetValue(keys[i], out var v) ? v : null);
            }
            yield return cells;
        }
    }

    /// <summary>
    /// The rows of an .xlsx upload as MiniExcel reads them (column letter → value). A file that is
    /// not a workbook, or a damaged one, is the uploader's error: it becomes a validation error on
    /// "file" instead of whatever the zip or XML reader threw (found by fuzzing: random bytes gave 500s).
    /// </summary>
    public static IEnumerable<IDictionary<string, object?>> QueryXlsx(Stream stream)
    {
        using var rows = Guard(() => MiniExcel.Query(stream, useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator());
        while (Guard(rows.MoveNext))
        {
            yield return (IDictionary<string, object?>)rows.Current;
        }
    }

    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is not (FieldValidationException or OutOfMemoryException or OperationCanceledException))
        {
            throw new FieldValidationException("file", "无法读取该 Excel 文件：文件已损坏，或不是 .xlsx 格式（.xls 请先另存为 .xlsx）");
        }
    }

    /// <summary>Cells come back as strings, numbers or dates; rows want text as typed.</summary>
    private static string? Text(object? value)
    {
        var s = value switch
        {
            null => null,
            string t => t,
            double n when Math.Abs(n) >= ExactDoubleLimit => LostDigits,
            double n when n == Math.Floor(n) => n.ToString("F0", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static IEnumerable<string?[]> ReadCsv(Stream stream)
    {
        // strict UTF-8: a GBK file would otherwise import as mojibake
        using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var cells = new List<string?>(8);
        var sb = new StringBuilder(64);
        while (true)
        {
            bool more;
            try
            {
                more = ReadRecord(reader, cells, sb);
            }
            catch (DecoderFallbackException)
            {
                throw new FieldValidationException("file", "CSV 文件须为 UTF-8 编码（Excel 中请选择“CSV UTF-8”另存）");
            }
            if (!more)
            {
                yield break;
            }
            yield return cells.ToArray();
        }
    }

    private static bool ReadRecord(StreamReader reader, List<string?> cells, StringBuilder sb)
    {
        cells.Clear();
        sb.Clear();
        var c = reader.Read();
        if (c < 0)
        {
            return false;
        }
        var quoted = false;
        var wasQuoted = false;
        while (true)
        {
            if (c < 0)
            {
                cells.Add(Cell(sb, wasQuoted));
                return true;
            }
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        sb.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(ch);
                }
            }
            else if (ch == '"' && sb.Length == 0)
            {
                quoted = wasQuoted = true;
            }
            else if (ch == ',')
            {
                cells.Add(Cell(sb, wasQuoted));
                sb.Clear();
                wasQuoted = false;
            }
            else if (ch == '\n' || ch == '\r')
            {
                if (ch == '\r' && reader.Peek() == '\n')
                {
                    reader.Read();
                }
                cells.Add(Cell(sb, wasQuoted));
                return true;
            }
            else
            {
                sb.Append(ch);
            }
            c = reader.Read();
        }
    }

    private static string? Cell(StringBuilder sb, bool quoted)
    {
        if (sb.Length == 0)
        {
            return null;
        }
        var s = sb.ToString();
        if (!quoted)
        {
            s = s.Trim();
        }
        return s.Length == 0 ? null : s;
    }
}
