using CivilAffairs.Funeral.Data;
using CivilAffairs.Funeral.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace CivilAffairs.Funeral.Features.EcoBurial;

internal sealed record BurialMonth(DateOnly Month, int Sea, int Tree, int FlowerBed, int Lawn, int ShenzhenHukou, int OtherHukou)
{
    public int Total => Sea + Tree + FlowerBed + Lawn;
}

internal sealed record RewardFigures(int ApprovedCount, decimal ApprovedYuan, int PaidCount, decimal PaidYuan, int NoRewardCount);

internal sealed record EcoBurialStatsReport(int Year, IReadOnlyList<BurialMonth> Months, BurialMonth Totals, RewardFigures Rewards,
    int EventsHeld, int EventsPlanned, int SeaAshesOnEvents, int Pending);

/// <summary>
/// 生态安葬统计 for a year in the caller's jurisdiction: sets of ashes buried by month and form
/// (an application counts once its burial date has come and unless it was refused), Shenzhen
/// versus other hukou, rewards approved and paid, voyages held. Aggregated in memory: a year is a
/// few thousand rows, and SQLite keeps the amounts as text.
/// </summary>
internal sealed class EcoBurialStats(FuneralDb db, AuditEvents audit, TimeProvider clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<EcoBurialStatsReport> BuildAsync(int? year, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var y = year is >= 2000 and <= 2100 ? year.Value : today.Year;
        var from = new DateOnly(y, 1, 1);
        var to = new DateOnly(y, 12, 31);
        var buried = await db.EcoBurials.AsNoTracking()
            .Where(a => a.Status != EcoBurialStatus.Rejected && a.BurialDate >= from && a.BurialDate <= to && a.BurialDate <= today)
            .Select(a => new { a.BurialDate, a.BurialType, a.ShenzhenHukou }).ToListAsync(ct);
        var months = Enumerable.Range(1, 12).Select(m => new DateOnly(y, m, 1)).Where(m => m <= today).Select(m =>
        {
            var inMonth = buried.Where(a => a.BurialDate!.Value.Month == m.Month).ToList();
            return new BurialMonth(m, inMonth.Count(a => a.BurialType == BurialType.Sea), inMonth.Count(a => a.BurialType == BurialType.Tree),
                inMonth.Count(a => a.BurialType == BurialType.FlowerBed), inMonth.Count(a => a.BurialType == BurialType.Lawn),
                inMonth.Count(a => a.ShenzhenHukou), inMonth.Count(a => !a.ShenzhenHukou));
        }).ToList();
        var totals = new BurialMonth(from, months.Sum(m => m.Sea), months.Sum(m => m.Tree), months.Sum(m => m.FlowerBed), months.Sum(m => m.Lawn),
            months.Sum(m => m.ShenzhenHukou), months.Sum(m => m.OtherHukou));
        var decided = await db.EcoBurials.AsNoTracking()
            .Where(a => (a.Status == EcoBurialStatus.Approved || a.Status == EcoBurialStatus.Paid) && a.DecidedOn >= from && a.DecidedOn <= to)
            .Select(a => new { a.RewardAmount }).ToListAsync(ct);
        var paid = await db.EcoBurials.AsNoTracking().Where(a => a.Status == EcoBurialStatus.Paid && a.PaidOn >= from && a.PaidOn <= to)
            .Select(a => new { a.RewardAmount }).ToListAsync(ct);
        var rewarded = decided.Where(a => a.RewardAmount > 0m).ToList();
        var rewards = new RewardFigures(rewarded.Count, rewarded.Sum(a => a.RewardAmount!.Value), paid.Count, paid.Sum(a => a.RewardAmount ?? 0m),
            decided.Count - rewarded.Count);
        var events = await db.SeaBurialEvents.AsNoTracking().Where(e => e.Date >= from && e.Date <= to && e.Status != SeaBurialStatus.Cancelled)
            .Select(e => new { e.Status, e.AshesTaken }).ToListAsync(ct);
        var pending = await db.EcoBurials.CountAsync(a => a.Status == EcoBurialStatus.Submitted, ct);
        return new EcoBurialStatsReport(y, months, totals, rewards, events.Count(e => e.Status == SeaBurialStatus.Done),
            events.Count(e => e.Status == SeaBurialStatus.Planned), events.Where(e => e.Status == SeaBurialStatus.Done).Sum(e => e.AshesTaken), pending);
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int? year, CancellationToken ct)
    {
        var r = await BuildAsync(year, ct);
        var byMonth = r.Months.Append(r.Totals with { }).Select((m, i) => new Dictionary<string, object?>
        {
            ["月份"] = i == r.Months.Count ? "合计" : m.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            ["海葬"] = m.Sea, ["树葬"] = m.Tree, ["花坛葬"] = m.FlowerBed, ["草坪葬"] = m.Lawn, ["合计"] = m.Total,
            ["深圳户籍"] = m.ShenzhenHukou, ["非深圳户籍"] = m.OtherHukou,
        }).ToList();
        (string, object)[] summary =
        [
            ("年度", r.Year), ("安葬骨灰（份）", r.Totals.Total), ("其中海葬", r.Totals.Sea), ("深圳户籍", r.Totals.ShenzhenHukou), ("非深圳户籍", r.Totals.OtherHukou),
            ("批准奖励（宗）", r.Rewards.ApprovedCount), ("批准奖励金额（元）", r.Rewards.ApprovedYuan),
            ("已发放（宗）", r.Rewards.PaidCount), ("已发放金额（元）", r.Rewards.PaidYuan), ("批准但无奖励（宗）", r.Rewards.NoRewardCount),
            ("已举行海葬活动（期）", r.EventsHeld), ("计划中的海葬活动（期）", r.EventsPlanned), ("待审批申请", r.Pending),
        ];
        var sheets = new Dictionary<string, object>
        {
            ["汇总"] = summary.Select(s => new Dictionary<string, object?> { ["项目"] = s.Item1, ["数值"] = s.Item2 }).ToList(),
            ["按月按方式"] = byMonth,
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "EcoBurialStats", null, new { r.Year }, ct: ct);
        return (stream.ToArray(), $"eco-burial-stats-{r.Year}.xlsx");
    }
}
