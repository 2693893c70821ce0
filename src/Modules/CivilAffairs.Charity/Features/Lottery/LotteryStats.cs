using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Audit;
using MiniExcelLibs;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>Sales by month, district and game; the fund raised, used and left by year; the public notice (公益金使用情况公告).</summary>
internal sealed class LotteryStats(CharityDb db, LotteryAccess access, AuditEvents audit)
{
    public const string ExcelType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<LotteryStatsView> GetAsync(int year, CancellationToken ct)
    {
        access.Read();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 1);
        var sales = await db.LotterySales.AsNoTracking().Where(s => s.Month >= from && s.Month <= to)
            .GroupBy(s => new { s.Month, District = s.DivisionCode.Substring(0, 6), s.Game })
            .Select(g => new { g.Key.Month, g.Key.District, g.Key.Game, Sum = g.Sum(x => x.Amount) }).ToListAsync(ct);
        var months = await db.LotteryMonths.AsNoTracking().Where(m => m.Month >= from && m.Month <= to).ToDictionaryAsync(m => m.Month, ct);
        var byMonth = sales.GroupBy(s => s.Month).OrderBy(g => g.Key)
            .Select(g => new LotteryStatMonth(g.Key.ToString("yyyy-MM", CultureInfo.InvariantCulture), g.Sum(x => x.Sum),
                months.GetValueOrDefault(g.Key)?.FundRaised ?? 0, months.GetValueOrDefault(g.Key)?.Status == LotteryMonthStatus.Closed))
            .ToList();
        var byDistrict = sales.GroupBy(s => s.District).OrderByDescending(g => g.Sum(x => x.Sum))
            .Select(g => new LotteryStatShare(g.Key, LotteryNames.District(g.Key), g.Sum(x => x.Sum))).ToList();
        var byGame = sales.GroupBy(s => s.Game).OrderByDescending(g => g.Sum(x => x.Sum))
            .Select(g => new LotteryStatShare(g.Key.ToString(), LotteryNames.Game(g.Key), g.Sum(x => x.Sum))).ToList();
        return new LotteryStatsView(year, byMonth, byDistrict, byGame, await YearsAsync(ct), await ProgrammesAsync(ct));
    }

    /// <summary>
    /// Per year: the fund raised (closed months), the local share the city may use, what the year's
    /// approved grants used of it, and the balance left at the year's end.
    /// </summary>
    public async Task<IReadOnlyList<LotteryStatYear>> YearsAsync(CancellationToken ct)
    {
        var months = await db.LotteryMonths.IgnoreQueryFilters().AsNoTracking().Where(m => m.Status == LotteryMonthStatus.Closed)
            .Select(m => new { m.Month, m.Sales, m.FundRaised, m.LocalFund }).ToListAsync(ct);
        var grants = await db.LotteryGrants.IgnoreQueryFilters().AsNoTracking().Where(g => g.Status == LotteryGrantStatus.Approved)
            .Select(g => new { g.Year, g.Amount }).ToListAsync(ct);
        var paid = await (from d in db.LotteryDisbursements.IgnoreQueryFilters().AsNoTracking()
                          join g in db.LotteryGrants.IgnoreQueryFilters().AsNoTracking() on d.GrantId equals g.Id
                          select new { g.Year, d.Amount }).ToListAsync(ct);
        var years = months.Select(m => m.Month.Year).Concat(grants.Select(g => g.Year)).Distinct().Order().ToList();
        var rows = new List<LotteryStatYear>();
        decimal balance = 0;
        foreach (var y in years)
        {
            var local = months.Where(m => m.Month.Year == y).Sum(m => m.LocalFund);
            var used = grants.Where(g => g.Year == y).Sum(g => g.Amount);
            balance += local - used;
            rows.Add(new LotteryStatYear(y, months.Where(m => m.Month.Year == y).Sum(m => m.Sales), months.Where(m => m.Month.Year == y).Sum(m => m.FundRaised), local, used,
                paid.Where(p => p.Year == y).Sum(p => p.Amount), balance));
        }
        return rows;
    }

    /// <summary>Programmes of other modules paid from the fund: budgeted (approved lines) and granted (approved grants) per year.</summary>
    public async Task<IReadOnlyList<LotteryProgrammeYear>> ProgrammesAsync(CancellationToken ct)
    {
        var lines = await (from l in db.LotteryBudgetLines.AsNoTracking()
                           join b in db.LotteryBudgets.AsNoTracking() on l.BudgetId equals b.Id
                           where b.Status == LotteryBudgetStatus.Approved && l.ProgrammeKey != null
                           select new { l.Year, l.ProgrammeKey, l.Amount }).ToListAsync(ct);
        var grants = await db.LotteryGrants.AsNoTracking().Where(g => g.Status == LotteryGrantStatus.Approved && g.ProgrammeKey != null)
            .Select(g => new { g.Year, g.ProgrammeKey, g.Amount }).ToListAsync(ct);
        return LotteryNames.Programmes
            .SelectMany(p => lines.Where(l => l.ProgrammeKey == p.Key).Select(l => l.Year).Concat(grants.Where(g => g.ProgrammeKey == p.Key).Select(g => g.Year)).Distinct()
                .Select(y => new LotteryProgrammeYear(p.Key, p.Name, p.Module, p.Link, y,
                    lines.Where(l => l.ProgrammeKey == p.Key && l.Year == y).Sum(l => l.Amount), grants.Where(g => g.ProgrammeKey == p.Key && g.Year == y).Sum(g => g.Amount))))
            .OrderByDescending(x => x.Year).ThenBy(x => x.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<(byte[] Bytes, string FileName)> ExcelAsync(int year, CancellationToken ct)
    {
        var s = await GetAsync(year, ct);
        var sheets = new Dictionary<string, object>
        {
            ["月度销售"] = s.Months.Select(m => new Dictionary<string, object?> { ["月份"] = m.Month, ["销售额（元）"] = m.Sales, ["公益金（元）"] = m.Fund, ["已结账"] = m.Closed ? "是" : "否" }).ToList(),
            ["分区销售"] = s.Districts.Select(d => new Dictionary<string, object?> { ["区"] = d.Name, ["区划代码"] = d.Key, ["销售额（元）"] = d.Sales }).ToList(),
            ["分玩法销售"] = s.Games.Select(d => new Dictionary<string, object?> { ["玩法"] = d.Name, ["销售额（元）"] = d.Sales }).ToList(),
            ["公益金筹集与使用"] = s.Years.Select(y => new Dictionary<string, object?>
            {
                ["年度"] = y.Year, ["销售额（元）"] = y.Sales, ["筹集公益金（元）"] = y.FundRaised, ["留归本市（元）"] = y.LocalFund, ["资助批准（元）"] = y.Used,
                ["已拨付（元）"] = y.Disbursed, ["年末结余（元）"] = y.Balance,
            }).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        await audit.RecordAsync(AuditActions.Export, "LotteryStatistics", year.ToString(CultureInfo.InvariantCulture), new { year }, ct: ct);
        return (stream.ToArray(), string.Create(CultureInfo.InvariantCulture, $"lottery-statistics-{year}.xlsx"));
    }

    /// <summary>The public notice: aggregate figures and organizations' projects only — no outlet, operator or person appears.</summary>
    public async Task<LotteryPublicView> PublicAsync(CancellationToken ct)
    {
        var years = await YearsAsync(ct);
        var lines = await db.LotteryBudgetLines.IgnoreQueryFilters().AsNoTracking().ToDictionaryAsync(l => l.Id, l => l.Use, ct);
        var grants = await db.LotteryGrants.IgnoreQueryFilters().AsNoTracking().Where(g => g.Status == LotteryGrantStatus.Approved)
            .Select(g => new { g.Id, g.Year, g.BudgetLineId, g.ApplicantName, g.ProjectName, g.IsBrand, g.Amount }).ToListAsync(ct);
        var grades = (await db.LotteryEvaluations.IgnoreQueryFilters().AsNoTracking().Select(e => new { e.GrantId, e.EvaluatedOn, e.Grade }).ToListAsync(ct))
            .GroupBy(e => e.GrantId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.EvaluatedOn).Last().Grade);
        var uses = grants.GroupBy(g => (g.Year, Use: lines.GetValueOrDefault(g.BudgetLineId, LotteryFundUse.Other)))
            .Select(g => new LotteryPublicUse(g.Key.Year, LotteryNames.Use(g.Key.Use), g.Sum(x => x.Amount), g.Count()))
            .OrderByDescending(u => u.Year).ThenByDescending(u => u.Amount).ToList();
        var brand = grants.Where(g => g.IsBrand).OrderByDescending(g => g.Year).ThenByDescending(g => g.Amount)
            .Select(g => new LotteryPublicProject(g.Year, g.ProjectName, g.ApplicantName, LotteryNames.Use(lines.GetValueOrDefault(g.BudgetLineId, LotteryFundUse.Other)),
                g.Amount, grades.GetValueOrDefault(g.Id))).ToList();
        return new LotteryPublicView(years.OrderByDescending(y => y.Year).ToList(), uses, brand);
    }
}
