using System.Text;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Cli.Import;

/// <summary>The rejected rows as CSV: row number, masked ID number, reasons. Nothing else of the person.</summary>
internal static class RejectionReport
{
    public static async Task WriteAsync(string path, IReadOnlyList<ImportRow> rows, IReadOnlyDictionary<int, List<string>> rejected,
        CancellationToken ct)
    {
        var byLine = rows.ToDictionary(r => r.Line);
        var text = new StringBuilder();
        text.Append("行号,证件号码,原因\n");
        foreach (var (line, reasons) in rejected.OrderBy(r => r.Key))
        {
            var id = Mask(byLine.TryGetValue(line, out var row) ? row.Input.IdNumber : null);
            text.Append(line).Append(',').Append(Field(id)).Append(',').Append(Field(string.Join("；", reasons))).Append('\n');
        }
        // with a BOM, so that Excel on a Chinese desktop opens it as UTF-8
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), ct);
    }

    /// <summary>
    /// The platform's mask, except where it leaves a short number (a 9-character passport) whole:
    /// then all but the last four are hidden.
    /// </summary>
    internal static string Mask(string? idNumber)
    {
        var masked = Masking.IdNumber(idNumber);
        if (masked != idNumber || string.IsNullOrEmpty(idNumber))
        {
            return masked;
        }
        return idNumber.Length <= 4 ? new string('*', idNumber.Length) : string.Concat(new string('*', idNumber.Length - 4), idNumber.AsSpan(idNumber.Length - 4));
    }

    private static string Field(string value)
    {
        // a cell starting like a formula would run as one when the report is opened in a spreadsheet
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
