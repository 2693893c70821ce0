using System.Globalization;
using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>Outlets, monthly sales by outlet and game (entered or imported), the month's fund accrual and its closing.</summary>
internal sealed class LotterySales(CharityDb db, LotteryAccess access, ParameterStore parameters, TimeProvider clock)
{
    public static DateOnly MonthOf(DateOnly d) => new(d.Year, d.Month, 1);

    public static bool TryMonth(string? text, out DateOnly month)
    {
        month = default;
        var t = (text ?? "").Trim();
        if (DateOnly.TryParseExact(t, ["yyyy-MM", "yyyy-M", "yyyyMM", "yyyy/MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            month = MonthOf(d);
            return true;
        }
        return false;
    }

    public async Task<IReadOnlyList<LotteryOutletView>> OutletsAsync(string? district, string? q, CancellationToken ct)
    {
        access.Read();
        var query = db.LotteryOutlets.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(district))
        {
            query = query.Where(o => o.DivisionCode.StartsWith(district));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(o => o.Code.Contains(q.Trim()) || o.Name.Contains(q.Trim()));
        }
        var list = await query.OrderBy(o => o.Code).Take(500).ToListAsync(ct);
        return list.Select(View).ToList();
    }

    private static LotteryOutletView View(LotteryOutlet o) =>
        new(o.Id, o.Code, o.Name, o.DivisionCode, LotteryNames.District(o.DivisionCode), Masking.Name(o.OperatorName), Masking.Phone(o.OperatorPhone), o.OpenedOn,
            o.ClosedOn, o.Status, LotteryNames.Outlet(o.Status));

    public async Task<LotteryOutletView> CreateOutletAsync(LotteryOutletRequest r, CancellationToken ct)
    {
        access.Write();
        var errors = new FieldErrors();
        var code = (r.Code ?? "").Trim();
        if (code.Length is < 6 or > 16 || !code.All(char.IsAsciiLetterOrDigit))
        {
            errors.Add("code", "站点编号为6–16位字母或数字");
        }
        if (string.IsNullOrWhiteSpace(r.Name))
        {
            errors.Add("name", "请填写站点名称");
        }
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || division.Length < 9)
        {
            errors.Add("divisionCode", "请填写所在街道的区划代码（9位）");
        }
        else if (access.User.Jurisdiction is null || !division.StartsWith(access.User.Jurisdiction, StringComparison.Ordinal))
        {
            errors.Add("divisionCode", "只能登记本辖区的投注站");
        }
        if (string.IsNullOrWhiteSpace(r.OperatorName))
        {
            errors.Add("operatorName", "请填写业主姓名");
        }
        if (r.OpenedOn is null)
        {
            errors.Add("openedOn", "请填写开业日期");
        }
        errors.ThrowIfAny();
        if (await db.LotteryOutlets.IgnoreQueryFilters().AnyAsync(o => o.Code == code, ct))
        {
            throw new FieldValidationException("code", "站点编号已存在");
        }
        var o = new LotteryOutlet
        {
            Code = code, Name = r.Name!.Trim(), DivisionCode = division!, OperatorName = r.OperatorName!.Trim(), OperatorPhone = r.OperatorPhone?.Trim(),
            OpenedOn = r.OpenedOn!.Value, Status = LotteryOutletStatus.Open, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LotteryOutlets.Add(o);
        await db.SaveChangesAsync(ct);
        return View(o);
    }

    public async Task<LotteryOutletView> CloseOutletAsync(Guid id, LotteryOutletCloseRequest r, CancellationToken ct)
    {
        access.Write();
        var o = await db.LotteryOutlets.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (r.ClosedOn is null)
        {
            throw new FieldValidationException("closedOn", "请填写停业日期");
        }
        if (r.ClosedOn < o.OpenedOn)
        {
            throw new FieldValidationException("closedOn", "停业日期不能早于开业日期");
        }
        o.ClosedOn = r.ClosedOn;
        o.Status = LotteryOutletStatus.Closed;
        await db.SaveChangesAsync(ct);
        return View(o);
    }

    /// <summary>One outlet's sales of one game in a month (entered by hand): replaces what was there.</summary>
    public async Task<LotteryMonthView> EnterAsync(LotterySaleRequest r, CancellationToken ct)
    {
        access.Write();
        var errors = new FieldErrors();
        if (!TryMonth(r.Month, out var month))
        {
            errors.Add("month", "月份格式应为 yyyy-MM");
        }
        var game = LotteryNames.ParseGame(r.Game);
        if (game is null)
        {
            errors.Add("game", "未知的玩法");
        }
        if (r.Amount is null or < 0)
        {
            errors.Add("amount", "销售额须为不小于0的金额");
        }
        errors.ThrowIfAny();
        var outlet = await db.LotteryOutlets.FirstOrDefaultAsync(o => o.Code == (r.OutletCode ?? "").Trim(), ct)
            ?? throw new FieldValidationException("outletCode", "投注站不存在或不在您的辖区内");
        await EnsureOpenAsync(month, ct);
        var rows = new List<ParsedSale> { new(2, outlet, game!.Value, decimal.Round(r.Amount!.Value, 2)) };
        await WriteAsync(month, rows, "录入", ct);
        return await MonthAsync(month, ct);
    }

    /// <summary>Refuses changes to a closed month (409).</summary>
    public async Task EnsureOpenAsync(DateOnly month, CancellationToken ct)
    {
        if (await db.LotteryMonths.AnyAsync(m => m.Month == month && m.Status == LotteryMonthStatus.Closed, ct))
        {
            throw new BusinessRuleException($"{month:yyyy-MM} 已结账，销售数据已锁定，不能修改", "/problems/lottery-month-closed");
        }
    }

    internal sealed record ParsedSale(int Row, LotteryOutlet Outlet, LotteryGame Game, decimal Amount);

    /// <summary>Upserts rows on outlet + month + game, then recomputes the month's accrual, in one transaction.</summary>
    internal async Task<(int Added, int Replaced)> WriteAsync(DateOnly month, IReadOnlyList<ParsedSale> rows, string source, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Outlet.Id).Distinct().ToList();
        var existing = (await db.LotterySales.Where(s => s.Month == month && ids.Contains(s.OutletId)).ToListAsync(ct))
            .ToDictionary(s => (s.OutletId, s.Game));
        var now = clock.GetUtcNow().UtcDateTime;
        int added = 0, replaced = 0;
        foreach (var r in rows)
        {
            if (existing.TryGetValue((r.Outlet.Id, r.Game), out var s))
            {
                replaced++;
            }
            else
            {
                s = new LotterySale { OutletId = r.Outlet.Id, OutletCode = r.Outlet.Code, DivisionCode = r.Outlet.DivisionCode, Month = month, Game = r.Game };
                db.LotterySales.Add(s);
                existing[(r.Outlet.Id, r.Game)] = s;
                added++;
            }
            s.Amount = r.Amount;
            s.Source = source;
            s.RecordedBy = access.User.UserName;
            s.RecordedAtUtc = now;
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await AccrueAsync(month, ct);
        await tx.CommitAsync(ct);
        return (added, replaced);
    }

    /// <summary>
    /// The month's fund from all of the city's sales (not only the caller's district: the accrual is
    /// the city's), at the rates in force on the month's first day, plus its unclaimed prizes.
    /// </summary>
    internal async Task<LotteryMonth> AccrueAsync(DateOnly month, CancellationToken ct)
    {
        var m = await db.LotteryMonths.FirstOrDefaultAsync(x => x.Month == month, ct);
        if (m is null)
        {
            m = new LotteryMonth { Month = month };
            db.LotteryMonths.Add(m);
        }
        if (m.Status == LotteryMonthStatus.Closed)
        {
            throw new BusinessRuleException($"{month:yyyy-MM} 已结账，公益金不再重算", "/problems/lottery-month-closed");
        }
        var sums = await db.LotterySales.IgnoreQueryFilters().Where(s => s.Month == month)
            .GroupBy(s => s.Game).Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToListAsync(ct);
        var rates = LotteryParameters.RatesFrom(
            await parameters.FindManyAsync(LotteryParameters.RateKeys.Append(LotteryParameters.LocalShare).ToList(), month, "4403", ct), month);
        var result = LotteryRules.Accrue(sums.Select(s => (s.Key, s.Sum)), m.UnclaimedPrizes, rates);
        Apply(m, result, rates);
        var old = await db.LotteryAccruals.Where(a => a.MonthId == m.Id).ToListAsync(ct);
        db.LotteryAccruals.RemoveRange(old);
        db.LotteryAccruals.AddRange(result.Lines.Select(l => new LotteryAccrual
        {
            MonthId = m.Id, Month = month, Game = l.Game, Sales = l.Sales, Rate = l.Rate, RateValidFrom = l.RateFrom,
            RateBasis = l.Basis.Length > 300 ? l.Basis[..300] : l.Basis, Fund = l.Fund,
        }));
        m.Version++;
        await db.SaveChangesAsync(ct);
        return m;
    }

    private void Apply(LotteryMonth m, LotteryAccrualResult r, LotteryRates rates)
    {
        m.Sales = r.Sales;
        m.FundFromSales = r.FundFromSales;
        m.FundRaised = r.FundRaised;
        m.LocalFund = r.LocalFund;
        m.LocalShare = rates.LocalShare;
        m.ParameterKey = r.Key;
        m.ComputedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    public async Task<LotteryMonthView> UnclaimedAsync(string monthText, LotteryUnclaimedRequest r, CancellationToken ct)
    {
        access.Write();
        access.City();
        if (!TryMonth(monthText, out var month))
        {
            throw new FieldValidationException("month", "月份格式应为 yyyy-MM");
        }
        if (r.Amount is null or < 0)
        {
            throw new FieldValidationException("amount", "弃奖金额须为不小于0的金额");
        }
        await EnsureOpenAsync(month, ct);
        var m = await db.LotteryMonths.FirstOrDefaultAsync(x => x.Month == month, ct);
        if (m is null)
        {
            m = new LotteryMonth { Month = month };
            db.LotteryMonths.Add(m);
        }
        m.UnclaimedPrizes = decimal.Round(r.Amount.Value, 2);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        await AccrueAsync(month, ct);
        await tx.CommitAsync(ct);
        return await MonthAsync(month, ct);
    }

    /// <summary>结账 (charity.manage, city): recomputed one last time and locked; later rate changes never touch it.</summary>
    public async Task<LotteryMonthView> CloseAsync(string monthText, CancellationToken ct)
    {
        access.Manage();
        access.City();
        if (!TryMonth(monthText, out var month))
        {
            throw new FieldValidationException("month", "月份格式应为 yyyy-MM");
        }
        await EnsureOpenAsync(month, ct);
        if (month >= MonthOf(ChinaTime.Today(clock)))
        {
            throw new BusinessRuleException("当月尚未结束，不能结账");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var m = await AccrueAsync(month, ct);
        m.Status = LotteryMonthStatus.Closed;
        m.ClosedBy = access.User.UserName;
        m.ClosedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await MonthAsync(month, ct);
    }

    /// <summary>A year's months with the city's totals, and the caller's own (district) sales beside them.</summary>
    public async Task<IReadOnlyList<LotteryMonthRow>> MonthsAsync(int year, CancellationToken ct)
    {
        access.Read();
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 1);
        var months = await db.LotteryMonths.AsNoTracking().Where(m => m.Month >= from && m.Month <= to).OrderBy(m => m.Month).ToListAsync(ct);
        var mine = (await db.LotterySales.AsNoTracking().Where(s => s.Month >= from && s.Month <= to)
            .GroupBy(s => s.Month).Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.Sum);
        return months.Select(m => new LotteryMonthRow(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Status, LotteryNames.Month(m.Status), m.Sales,
            mine.GetValueOrDefault(m.Month), m.FundFromSales, m.UnclaimedPrizes, m.FundRaised, m.LocalFund)).ToList();
    }

    public async Task<LotteryMonthView> MonthAsync(DateOnly month, CancellationToken ct)
    {
        access.Read();
        var m = await db.LotteryMonths.AsNoTracking().FirstOrDefaultAsync(x => x.Month == month, ct)
            ?? throw new NotFoundException($"{month:yyyy-MM} 尚无销售数据");
        var lines = await db.LotteryAccruals.AsNoTracking().Where(a => a.MonthId == m.Id).OrderBy(a => a.Game).ToListAsync(ct);
        var sales = await db.LotterySales.AsNoTracking().Where(s => s.Month == month)
            .GroupBy(s => new { District = s.DivisionCode.Substring(0, 6), s.Game })
            .Select(g => new { g.Key.District, g.Key.Game, Sum = g.Sum(x => x.Amount), Count = g.Count() }).ToListAsync(ct);
        var districts = sales.GroupBy(s => s.District).OrderBy(g => g.Key)
            .Select(g => new LotteryDistrictRow(g.Key, LotteryNames.District(g.Key), g.Sum(x => x.Sum),
                Enum.GetValues<LotteryGame>().ToDictionary(x => x.ToString(), x => g.Where(y => y.Game == x).Sum(y => y.Sum))))
            .ToList();
        var outlets = await db.LotterySales.AsNoTracking().Where(s => s.Month == month).Select(s => s.OutletId).Distinct().CountAsync(ct);
        return new LotteryMonthView(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Status, LotteryNames.Month(m.Status), m.Sales, m.FundFromSales,
            m.UnclaimedPrizes, m.FundRaised, m.LocalShare, m.LocalFund, m.ParameterKey, m.ComputedAtUtc, m.ClosedBy, m.ClosedAtUtc,
            lines.Select(l => new LotteryAccrualView(l.Game, LotteryNames.Game(l.Game), l.Sales, l.Rate, l.RateValidFrom, l.RateBasis, l.Fund)).ToList(),
            districts, outlets);
    }
}
