using System.Runtime.CompilerServices;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// The bank payment file (代发文件) of a released run: every line sent to the bank, with the full
/// account and ID number the bank needs. Only released runs have one; each download is audited.
/// </summary>
internal sealed class BankFile(AssistanceDb db, AuditEvents audit)
{
    public async Task<(byte[] Content, string FileName)> CsvAsync(Guid runId, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var name = await WriteCsvAsync(runId, ms, ct);
        return (ms.ToArray(), name);
    }

    /// <summary>Streams the file in the shared bank layout (a city run has a million lines).</summary>
    public async Task<string> WriteCsvAsync(Guid runId, Stream output, CancellationToken ct)
    {
        var run = await ReleasedAsync(runId, ct);
        await BankFileWriter.WriteCsvAsync(output, Rows(runId, ct), ct);
        await AuditAsync(run, "csv", ct);
        return FileName(run, "csv");
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
        await foreach (var l in Lines(runId).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return new BankFileRow(l.Id.ToString("N"), l.PayeeName, l.PayeeIdNumber, l.BankName, l.BankAccount, l.Amount, l.Month,
                ProgrammeName(l.Programme), l.DivisionCode);
        }
    }

    private sealed record BankRow(Guid Id, string PayeeName, string PayeeIdNumber, string? BankName, string? BankAccount, decimal Amount,
        DateOnly Month, Domain.Programme Programme, string DivisionCode);

    private IQueryable<BankRow> Lines(Guid runId) =>
        db.PaymentLines.AsNoTracking().Where(l => l.RunId == runId && l.Status != PaymentLineStatus.Exception).OrderBy(l => l.Id)
            .Select(l => new BankRow(l.Id, l.PayeeName, l.PayeeIdNumber, l.BankName, l.BankAccount, l.Amount, l.Month, l.Programme, l.DivisionCode));

    private async Task<PaymentRun> ReleasedAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleased(run.Status, "生成银行代发文件");
        return run;
    }

    private Task AuditAsync(PaymentRun run, string format, CancellationToken ct) =>
        audit.RecordAsync(AuditActions.Export, nameof(PaymentRun), run.Id.ToString(), new { file = "bank", format, lines = run.Households }, ct: ct);

    private static string FileName(PaymentRun run, string ext) =>
        $"bank-{run.DivisionCode}-{run.Month:yyyyMM}-{run.Kind.ToString().ToLowerInvariant()}-{run.Id.ToString("N")[..8]}.{ext}";

    public static string ProgrammeName(Domain.Programme p) => p switch
    {
        Domain.Programme.Mlg => "低保",
        Domain.Programme.LowIncome => "低收入",
        _ => "特困供养",
    };
}
