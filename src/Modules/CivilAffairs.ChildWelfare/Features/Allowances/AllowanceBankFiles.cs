using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>
/// The bank side of a released run, through the shared Platform.Payments layout and parser: the
/// payment file (代发文件, full accounts; each download audited) and the return file (回盘), applied
/// once per file hash, a line with a result never changed again.
/// </summary>
internal sealed class AllowanceBankFiles(ChildWelfareDb db, AuditEvents audit, ICurrentUser me, TimeProvider clock)
{
    public async Task<(byte[] Content, string FileName)> CsvAsync(Guid runId, CancellationToken ct)
    {
        var run = await ReleasedAsync(runId, ct);
        var bytes = await BankFileWriter.CsvAsync(Rows(runId, ct), ct);
        await AuditAsync(run, "csv", ct);
        return (bytes, FileName(run, "csv"));
    }

    public async Task<(byte[] Content, string FileName)> ExcelAsync(Guid runId, CancellationToken ct)
    {
        var run = await ReleasedAsync(runId, ct);
        var bytes = await BankFileWriter.ExcelAsync(Rows(runId, ct), ct);
        await AuditAsync(run, "xlsx", ct);
        return (bytes, FileName(run, "xlsx"));
    }

    private async IAsyncEnumerable<BankFileRow> Rows(Guid runId, [EnumeratorCancellation] CancellationToken ct)
    {
        var lines = db.AllowanceLines.AsNoTracking().Where(l => l.RunId == runId && l.Status != PaymentLineStatus.Exception).OrderBy(l => l.Id);
        await foreach (var l in lines.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new BankFileRow(l.Reference, l.PayeeName, l.PayeeIdNumber, l.BankName, l.BankAccount, l.Amount, l.Month,
                ChildWelfareNames.Of(l.Category), l.DivisionCode);
        }
    }

    private async Task<AllowanceRun> ReleasedAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.AllowanceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleased(run.Status, "生成银行代发文件");
        return run;
    }

    private Task AuditAsync(AllowanceRun run, string format, CancellationToken ct) =>
        audit.RecordAsync(AuditActions.Export, nameof(AllowanceRun), run.Id.ToString(), new { file = "bank", format, lines = run.Children }, ct: ct);

    private static string FileName(AllowanceRun run, string ext) => $"childwelfare-bank-{run.DivisionCode}-{run.Month:yyyyMM}-{run.Id.ToString("N")[..8]}.{ext}";

    public async Task<ReconciliationSummary> ImportReturnAsync(Guid runId, string fileName, byte[] content, CancellationToken ct)
    {
        if (!me.Has(Permissions.ChildWelfarePayPrepare) && !me.Has(Permissions.ChildWelfarePayRelease))
        {
            throw new ForbiddenException();
        }
        var run = await db.AllowanceRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleased(run.Status, "导入银行回盘");
        var hash = Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
        var existing = await db.AllowanceReconciliations.AsNoTracking().FirstOrDefaultAsync(x => x.RunId == runId && x.FileHash == hash, ct);
        if (existing is not null)
        {
            return AllowanceQueries.Summary(existing, true);
        }
        var rows = BankReturnFile.Parse(content, out var parseErrors);
        var name = Path.GetFileName(fileName);
        var rec = new AllowanceReconciliation
        {
            RunId = runId, DivisionCode = run.DivisionCode, FileHash = hash, FileName = name.Length is 0 or > 200 ? "return.csv" : name,
            Rows = rows.Count + parseErrors.Count, ImportedBy = me.UserName, ImportedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var unmatched = new List<UnmatchedRow>(parseErrors);
        var refs = rows.Select(r => BankReturnFile.ReferenceKey(r.Reference)).Distinct().ToList();
        var lines = await db.AllowanceLines.Where(l => l.RunId == runId && refs.Contains(l.Id)).ToDictionaryAsync(l => l.Reference, ct);
        foreach (var r in rows)
        {
            switch (BankReturnFile.Apply(lines.GetValueOrDefault(r.Reference.ToLowerInvariant()), r, unmatched))
            {
                case BankReturnOutcome.Paid: rec.Paid++; break;
                case BankReturnOutcome.Failed: rec.Failed++; break;
                case BankReturnOutcome.Unchanged: rec.Unchanged++; break;
            }
        }
        rec.UnmatchedJson = JsonSerializer.Serialize(unmatched.Take(10_000));
        db.AllowanceReconciliations.Add(rec);
        await db.SaveChangesAsync(ct);
        return AllowanceQueries.Summary(rec, false);
    }
}
