using System.Globalization;
using System.Text;
using System.Text.Unicode;
using CivilAffairs.Registry.Features.Persons;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using DocumentType = CivilAffairs.Registry.Domain.DocumentType;

namespace CivilAffairs.Cli.Import;

/// <summary>One data row: its spreadsheet row number, the API's input model, and what could not even be read.</summary>
internal sealed record ImportRow(int Line, PersonInput Input, List<(string Field, string Message)> Errors);

/// <summary>Reads .xlsx or .csv with Chinese or English headers into the same PersonInput the API takes.</summary>
internal static class PersonRowReader
{
    public static readonly IReadOnlyDictionary<string, string> ColumnNames = new Dictionary<string, string>
    {
        ["documentType"] = "证件类型", ["idNumber"] = "证件号码", ["name"] = "姓名", ["divisionCode"] = "居住地区划代码",
        ["hukouDivisionCode"] = "户籍地区划代码", ["phone"] = "联系电话", ["address"] = "地址", ["sex"] = "性别", ["birthDate"] = "出生日期",
    };

    private static readonly string[] Required = ["idNumber", "name", "divisionCode"];

    private static readonly string[] DateFormats =
        ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日", "yyyy-MM-dd HH:mm:ss", "yyyy/M/d H:mm:ss", "yyyy/M/d H:mm"];

    // 2^53: a spreadsheet number above this has lost digits, which an 18-digit ID number always is
    private const double ExactDoubleLimit = 9_007_199_254_740_992d;

    public static List<ImportRow> Read(string path, List<string> ignoredColumns)
    {
        // read without MiniExcel's header handling: the first row is the header (checked even when
        // no data follows), and cells are then addressed by column letter
        using var all = Open(path).GetEnumerator();
        var header = all.MoveNext() ? all.Current : new Dictionary<string, object?>();
        var columns = MapHeaders(header, ignoredColumns);
        var rows = new List<ImportRow>();
        var line = 1;
        while (all.MoveNext())
        {
            var raw = all.Current;
            line++;
            if (raw.Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
            {
                continue; // spreadsheets carry trailing blank rows; they are not data
            }
            var values = columns.ToDictionary(c => c.Value, c => raw.TryGetValue(c.Key, out var v) ? v : null);
            rows.Add(ToRow(line, values));
        }
        return rows;
    }

    private static IEnumerable<IDictionary<string, object?>> Open(string path)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".xlsx" or ".xlsm")
        {
            return Cast(MiniExcel.Query(path, useHeaderRow: false, excelType: ExcelType.XLSX));
        }
        if (ext != ".csv")
        {
            throw new InvalidOperationException("只支持 .xlsx 或 .csv 文件（.xls 请先另存为 .xlsx）");
        }
        // Excel on Chinese Windows saves CSV as GBK; anything that is not valid UTF-8 is read as GB18030
        var bytes = File.ReadAllBytes(path);
        var encoding = Utf8.IsValid(bytes) ? Encoding.UTF8 : Gb18030();
        var config = new CsvConfiguration { StreamReaderFunc = s => new StreamReader(s, encoding, detectEncodingFromByteOrderMarks: true) };
        return Cast(MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: false, excelType: ExcelType.CSV, configuration: config));
    }

    private static IEnumerable<IDictionary<string, object?>> Cast(IEnumerable<dynamic> rows) => rows.Cast<IDictionary<string, object?>>();

    private static Encoding Gb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>Header text (Chinese or English, any case) to field; unknown columns are reported, not guessed.</summary>
    private static Dictionary<string, string> MapHeaders(IDictionary<string, object?> header, List<string> ignored)
    {
        var byAlias = ColumnNames.SelectMany(c => new[] { (Alias: c.Key, Field: c.Key), (Alias: c.Value, Field: c.Key) })
            .ToDictionary(a => a.Alias, a => a.Field, StringComparer.OrdinalIgnoreCase);
        var map = new Dictionary<string, string>();
        foreach (var (column, cell) in header)
        {
            var text = (Text(cell) ?? "").Replace("\uFEFF", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
            if (text.Length == 0)
            {
                continue;
            }
            if (!byAlias.TryGetValue(text, out var field))
            {
                ignored.Add(text);
                continue;
            }
            if (map.ContainsValue(field))
            {
                throw new InvalidOperationException($"表头中“{ColumnNames[field]}”列出现了两次");
            }
            map[column] = field;
        }
        var missing = Required.Where(r => !map.ContainsValue(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("缺少必需的列: " + string.Join("、", missing.Select(m => $"{ColumnNames[m]}/{m}")));
        }
        return map;
    }

    private static ImportRow ToRow(int line, Dictionary<string, object?> v)
    {
        var errors = new List<(string, string)>();
        var rawId = v.GetValueOrDefault("idNumber");
        if (rawId is double d && Math.Abs(d) >= ExactDoubleLimit)
        {
            errors.Add(("idNumber", "证件号码在表格中被存成了数字，末几位已丢失；请把该列设为“文本”格式后重新填写"));
        }
        DateOnly? birth = null;
        var birthRaw = v.GetValueOrDefault("birthDate");
        if (birthRaw is DateTime dt)
        {
            birth = DateOnly.FromDateTime(dt);
        }
        else if (Text(birthRaw) is { } birthText)
        {
            if (DateTime.TryParseExact(birthText, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                birth = DateOnly.FromDateTime(parsed);
            }
            else
            {
                errors.Add(("birthDate", "出生日期格式不正确（应为 yyyy-MM-dd）"));
            }
        }
        var input = new PersonInput
        {
            DocumentType = DocumentTypeOf(Text(v.GetValueOrDefault("documentType"))),
            IdNumber = Text(rawId),
            Name = Text(v.GetValueOrDefault("name")),
            DivisionCode = Text(v.GetValueOrDefault("divisionCode")),
            HukouDivisionCode = Text(v.GetValueOrDefault("hukouDivisionCode")),
            Phone = Text(v.GetValueOrDefault("phone")),
            Address = Text(v.GetValueOrDefault("address")),
            Sex = SexOf(Text(v.GetValueOrDefault("sex"))),
            BirthDate = birth,
        };
        return new ImportRow(line, input, errors);
    }

    /// <summary>Cells come back as strings, numbers or dates; the validator wants text as typed.</summary>
    private static string? Text(object? value)
    {
        var s = value switch
        {
            null => null,
            string t => t,
            // "F0" so a number reads as digits, never as 4.4E+17
            double n when n == Math.Floor(n) => n.ToString("F0", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    /// <summary>The enum name passes as is; the Chinese name (居民身份证, 护照, ...) is translated to it.</summary>
    private static string? DocumentTypeOf(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (text is "身份证")
        {
            return nameof(DocumentType.IdCard);
        }
        var byName = Enum.GetValues<DocumentType>().FirstOrDefault(t => DocumentTypes.NameOf(t) == text);
        return DocumentTypes.NameOf(byName) == text ? byName.ToString() : text;
    }

    private static string? SexOf(string? text) => text?.ToUpperInvariant() switch
    {
        "男" or "M" or "MALE" => "Male",
        "女" or "F" or "FEMALE" => "Female",
        _ => text,
    };
}
