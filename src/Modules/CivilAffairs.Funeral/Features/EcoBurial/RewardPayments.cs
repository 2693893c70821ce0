using System.Globalization;
using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

public sealed class RewardBatchRequest
{
    /// <summary>yyyy-MM: the month whose approvals are paid.</summary>
    public string? Month { get; set; }
}

internal sealed record PendingMonth(DateOnly Month, int Count, decimal Total);

internal sealed record RewardBatchView(Guid Id, string Number, string DivisionCode, DateOnly Month, int Count, decimal Total, PaymentBatchStatus Status,
    string PreparedBy, DateTime PreparedAtUtc, DateOnly? PaidOn, string? PaidBy);

internal sealed record RewardPaymentsView(IReadOnlyList<PendingMonth> Pending, IReadOnlyList<RewardBatchView> Batches);

/// <summary>
/// 奖励发放: the approved, unpaid rewards of a month become one batch, whose list goes to the bank
/// (the full account numbers, so the export is audited); when the bank confirms, the batch and its
/// applications are marked paid. A reward is in at most one batch (the application's concurrency
/// token refuses a second batch taking it meanwhile).
/// </summary>
internal sealed class RewardPayments(FuneralDb db, ICurrentUser user, AuditEvents audit, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<RewardPaymentsView> OverviewAsync(CancellationToken ct)
    {
        // amounts are filtered here, not in SQL: SQLite keeps decimals as text
        var due = (await Unpaid().Select(a => new { a.DecidedOn, a.RewardAmount }).ToListAsync(ct)).Where(a => a.RewardAmount > 0m).ToList();
        var pending = due.GroupBy(a => new DateOnly(a.DecidedOn!.Value.Year, a.DecidedOn.Value.Month, 1))
            .OrderByDescending(g => g.Key).Select(g => new PendingMonth(g.Key, g.Count(), g.Sum(a => a.RewardAmount ?? 0m))).ToList();
        var batches = await db.EcoRewardBatches.AsNoTracking().OrderByDescending(b => b.Month).ThenByDescending(b => b.PreparedAtUtc).ToListAsync(ct);
        return new RewardPaymentsView(pending, batches.Select(View).ToList());
    }

    public async Task<RewardBatchView> CreateAsync(RewardBatchRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        RequireManage();
        if (!EcoBurialQueries.TryMonth(r.Month, out var month))
        {
            throw new FieldValidationException("month", "请填写月份（如 2026-11）");
        }
        var end = month.AddMonths(1);
        var apps = (await Unpaid().Where(a => a.DecidedOn >= month && a.DecidedOn < end).ToListAsync(ct)).Where(a => a.RewardAmount > 0m).ToList();
        if (apps.Count == 0)
        {
            throw new BusinessRuleException($"{month:yyyy年M月} 没有已批准待发放的奖励");
        }
        var division = string.IsNullOrEmpty(user.Jurisdiction) ? EcoBurialRules.ShenzhenPrefix : user.Jurisdiction;
        var batch = new EcoRewardBatch
        {
            DivisionCode = division, Month = month, Count = apps.Count, Total = apps.Sum(a => a.RewardAmount ?? 0m), Status = PaymentBatchStatus.Prepared,
            PreparedBy = user.UserName, PreparedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        batch.Number = $"ST{month:yyyyMM}-{division}-{batch.Id.ToString("N")[^4..].ToUpperInvariant()}";
        foreach (var a in apps)
        {
            a.PaymentBatchId = batch.Id;
            a.Version++;
        }
        db.EcoRewardBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("其中有奖励刚被另一发放批次选入，请刷新后重试");
        }
        return View(batch);
    }

    /// <summary>The bank file in the shared layout (Platform BankFileWriter): CSV or Excel; the reference is the application's id.</summary>
    public async Task<(byte[] Bytes, string FileName)> BankListAsync(Guid id, bool csv, CancellationToken ct)
    {
        var batch = await db.EcoRewardBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException();
        var apps = await db.EcoBurials.AsNoTracking().Where(a => a.PaymentBatchId == id).OrderBy(a => a.Number).ToListAsync(ct);
        var rows = apps.Select(a => new BankFileRow(a.Id.ToString("N"), a.ApplicantName, a.ApplicantIdNumber, a.BankName, a.BankAccount, a.RewardAmount ?? 0m,
            batch.Month, $"节地生态安葬奖励（{EcoBurialRules.TypeName(a.BurialType)}）", a.DivisionCode)).ToAsyncEnumerable();
        var bytes = csv ? await BankFileWriter.CsvAsync(rows, ct) : await BankFileWriter.ExcelAsync(rows, ct);
        await audit.RecordAsync(AuditActions.Export, "EcoRewardBatch", id.ToString(), new { batch.Number, batch.Count, batch.Total, format = csv ? "csv" : "xlsx" }, ct: ct);
        return (bytes, $"{batch.Number}.{(csv ? "csv" : "xlsx")}");
    }

    public async Task<RewardBatchView> MarkPaidAsync(Guid id, CancellationToken ct)
    {
        RequireManage();
        var batch = await db.EcoRewardBatches.FirstOrDefaultAsync(b => b.Id == id, ct) ?? throw new NotFoundException();
        if (batch.Status == PaymentBatchStatus.Paid)
        {
            throw new BusinessRuleException("该批次已标记为已发放");
        }
        // four eyes on public money, as for every payment run: whoever made the list does not confirm it was paid
        if (string.Equals(batch.PreparedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("制单人不能确认自己编制的批次已发放，须由另一名经办人核对银行回单后确认");
        }
        var today = ChinaTime.Today(clock);
        batch.Status = PaymentBatchStatus.Paid;
        batch.PaidOn = today;
        batch.PaidBy = user.UserName;
        foreach (var a in await db.EcoBurials.Where(a => a.PaymentBatchId == id).ToListAsync(ct))
        {
            a.Status = EcoBurialStatus.Paid;
            a.PaidOn = today;
            a.Version++;
        }
        await db.SaveChangesAsync(ct);
        return View(batch);
    }

    private IQueryable<EcoBurialApplication> Unpaid() =>
        db.EcoBurials.Where(a => a.Status == EcoBurialStatus.Approved && a.PaymentBatchId == null && a.DecidedOn != null);

    private void RequireManage()
    {
        if (!user.Has(Permissions.FuneralManage))
        {
            throw new ForbiddenException("只有民政部门（funeral.manage）可以办理奖励发放");
        }
    }

    private static RewardBatchView View(EcoRewardBatch b) =>
        new(b.Id, b.Number, b.DivisionCode, b.Month, b.Count, b.Total, b.Status, b.PreparedBy, b.PreparedAtUtc, b.PaidOn, b.PaidBy);

    public static string MonthText(DateOnly m) => m.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
