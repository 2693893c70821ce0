using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>
/// Payment runs with maker–checker: a maker (assistance.pay.prepare) computes a run, a different
/// person (assistance.pay.release) releases it; only released runs go to the bank and count as paid.
/// </summary>
internal sealed class PaymentRuns(AssistanceDb db, PaymentRunEngine engine, ICurrentUser user, TimeProvider clock)
{
    public async Task<RunView> StartAsync(StartRunRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistancePayPrepare))
        {
            throw new ForbiddenException("编制发放批次需要“救助金编制”权限");
        }
        var errors = new FieldErrors();
        var kind = PaymentRunKind.Regular;
        if (!string.IsNullOrWhiteSpace(r.Kind) && (!Enum.TryParse(r.Kind, true, out kind) || !Enum.IsDefined(kind)))
        {
            errors.Add("kind", "批次类型须为 Regular（月度发放）、BackPay（补发）或 Supplementary（补充发放）");
        }
        var month = ParseMonth(r.Month);
        if (month is null)
        {
            errors.Add("month", "请填写发放月份（yyyy-MM）");
        }
        var toMonth = kind == PaymentRunKind.BackPay ? ParseMonth(r.ToMonth) : month;
        if (kind == PaymentRunKind.BackPay && (toMonth is null || (month is not null && (toMonth < month || toMonth > month.Value.AddMonths(35)))))
        {
            errors.Add("toMonth", "请填写补发截止月份（不早于起始月份，最长36个月）");
        }
        var scope = string.IsNullOrWhiteSpace(r.DivisionCode) ? user.Jurisdiction : DivisionCodes.Normalize(r.DivisionCode);
        if (scope is null || scope.Length < 4 || user.Jurisdiction is null || !scope.StartsWith(user.Jurisdiction, StringComparison.Ordinal))
        {
            errors.Add("divisionCode", "发放范围须为本辖区（区、街道，市级用户可选全市）");
        }
        errors.ThrowIfAny();
        var today = ChinaTime.Today(clock);
        if (toMonth!.Value > new DateOnly(today.Year, today.Month, 1).AddMonths(1))
        {
            throw new FieldValidationException("month", "只能编制本月或下月及以前月份的发放批次");
        }
        if (kind == PaymentRunKind.Supplementary)
        {
            return View(await SupplementaryAsync(month!.Value, scope!, ct));
        }
        var run = kind == PaymentRunKind.Regular ? await FindLiveRegularAsync(month!.Value, scope!, ct) : null;
        if (run is null)
        {
            run = new PaymentRun
            {
                Kind = kind, Month = month!.Value, ToMonth = toMonth.Value, DivisionCode = scope!, Status = PaymentRunStatus.Computing,
                PreparedBy = user.UserName, PreparedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.PaymentRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // another maker started the same month at the same moment: continue theirs
                db.ChangeTracker.Clear();
                run = await FindLiveRegularAsync(month.Value, scope!, ct);
                if (run is null)
                {
                    throw;
                }
            }
        }
        if (run.Status == PaymentRunStatus.Computing)
        {
            await engine.ComputeAsync(run, ct);
            await db.PaymentRuns.IgnoreQueryFilters().Where(x => x.Id == run.Id && x.Status == PaymentRunStatus.Computing)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, PaymentRunStatus.Prepared)
                    .SetProperty(x => x.ComputedAtUtc, clock.GetUtcNow().UtcDateTime), ct);
            db.ChangeTracker.Clear();
            run = await db.PaymentRuns.AsNoTracking().FirstAsync(x => x.Id == run.Id, ct);
        }
        return View(run);
    }

    private Task<PaymentRun?> FindLiveRegularAsync(DateOnly month, string scope, CancellationToken ct) =>
        db.PaymentRuns.AsNoTracking().FirstOrDefaultAsync(x => x.Kind == PaymentRunKind.Regular && x.Month == month && x.DivisionCode == scope
            && x.Status != PaymentRunStatus.Cancelled, ct);

    /// <summary>Failed lines of released runs in scope, issued again (to the account now on record).</summary>
    private async Task<PaymentRun> SupplementaryAsync(DateOnly month, string scope, CancellationToken ct)
    {
        var failed = await (from l in db.PaymentLines
                            join r in db.PaymentRuns on l.RunId equals r.Id
                            where l.Status == PaymentLineStatus.Failed && l.ReissuedInRunId == null && r.Status == PaymentRunStatus.Released
                                && l.DivisionCode.StartsWith(scope)
                            select l).ToListAsync(ct);
        if (failed.Count == 0)
        {
            throw new BusinessRuleException("本辖区没有待补充发放的失败明细");
        }
        var ids = failed.Select(l => l.EnrolmentId).Distinct().ToList();
        var accounts = await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.BankName, e.BankAccount }).ToDictionaryAsync(e => e.Id, ct);
        var run = new PaymentRun
        {
            Kind = PaymentRunKind.Supplementary, Month = month, ToMonth = month, DivisionCode = scope, Status = PaymentRunStatus.Prepared,
            PreparedBy = user.UserName, PreparedAtUtc = clock.GetUtcNow().UtcDateTime, ComputedAtUtc = clock.GetUtcNow().UtcDateTime,
            ParametersJson = "[]", Batches = 1,
        };
        foreach (var l in failed)
        {
            var account = accounts.GetValueOrDefault(l.EnrolmentId);
            var line = new PaymentLine
            {
                RunId = run.Id, Kind = PaymentRunKind.Supplementary, EnrolmentId = l.EnrolmentId, Month = l.Month, Programme = l.Programme,
                DivisionCode = l.DivisionCode, PayeeName = l.PayeeName, PayeeIdNumber = l.PayeeIdNumber, BankName = account?.BankName ?? l.BankName,
                BankAccount = account?.BankAccount ?? l.BankAccount, HouseholdSize = l.HouseholdSize, Amount = l.Amount, Status = PaymentLineStatus.Pending,
                Note = $"补充发放：原明细 {l.Reference}", InputsJson = l.InputsJson,
            };
            l.ReissuedInRunId = run.Id;
            db.PaymentLines.Add(line);
            run.Households++;
            run.Persons += l.HouseholdSize;
            run.Amount += l.Amount;
        }
        db.PaymentRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task<RunView> ReleaseAsync(Guid id, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistancePayRelease))
        {
            throw new ForbiddenException("复核发放需要“救助金复核”权限");
        }
        var run = await db.PaymentRuns.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleasable(run.Status, run.PreparedBy, user.UserName);
        run.Status = PaymentRunStatus.Released;
        run.ReleasedBy = user.UserName;
        run.ReleasedAtUtc = clock.GetUtcNow().UtcDateTime;
        run.Version++;
        await db.SaveChangesAsync(ct);
        return View(run);
    }

    public async Task<RunView> CancelAsync(Guid id, RunActionRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistancePayPrepare) && !user.Has(Permissions.AssistancePayRelease))
        {
            throw new ForbiddenException();
        }
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写作废原因");
        }
        var run = await db.PaymentRuns.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureCancellable(run.Status, r.Reason);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.PaymentLines.Where(l => l.ReissuedInRunId == id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ReissuedInRunId, (Guid?)null), ct);
        await db.PaymentLines.IgnoreQueryFilters().Where(l => l.RunId == id).ExecuteDeleteAsync(ct);
        run.Status = PaymentRunStatus.Cancelled;
        run.CancelledBy = user.UserName;
        run.CancelReason = r.Reason.Trim();
        run.Version++;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return View(run);
    }

    public static DateOnly? ParseMonth(string? s) => PaymentMonth.Parse(s);

    public static RunView View(PaymentRun r) => new(r.Id, r.Kind.ToString(), r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        r.ToMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), r.DivisionCode, r.Status.ToString(), r.Households, r.Persons, r.Amount,
        r.Exceptions, r.Batches, r.PreparedBy, r.PreparedAtUtc, r.ComputedAtUtc, r.ReleasedBy, r.ReleasedAtUtc, r.CancelledBy, r.CancelReason);

    public static string StatusName(PaymentRunStatus s) => PaymentNames.Of(s);

    public static string KindName(PaymentRunKind k) => k switch
    {
        PaymentRunKind.Regular => "月度发放",
        PaymentRunKind.BackPay => "补发",
        _ => "补充发放",
    };

    public static string LineStatusName(PaymentLineStatus s) => PaymentNames.Of(s);
}
