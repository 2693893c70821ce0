using System.Text.Json;
using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.ChildWelfare.Features.Stats;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>Runs, their lines (masked) and the monthly figures of released runs, in the user's jurisdiction.</summary>
internal sealed class AllowanceQueries(ChildWelfareDb db, ICurrentUser me) : IAllowanceFigures
{
    public const int PageSize = 50;

    /// <summary>
    /// Runs computed in my jurisdiction, and the runs of a higher level that cover it (the city's run
    /// pays 福田's children too): those are shown read-only, with only my own lines.
    /// </summary>
    private IQueryable<AllowanceRun> Visible()
    {
        var j = me.Jurisdiction ?? "#";
        return db.AllowanceRuns.IgnoreQueryFilters().AsNoTracking().Where(r => r.DivisionCode.StartsWith(j) || j.StartsWith(r.DivisionCode));
    }

    public async Task<List<AllowanceRunView>> ListAsync(string? month, CancellationToken ct)
    {
        var query = Visible();
        if (PaymentMonth.Parse(month) is { } m)
        {
            query = query.Where(r => r.Month == m);
        }
        var runs = await query.OrderByDescending(r => r.Month).ThenByDescending(r => r.PreparedAtUtc).Take(200).ToListAsync(ct);
        var ids = runs.Select(r => r.Id).ToList();
        var results = await db.AllowanceLines.AsNoTracking().Where(l => ids.Contains(l.RunId))
            .GroupBy(l => new { l.RunId, l.Status }).Select(g => new { g.Key.RunId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        return runs.Select(r => View(r, results.Where(x => x.RunId == r.Id && x.Status == PaymentLineStatus.Paid).Sum(x => x.Count),
            results.Where(x => x.RunId == r.Id && x.Status == PaymentLineStatus.Failed).Sum(x => x.Count))).ToList();
    }

    private static AllowanceRunView View(AllowanceRun r, int paid, int failed) => new(r.Id, r.Month, r.DivisionCode, r.Status, PaymentNames.Of(r.Status),
        r.Children, r.Amount, r.Exceptions, paid, failed, r.PreparedBy, r.PreparedAtUtc, r.ReleasedBy, r.ReleasedAtUtc, r.CancelReason);

    public async Task<AllowanceRunDetail> DetailAsync(Guid id, CancellationToken ct)
    {
        var r = await Visible().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var own = r.DivisionCode.StartsWith(me.Jurisdiction ?? "#", StringComparison.Ordinal);
        var lines = await db.AllowanceLines.AsNoTracking().Where(l => l.RunId == id)
            .GroupBy(l => new { l.Category, l.Basis, l.Status })
            .Select(g => new { g.Key.Category, g.Key.Basis, g.Key.Status, Count = g.Count(), Amount = g.Sum(l => l.Amount) }).ToListAsync(ct);
        var byCategory = lines.Where(x => x.Status != PaymentLineStatus.Exception).GroupBy(x => new { x.Category, x.Basis })
            .OrderBy(g => g.Key.Category).ThenBy(g => g.Key.Basis)
            .Select(g => new CategorySummary(ChildWelfareNames.Of(g.Key.Category), ChildWelfareNames.Of(g.Key.Basis), g.Sum(x => x.Count), g.Sum(x => x.Amount)))
            .ToList();
        var recs = (await db.AllowanceReconciliations.AsNoTracking().Where(x => x.RunId == id).ToListAsync(ct))
            .OrderBy(x => x.ImportedAtUtc).Select(x => Summary(x, false)).ToList();
        var view = View(r, lines.Where(x => x.Status == PaymentLineStatus.Paid).Sum(x => x.Count), lines.Where(x => x.Status == PaymentLineStatus.Failed).Sum(x => x.Count));
        return new AllowanceRunDetail(view, byCategory, JsonSerializer.Deserialize<List<ParameterUsed>>(r.ParametersJson) ?? [], recs,
            own && me.Has(Permissions.ChildWelfarePayRelease) && r.Status == PaymentRunStatus.Prepared && !string.Equals(r.PreparedBy, me.UserName, StringComparison.OrdinalIgnoreCase),
            own && (me.Has(Permissions.ChildWelfarePayPrepare) || me.Has(Permissions.ChildWelfarePayRelease)) && r.Status is PaymentRunStatus.Prepared or PaymentRunStatus.Computing,
            own);
    }

    public static ReconciliationSummary Summary(AllowanceReconciliation x, bool already) => new(x.Id, x.FileName, x.Rows, x.Paid, x.Failed, x.Unchanged,
        JsonSerializer.Deserialize<List<UnmatchedRow>>(x.UnmatchedJson) ?? [], x.ImportedBy, x.ImportedAtUtc, already);

    public async Task<AllowanceLinePage> LinesAsync(Guid id, string? status, int? page, CancellationToken ct)
    {
        if (!await Visible().AnyAsync(x => x.Id == id, ct))
        {
            throw new NotFoundException();
        }
        var q = db.AllowanceLines.AsNoTracking().Where(l => l.RunId == id);
        if (Enum.TryParse<PaymentLineStatus>(status, true, out var s))
        {
            q = q.Where(l => l.Status == s);
        }
        var total = await q.CountAsync(ct);
        var p = Math.Max(1, page ?? 1);
        // exceptions and failures first: they are what the clerk must act on
        var rows = await q.OrderByDescending(l => l.Status == PaymentLineStatus.Exception).ThenByDescending(l => l.Status == PaymentLineStatus.Failed)
            .ThenBy(l => l.DivisionCode).ThenBy(l => l.Id).Skip((p - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new AllowanceLinePage(total, p, PageSize, rows.Select(l => new AllowanceLineView(l.Id, l.Reference, l.ChildId, l.ChildName,
            ChildWelfareNames.Of(l.Category), l.DivisionCode, l.PayeeName, l.PaidToInstitution, l.BankName, l.BankAccount is null ? null : Masking.BankAccount(l.BankAccount),
            l.Amount, l.Status, PaymentNames.Of(l.Status), l.Note)).ToList());
    }

    public async Task<IReadOnlyList<AllowanceMonthRow>> ByMonthAsync(CancellationToken ct)
    {
        // a district sees its own lines of the city's runs: the lines are filtered by the child's division, the runs are not
        var released = await db.AllowanceRuns.IgnoreQueryFilters().Where(r => r.Status == PaymentRunStatus.Released).Select(r => r.Id).ToListAsync(ct);
        var rows = await db.AllowanceLines.AsNoTracking().Where(l => released.Contains(l.RunId))
            .GroupBy(l => new { l.Month, l.Status }).Select(g => new { g.Key.Month, g.Key.Status, Count = g.Count(), Amount = g.Sum(l => l.Amount) })
            .ToListAsync(ct);
        return rows.GroupBy(x => x.Month).OrderByDescending(g => g.Key)
            .Select(g => new AllowanceMonthRow(g.Key, g.Where(x => x.Status != PaymentLineStatus.Exception).Sum(x => x.Count),
                g.Where(x => x.Status != PaymentLineStatus.Exception).Sum(x => x.Amount), g.Where(x => x.Status == PaymentLineStatus.Paid).Sum(x => x.Count),
                g.Where(x => x.Status == PaymentLineStatus.Failed).Sum(x => x.Count), g.Where(x => x.Status == PaymentLineStatus.Exception).Sum(x => x.Count)))
            .ToList();
    }
}
