using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// Applies the bank's return file (回盘文件: reference, account, amount, 成功/失败, reason) to a
/// released run. Idempotent twice over: the same file (by SHA-256) is applied once, and a line
/// that already has a result is never changed by a later row.
/// </summary>
internal sealed class Reconciliation(AssistanceDb db, ICurrentUser user, TimeProvider clock)
{
    public const int MaxRows = 2_000_000;

    public async Task<ReconciliationView> ImportAsync(Guid runId, string fileName, byte[] content, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistancePayPrepare) && !user.Has(Permissions.AssistancePayRelease))
        {
            throw new ForbiddenException();
        }
        var run = await db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        if (run.Status != PaymentRunStatus.Released)
        {
            throw new BusinessRuleException("只有已复核发放的批次可以导入银行回盘");
        }
        var hash = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        var existing = await db.PaymentReconciliations.AsNoTracking().FirstOrDefaultAsync(x => x.RunId == runId && x.FileHash == hash, ct);
        if (existing is not null)
        {
            return View(existing, true);
        }
        var rows = Parse(content, out var parseErrors);
        var rec = new PaymentReconciliation
        {
            RunId = runId, DivisionCode = run.DivisionCode, FileHash = hash, FileName = Path.GetFileName(fileName).Length > 200 ? "return.csv" : Path.GetFileName(fileName),
            Rows = rows.Count + parseErrors.Count, ImportedBy = user.UserName, ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var unmatched = new List<UnmatchedRow>(parseErrors);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Scope.BulkLoad = true;
        foreach (var chunk in rows.Chunk(1000))
        {
            var refs = chunk.Select(r => Guid.TryParseExact(r.Reference, "N", out var g) ? g : Guid.Empty).Distinct().ToList();
            var lines = await db.PaymentLines.Where(l => l.RunId == runId && refs.Contains(l.Id)).ToDictionaryAsync(l => l.Reference, ct);
            foreach (var r in chunk)
            {
                if (!lines.TryGetValue(r.Reference.ToLowerInvariant(), out var line) || line.Status == PaymentLineStatus.Exception)
                {
                    unmatched.Add(new UnmatchedRow(r.Row, r.Reference, "参考号在本批次中不存在"));
                }
                else if (!string.Equals(line.BankAccount, r.Account, StringComparison.Ordinal) || line.Amount != r.Amount)
                {
                    unmatched.Add(new UnmatchedRow(r.Row, r.Reference, "账号或金额与发放明细不一致"));
                }
                else if (line.Status != PaymentLineStatus.Pending)
                {
                    rec.Unchanged++;
                }
                else if (r.Success)
                {
                    line.Status = PaymentLineStatus.Paid;
                    line.BankReference = r.BankReference;
                    rec.Paid++;
                }
                else
                {
                    line.Status = PaymentLineStatus.Failed;
                    line.Note = string.IsNullOrWhiteSpace(r.Reason) ? "银行退回" : Trim(r.Reason, 500);
                    line.BankReference = r.BankReference;
                    rec.Failed++;
                }
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        db.Scope.BulkLoad = false;
        rec.UnmatchedJson = JsonSerializer.Serialize(unmatched.Take(10_000));
        db.PaymentReconciliations.Add(rec);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return View(rec, false);
    }

    private sealed record ReturnRow(int Row, string Reference, string Account, decimal Amount, bool Success, string? Reason, string? BankReference);

    private static List<ReturnRow> Parse(byte[] content, out List<UnmatchedRow> errors)
    {
        errors = [];
        var rows = new List<ReturnRow>();
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
            rows.Add(new ReturnRow(n, f[0].Trim(), f[1].Trim(), amount, f[3].Trim() == "成功", f.ElementAtOrDefault(4)?.Trim(),
                string.IsNullOrWhiteSpace(f.ElementAtOrDefault(5)) ? null : Trim(f[5].Trim(), 64)));
            if (rows.Count + errors.Count > MaxRows)
            {
                throw new FieldValidationException("file", $"回盘文件超过 {MaxRows} 行");
            }
        }
        return rows;
    }

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

    public static ReconciliationView View(PaymentReconciliation r, bool already) => new(r.Id, r.FileName, r.FileHash, r.Rows, r.Paid, r.Failed, r.Unchanged,
        JsonSerializer.Deserialize<List<UnmatchedRow>>(r.UnmatchedJson) ?? [], r.ImportedBy, r.ImportedAtUtc, already);
}
