using System.Security.Cryptography;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// Applies the bank's return file (回盘文件: reference, account, amount, 成功/失败, reason) to a
/// released run. Idempotent twice over: the same file (by SHA-256) is applied once, and a line
/// that already has a result is never changed by a later row.
/// </summary>
internal sealed class Reconciliation(AssistanceDb db, ICurrentUser user, TimeProvider clock)
{
    public async Task<ReconciliationView> ImportAsync(Guid runId, string fileName, byte[] content, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistancePayPrepare) && !user.Has(Permissions.AssistancePayRelease))
        {
            throw new ForbiddenException();
        }
        var run = await db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleased(run.Status, "导入银行回盘");
        var hash = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        var existing = await db.PaymentReconciliations.AsNoTracking().FirstOrDefaultAsync(x => x.RunId == runId && x.FileHash == hash, ct);
        if (existing is not null)
        {
            return View(existing, true);
        }
        var rows = BankReturnFile.Parse(content, out var parseErrors);
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
            var refs = chunk.Select(r => BankReturnFile.ReferenceKey(r.Reference)).Distinct().ToList();
            var lines = await db.PaymentLines.Where(l => l.RunId == runId && refs.Contains(l.Id)).ToDictionaryAsync(l => l.Reference, ct);
            foreach (var r in chunk)
            {
                switch (BankReturnFile.Apply(lines.GetValueOrDefault(r.Reference.ToLowerInvariant()), r, unmatched))
                {
                    case BankReturnOutcome.Paid: rec.Paid++; break;
                    case BankReturnOutcome.Failed: rec.Failed++; break;
                    case BankReturnOutcome.Unchanged: rec.Unchanged++; break;
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

    public static ReconciliationView View(PaymentReconciliation r, bool already) => new(r.Id, r.FileName, r.FileHash, r.Rows, r.Paid, r.Failed, r.Unchanged,
        JsonSerializer.Deserialize<List<UnmatchedRow>>(r.UnmatchedJson) ?? [], r.ImportedBy, r.ImportedAtUtc, already);
}
