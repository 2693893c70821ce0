using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace CivilAffairs.Platform.Payments;

/// <summary>One line of a bank payment file (代发文件): what the bank needs to credit one account.</summary>
/// <param name="Reference">Our line reference (sent to the bank and matched in its return file).</param>
/// <param name="Category">What the money is for, e.g. 低保, 机构养育孤儿, 海葬奖励.</param>
public sealed record BankFileRow(string Reference, string PayeeName, string PayeeIdNumber, string? BankName, string? BankAccount,
    decimal Amount, DateOnly Month, string Category, string DivisionCode);

/// <summary>
/// Writes the bank payment file in the one layout the cooperating banks take, for every module
/// that pays through them. CSV is UTF-8 with BOM (Excel opens the Chinese text) and is streamed
/// (a city run has a million lines); Excel is for smaller lists.
/// </summary>
public static class BankFileWriter
{
    public static readonly IReadOnlyList<string> Header = ["参考号", "户主姓名", "身份证号码", "开户银行", "银行账号", "金额", "发放月份", "救助类别", "区划代码"];

    public static async Task WriteCsvAsync(Stream output, IAsyncEnumerable<BankFileRow> rows, CancellationToken ct)
    {
        await using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        await w.WriteAsync(string.Join(',', Header) + "\r\n");
        var sb = new StringBuilder(256);
        await foreach (var l in rows.WithCancellation(ct))
        {
            sb.Clear();
            sb.Append(Csv(l.Reference)).Append(',').Append(Csv(l.PayeeName)).Append(',').Append(l.PayeeIdNumber).Append(',').Append(Csv(l.BankName ?? ""))
                .Append(',').Append(Csv(l.BankAccount ?? "")).Append(',').Append(l.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                .Append(PaymentMonth.Format(l.Month)).Append(',').Append(Csv(l.Category)).Append(',').Append(l.DivisionCode).Append("\r\n");
            await w.WriteAsync(sb, ct);
        }
    }

    public static async Task<byte[]> CsvAsync(IAsyncEnumerable<BankFileRow> rows, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        await WriteCsvAsync(ms, rows, ct);
        return ms.ToArray();
    }

    public static async Task<byte[]> ExcelAsync(IAsyncEnumerable<BankFileRow> rows, CancellationToken ct)
    {
        var sheet = new List<Dictionary<string, object?>>();
        await foreach (var l in rows.WithCancellation(ct))
        {
            sheet.Add(new Dictionary<string, object?>
            {
                [Header[0]] = l.Reference, [Header[1]] = l.PayeeName, [Header[2]] = l.PayeeIdNumber, [Header[3]] = l.BankName,
                [Header[4]] = l.BankAccount, [Header[5]] = l.Amount, [Header[6]] = PaymentMonth.Format(l.Month),
                [Header[7]] = l.Category, [Header[8]] = l.DivisionCode,
            });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheet, sheetName: "代发明细", cancellationToken: ct);
        return stream.ToArray();
    }

    /// <summary>Quotes a CSV field when it holds a comma, quote or line break.</summary>
    public static string Csv(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
