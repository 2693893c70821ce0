using System.Text.Json;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>
/// Child-allowance runs: the maker (childwelfare.pay.prepare) computes a month over their
/// jurisdiction, one line per child due; a second person (childwelfare.pay.release) releases it;
/// an unreleased run may be cancelled. Two runs covering the same children and month cannot both stand.
/// </summary>
internal sealed class AllowanceRuns(ChildWelfareDb db, AllowanceStandardsReader standards, AllowanceQueries queries, ICurrentUser me, TimeProvider clock)
{
    public async Task<AllowanceRunDetail> StartAsync(StartAllowanceRunRequest r, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfarePayPrepare);
        var month = PaymentMonth.Parse(r.Month) ?? throw new FieldValidationException("month", "请填写发放月份（yyyy-MM）");
        var jurisdiction = me.Jurisdiction;
        if (string.IsNullOrEmpty(jurisdiction))
        {
            throw new ForbiddenException("没有辖区的账户不能编制发放批次");
        }
        var run = await ComputeAsync(month, jurisdiction, me.UserName, ct);
        return await queries.DetailAsync(run.Id, ct);
    }

    /// <summary>Computes and saves a prepared run (also used by the demo seeder with a system user).</summary>
    public async Task<AllowanceRun> ComputeAsync(DateOnly month, string division, string preparedBy, CancellationToken ct)
    {
        month = PaymentMonth.First(month);
        var overlapping = await db.AllowanceRuns.IgnoreQueryFilters()
            .Where(x => x.Month == month && x.Status != PaymentRunStatus.Cancelled && (x.DivisionCode.StartsWith(division) || division.StartsWith(x.DivisionCode)))
            .Select(x => x.DivisionCode).FirstOrDefaultAsync(ct);
        if (overlapping is not null)
        {
            throw new BusinessRuleException($"{PaymentMonth.Format(month)} 已有覆盖该辖区的发放批次（{overlapping}），请先作废原批次");
        }
        var lastDay = month.AddMonths(1).AddDays(-1);
        var children = await db.Children.IgnoreQueryFilters().AsNoTracking().Include(c => c.Guardians)
            .Where(c => c.DivisionCode.StartsWith(division) && (c.Status == ChildStatus.Active || c.Status == ChildStatus.Left)
                && c.AllowanceFrom != null && c.AllowanceFrom <= lastDay && (c.LeftOn == null || c.LeftOn >= month))
            .OrderBy(c => c.Id).ToListAsync(ct);
        var institutions = await db.Institutions.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var byDivision = new Dictionary<string, AllowanceStandards>();
        var run = new AllowanceRun
        {
            Month = month, DivisionCode = division, Status = PaymentRunStatus.Prepared, PreparedBy = preparedBy, PreparedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var used = new Dictionary<(string, DateOnly, string), ParameterUsed>();
        var lines = new List<AllowanceLine>();
        foreach (var c in children)
        {
            if (!byDivision.TryGetValue(c.DivisionCode, out var s))
            {
                byDivision[c.DivisionCode] = s = await standards.ForMonthAsync(month, c.DivisionCode, ct);
            }
            var line = AllowanceLineCalculator.Compute(c, c.InstitutionId is { } i ? institutions.GetValueOrDefault(i) : null, s, month);
            if (line is null)
            {
                continue;
            }
            line.RunId = run.Id;
            lines.Add(line);
            foreach (var p in s.Used(AllowanceRules.KeysOf(line.Basis)))
            {
                used.TryAdd((p.Key, p.ValidFrom, p.DivisionCode), new ParameterUsed(p.Key, p.Value, p.ValidFrom, p.DivisionCode, p.LegalBasis));
            }
        }
        run.Children = lines.Count(l => l.Status != PaymentLineStatus.Exception);
        run.Amount = lines.Where(l => l.Status != PaymentLineStatus.Exception).Sum(l => l.Amount);
        run.Exceptions = lines.Count(l => l.Status == PaymentLineStatus.Exception);
        run.ParametersJson = JsonSerializer.Serialize(used.Values.OrderBy(p => p.Key, StringComparer.Ordinal));
        db.AllowanceRuns.Add(run);
        db.AllowanceLines.AddRange(lines);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task<AllowanceRunDetail> ReleaseAsync(Guid id, CancellationToken ct)
    {
        Require.Permission(me, Permissions.ChildWelfarePayRelease);
        var run = await db.AllowanceRuns.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureReleasable(run.Status, run.PreparedBy, me.UserName);
        run.Status = PaymentRunStatus.Released;
        run.ReleasedBy = me.UserName;
        run.ReleasedAtUtc = clock.GetUtcNow().UtcDateTime;
        run.Version++;
        await db.SaveChangesAsync(ct);
        return await queries.DetailAsync(id, ct);
    }

    public async Task<AllowanceRunDetail> CancelAsync(Guid id, CancelRunRequest r, CancellationToken ct)
    {
        if (!me.Has(Permissions.ChildWelfarePayPrepare) && !me.Has(Permissions.ChildWelfarePayRelease))
        {
            throw new ForbiddenException();
        }
        var run = await db.AllowanceRuns.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        MakerChecker.EnsureCancellable(run.Status, r.Reason);
        await db.AllowanceLines.Where(l => l.RunId == id).ExecuteDeleteAsync(ct);
        run.Status = PaymentRunStatus.Cancelled;
        run.CancelledBy = me.UserName;
        run.CancelReason = r.Reason!.Trim();
        run.Version++;
        await db.SaveChangesAsync(ct);
        return await queries.DetailAsync(id, ct);
    }
}
