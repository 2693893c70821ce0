using CivilAffairs.ChildWelfare.Data;
using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.ChildWelfare.Features.Placements;
using CivilAffairs.ChildWelfare.Features.TomorrowPlan;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Stats;

public sealed record CategoryRow(string DistrictCode, string DistrictName, int InstitutionalOrphans, int DispersedOrphans, int DeFactoUnsupported,
    int DisabledChildren, int Total);

public sealed record AllowanceMonthRow(DateOnly Month, int Children, decimal Amount, int Paid, int Failed, int Exceptions);

public sealed record ChildWelfareReport(DateOnly AsOf, IReadOnlyList<CategoryRow> ByDistrict, CategoryRow Totals, int AwaitingApproval, int LeftThisYear,
    IReadOnlyList<AllowanceMonthRow> AllowancesByMonth, int PlacementsOpen, int PlacementsOverdue, int TurningAdultSoon, IReadOnlyList<YearFigures> TomorrowByYear);

/// <summary>
/// 统计报表 of my jurisdiction: children in care (approved or active) by category and district,
/// allowances by month (released runs), placements open and overdue, Tomorrow Plan cases and costs by year.
/// </summary>
internal sealed class ChildWelfareStats(ChildWelfareDb db, PlacementPlans placements, TomorrowCases tomorrow, IAllowanceFigures allowances,
    IDivisionDirectory divisions, TimeProvider clock)
{
    public async Task<ChildWelfareReport> BuildAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var inCare = await db.Children.AsNoTracking()
            .Where(c => c.Status == ChildStatus.Active || c.Status == ChildStatus.Approved)
            .Select(c => new { c.DivisionCode, c.Category }).ToListAsync(ct);
        var rows = new List<CategoryRow>();
        foreach (var g in inCare.GroupBy(c => c.DivisionCode[..Math.Min(6, c.DivisionCode.Length)]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var name = (await divisions.FindAsync(g.Key, today, ct))?.Name ?? g.Key;
            rows.Add(Row(g.Key, name, g.Select(x => x.Category).ToList()));
        }
        var totals = Row("", "合计", inCare.Select(x => x.Category).ToList());
        var awaiting = await db.Children.CountAsync(c => c.Status == ChildStatus.Registered, ct);
        var yearStart = new DateOnly(today.Year, 1, 1);
        var left = await db.Children.CountAsync(c => c.Status == ChildStatus.Left && c.LeftOn >= yearStart, ct);
        var board = await placements.BoardAsync(ct);
        var cases = await tomorrow.BoardAsync(null, null, ct);
        var months = await allowances.ByMonthAsync(ct);
        return new ChildWelfareReport(today, rows, totals, awaiting, left, months, board.Open, board.Overdue, board.Upcoming.Count(u => u.DaysLeft >= 0),
            cases.ByYear);
    }

    private static CategoryRow Row(string code, string name, List<ChildCategory> c) => new(code, name,
        c.Count(x => x == ChildCategory.InstitutionalOrphan), c.Count(x => x == ChildCategory.DispersedOrphan),
        c.Count(x => x == ChildCategory.DeFactoUnsupported), c.Count(x => x == ChildCategory.DisabledChild), c.Count);
}

/// <summary>Allowance figures by month, provided by the allowance feature (released runs only).</summary>
internal interface IAllowanceFigures
{
    Task<IReadOnlyList<AllowanceMonthRow>> ByMonthAsync(CancellationToken ct);
}
