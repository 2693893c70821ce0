using System.Globalization;
using System.Text;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Documents;

namespace CivilAffairs.ElderCare.Features.Meals;

/// <summary>
/// Reads a day's meals from .csv (UTF-8) or .xlsx. Columns by header: 助餐卡号, 身份证号码 (one of
/// the two), 就餐日期, 就餐时间, 餐别 (午餐 when empty). Rows are numbered as Excel shows them (header = 1).
/// </summary>
internal static class MealFile
{
    public const string Template = "助餐卡号,身份证号码,就餐日期,就餐时间,餐别\r\n";

    public static (List<MealInput> Rows, List<MealRowError> Errors) Parse(Stream stream, string fileName, string canteen, DateOnly today)
    {
        var ext = Path.GetExtension(fileName).ToLowerInvariant();
        IEnumerable<string?[]> table = ext switch
        {
            ".csv" or ".txt" => ReadCsv(stream),
            ".xlsx" => ReadXlsx(stream),
            _ => throw new FieldValidationException("file", "只支持 .csv（UTF-8）或 .xlsx 文件"),
        };
        var rows = new List<MealInput>();
        var errors = new List<MealRowError>();
        int card = -1, id = -1, date = -1, time = -1, meal = -1;
        var n = 0;
        foreach (var cells in table)
        {
            n++;
            if (n == 1)
            {
                var h = cells.Select(c => c?.Trim() ?? "").ToList();
                card = h.FindIndex(c => c is "助餐卡号" or "卡号");
                id = h.FindIndex(c => c is "身份证号码" or "身份证号");
                date = h.FindIndex(c => c == "就餐日期");
                time = h.FindIndex(c => c == "就餐时间");
                meal = h.FindIndex(c => c == "餐别");
                var missing = new List<string>();
                if (card < 0 && id < 0) { missing.Add("助餐卡号/身份证号码"); }
                if (date < 0) { missing.Add("就餐日期"); }
                if (time < 0) { missing.Add("就餐时间"); }
                if (missing.Count > 0)
                {
                    throw new FieldValidationException("file", "缺少列：" + string.Join("、", missing) + "（首行须为列名，可下载模板）");
                }
                continue;
            }
            string? Cell(int i) => i >= 0 && i < cells.Length ? cells[i]?.Trim() : null;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var before = errors.Count;
            var c = Cell(card);
            var p = Cell(id);
            if (string.IsNullOrEmpty(c) && string.IsNullOrEmpty(p))
            {
                errors.Add(new(n, "助餐卡号", "须填写助餐卡号或身份证号码"));
            }
            DateOnly d = default;
            var dText = Cell(date);
            if (string.IsNullOrEmpty(dText))
            {
                errors.Add(new(n, "就餐日期", "请填写就餐日期"));
            }
            else if (!DateOnly.TryParse(dText, CultureInfo.InvariantCulture, out d) && !DateOnly.TryParseExact(dText, "yyyyMMdd", out d))
            {
                errors.Add(new(n, "就餐日期", "日期格式应为 2026-03-02"));
            }
            else if (d > today)
            {
                errors.Add(new(n, "就餐日期", "就餐日期不能晚于今天"));
            }
            var tText = Cell(time);
            int? minute = string.IsNullOrEmpty(tText) ? null : MinuteOf(tText);
            if (minute is null)
            {
                errors.Add(new(n, "就餐时间", string.IsNullOrEmpty(tText) ? "请填写就餐时间" : "时间格式应为 11:45"));
            }
            var m = (Cell(meal) ?? "") switch
            {
                "" or "午餐" or "Lunch" or "lunch" => MealKind.Lunch,
                "早餐" or "Breakfast" or "breakfast" => MealKind.Breakfast,
                "晚餐" or "Dinner" or "dinner" => MealKind.Dinner,
                _ => (MealKind)0,
            };
            if (m == 0)
            {
                errors.Add(new(n, "餐别", "餐别应为 早餐、午餐 或 晚餐"));
            }
            if (errors.Count == before)
            {
                rows.Add(new MealInput(n, canteen, string.IsNullOrEmpty(c) ? null : c, string.IsNullOrEmpty(c) ? p : null, d, minute!.Value, m));
            }
        }
        if (n <= 1)
        {
            throw new FieldValidationException("file", "文件中没有数据行");
        }
        return (rows, errors);
    }

    private static int? MinuteOf(string text)
    {
        // Excel keeps a time as a fraction of a day
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f is >= 0 and < 1)
        {
            return (int)Math.Round(f * 24 * 60);
        }
        if (DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt) && text.Contains(' ', StringComparison.Ordinal))
        {
            return dt.Hour * 60 + dt.Minute;
        }
        return MealEntry.ParseMinute(text);
    }

    private static IEnumerable<string?[]> ReadXlsx(Stream stream)
    {
        var ms = new MemoryStream();
        stream.CopyTo(ms);
        ms.Position = 0;
        string[]? keys = null;
        foreach (var row in TabularReader.QueryXlsx(ms))
        {
            keys ??= row.Keys.ToArray();
            yield return keys.Select(k => Text(row.TryGetValue(k, out var v) ? v : null)).ToArray();
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        double n when n == Math.Floor(n) => n.ToString("F0", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static IEnumerable<string?[]> ReadCsv(Stream stream)
    {
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new FieldValidationException("file", "CSV 文件须为 UTF-8 编码（Excel 中请选择“CSV UTF-8”另存）");
        }
        foreach (var line in text.Split('\n'))
        {
            // blank lines keep their number, so the report's row numbers match the file
            yield return Split(line.TrimEnd('\r'));
        }
    }

    private static string?[] Split(string line)
    {
        var cells = new List<string?>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') { quoted = false; }
                else { sb.Append(ch); }
            }
            else if (ch == '"') { quoted = true; }
            else if (ch == ',') { cells.Add(sb.ToString()); sb.Clear(); }
            else { sb.Append(ch); }
        }
        cells.Add(sb.ToString());
        return cells.ToArray();
    }
}
