using System.Globalization;
using System.Text;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// The bank payment file (代发文件) of a released run: every line sent to the bank, with the full
/// account and ID number the bank needs. Only released runs have one; each download is audited.
/// </summary>
internal sealed class BankFile(AssistanceDb db, AuditEvents audit)
{
    public static readonly string[] Header = ["参考号", "户主姓名", "身份证号码", "开户银行", "银行账号", "金额", "发放月份", "救助类别", "区划代码"];

    public async Task<(byte[] Content, string FileName)> CsvAsync(Guid runId, CancellationToken ct)
    {
        using var ms = new MemoryStream();
        var name = await WriteCsvAsync(runId, ms, ct);
        return (ms.ToArray(), name);
    }

    /// <summary>Streams the file (a city run has a million lines): UTF-8 with BOM so Excel opens the Chinese text.</summary>
    public async Task<string> WriteCsvAsync(Guid runId, Stream output, CancellationToken ct)
    {
        var run = await ReleasedAsync(runId, ct);
        await using (var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true))
        {
            await w.WriteAsync(string.Join(',', Header) + "\r\n");
            var sb = new StringBuilder(256);
            await foreach (var l in Lines(runId).AsAsyncEnumerable().WithCancellation(ct))
            {
                sb.Clear();
                sb.Append(l.Id.ToString("N")).Append(',').Append(Csv(l.PayeeName)).Append(',').Append(l.PayeeIdNumber).Append(',').Append(Csv(l.BankName ?? ""))
                    .Append(',').Append(Csv(l.BankAccount ?? "")).Append(',').Append(l.Amount.ToString("0.00", CultureInfo.InvariantCulture)).Append(',')
                    .Append(l.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)).Append(',').Append(ProgrammeName(l.Programme)).Append(',')
                    .Append(l.DivisionCode).Append("\r\n");
                await w.WriteAsync(sb, ct);
            }
        }
        await AuditAsync(run, "csv", ct);
        return FileName(run, "csv");
    }

    public async Task<(byte[] Content, string FileName)> ExcelAsync(Guid runId, CancellationToken ct)
    {
        var run = await ReleasedAsync(runId, ct);
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var l in Lines(runId).AsAsyncEnumerable().WithCancellation(ct))
        {
            rows.Add(new Dictionary<string, object?>
            {
                [Header[0]] = l.Id.ToString("N"), [Header[1]] = l.PayeeName, [Header[2]] = l.PayeeIdNumber, [Header[3]] = l.BankName,
                [Header[4]] = l.BankAccount, [Header[5]] = l.Amount, [Header[6]] = l.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                [Header[7]] = ProgrammeName(l.Programme), [Header[8]] = l.DivisionCode,
            });
        }
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows, sheetName: "代发明细", cancellationToken: ct);
        await AuditAsync(run, "xlsx", ct);
        return (stream.ToArray(), FileName(run, "xlsx"));
    }

    private sealed record BankRow(Guid Id, string PayeeName, string PayeeIdNumber, string? BankName, string? BankAccount, decimal Amount,
        DateOnly Month, Domain.Programme Programme, string DivisionCode);

    private IQueryable<BankRow> Lines(Guid runId) =>
        db.PaymentLines.AsNoTracking().Where(l => l.RunId == runId && l.Status != PaymentLineStatus.Exception).OrderBy(l => l.Id)
            .Select(l => new BankRow(l.Id, l.PayeeName, l.PayeeIdNumber, l.BankName, l.BankAccount, l.Amount, l.Month, l.Programme, l.DivisionCode));

    private async Task<PaymentRun> ReleasedAsync(Guid runId, CancellationToken ct)
    {
        var run = await db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, ct) ?? throw new NotFoundException();
        if (run.Status != PaymentRunStatus.Released)
        {
            throw new BusinessRuleException("批次尚未经第二人复核发放，不能生成银行代发文件");
        }
        return run;
    }

    private Task AuditAsync(PaymentRun run, string format, CancellationToken ct) =>
        audit.RecordAsync(AuditActions.Export, nameof(PaymentRun), run.Id.ToString(), new { file = "bank", format, lines = run.Households }, ct: ct);

    private static string FileName(PaymentRun run, string ext) =>
        $"bank-{run.DivisionCode}-{run.Month:yyyyMM}-{run.Kind.ToString().ToLowerInvariant()}-{run.Id.ToString("N")[..8]}.{ext}";

    public static string Csv(string s) => s.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;

    public static string ProgrammeName(Domain.Programme p) => p switch
    {
        Domain.Programme.Mlg => "低保",
        Domain.Programme.LowIncome => "低收入",
        _ => "特困供养",
    };
}
