using System.Globalization;
using System.Text;
using CivilAffairs.Platform.Http;

namespace CivilAffairs.Platform.Payments;

/// <summary>One row of the bank's return file (回盘文件).</summary>
public sealed record BankReturnRow(int Row, string Reference, string Account, decimal Amount, bool Success, string? Reason, string? BankReference);

/// <summary>A return-file row that changed nothing, and why (shown to the clerk).</summary>
public sealed record UnmatchedRow(int Row, string Reference, string Reason);

/// <summary>A payment line as the return file sees it; each module's line entity implements this.</summary>
public interface IBankPayableLine
{
    PaymentLineStatus Status { get; set; }

    string? BankAccount { get; }

    decimal Amount { get; }

    string? Note { get; set; }

    string? BankReference { get; set; }
}

/// <summary>What one return row did to its line.</summary>
public enum BankReturnOutcome
{
    Paid,
    Failed,

    /// <summary>The line already had a result: a later row never changes it.</summary>
    Unchanged,

    /// <summary>No such line, or the account or amount differ.</summary>
    Unmatched,
}

/// <summary>
/// Reads the bank's return file (参考号,账号,金额,成功/失败,失败原因[,银行流水号]) and applies a row
/// to its line. Shared by every module that pays through the bank, so the format, the checks
/// and the idempotence (a line with a result is never changed again) are the same everywhere.
/// </summary>
public static class BankReturnFile
{
    public const int MaxRows = 2_000_000;

    public static List<BankReturnRow> Parse(byte[] content, out List<UnmatchedRow> errors)
    {
        errors = [];
        var rows = new List<BankReturnRow>();
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        var n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var lineText = raw.TrimEnd('\r');
            if (lineText.Trim().Length == 0)
            {
                continue;
            }
            var f = SplitCsv(lineText);
            if (n == 1 && (f.Count == 0 || !decimal.TryParse(f.ElementAtOrDefault(2), NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
            {
                continue; // header
            }
            if (f.Count < 4 || !decimal.TryParse(f[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                || f[3].Trim() is not ("成功" or "失败"))
            {
                errors.Add(new UnmatchedRow(n, f.ElementAtOrDefault(0)?.Trim() ?? "", "格式错误：应为 参考号,账号,金额,结果(成功/失败),失败原因"));
                continue;
            }
            rows.Add(new BankReturnRow(n, f[0].Trim(), f[1].Trim(), amount, f[3].Trim() == "成功", f.ElementAtOrDefault(4)?.Trim(),
                string.IsNullOrWhiteSpace(f.ElementAtOrDefault(5)) ? null : Trim(f[5].Trim(), 64)));
            if (rows.Count + errors.Count > MaxRows)
            {
                throw new FieldValidationException("file", $"回盘文件超过 {MaxRows} 行");
            }
        }
        return rows;
    }

    /// <summary>Applies one row to its line (null when the reference matched none); adds the reason to <paramref name="unmatched"/> when it changes nothing.</summary>
    public static BankReturnOutcome Apply(IBankPayableLine? line, BankReturnRow r, List<UnmatchedRow> unmatched)
    {
        if (line is null || line.Status == PaymentLineStatus.Exception)
        {
            unmatched.Add(new UnmatchedRow(r.Row, r.Reference, "参考号在本批次中不存在"));
            return BankReturnOutcome.Unmatched;
        }
        if (!string.Equals(line.BankAccount, r.Account, StringComparison.Ordinal) || line.Amount != r.Amount)
        {
            unmatched.Add(new UnmatchedRow(r.Row, r.Reference, "账号或金额与发放明细不一致"));
            return BankReturnOutcome.Unmatched;
        }
        if (line.Status != PaymentLineStatus.Pending)
        {
            return BankReturnOutcome.Unchanged;
        }
        line.BankReference = r.BankReference;
        if (r.Success)
        {
            line.Status = PaymentLineStatus.Paid;
            return BankReturnOutcome.Paid;
        }
        line.Status = PaymentLineStatus.Failed;
        line.Note = string.IsNullOrWhiteSpace(r.Reason) ? "银行退回" : Trim(r.Reason, 500);
        return BankReturnOutcome.Failed;
    }

    /// <summary>Our references are Guids written as 32 hex digits; anything else matches nothing.</summary>
    public static Guid ReferenceKey(string reference) => Guid.TryParseExact(reference, "N", out var g) ? g : Guid.Empty;

    public static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { sb.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else { sb.Append(c); }
        }
        fields.Add(sb.ToString());
        return fields;
    }

    private static string Trim(string s, int max) => s.Length > max ? s[..max] : s;
}
