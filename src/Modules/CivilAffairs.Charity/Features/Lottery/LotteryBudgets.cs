using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>
/// The fund's yearly budget by use, "当年筹集、次年使用": prepared by a clerk (charity.write),
/// approved by another (charity.manage) only within the local fund raised the year before plus the
/// balance carried over.
/// </summary>
internal sealed class LotteryBudgets(CharityDb db, LotteryAccess access, TimeProvider clock)
{
    public async Task<BudgetCeiling> CeilingAsync(int year, CancellationToken ct)
    {
        var raised = (await db.LotteryMonths.AsNoTracking().Where(m => m.Status == LotteryMonthStatus.Closed)
            .Select(m => new { m.Month, m.LocalFund }).ToListAsync(ct))
            .GroupBy(m => m.Month.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.LocalFund));
        var approved = await ApprovedTotalsAsync(ct);
        approved.Remove(year);
        return LotteryRules.Ceiling(year, raised, approved);
    }

    private async Task<Dictionary<int, decimal>> ApprovedTotalsAsync(CancellationToken ct) =>
        (await (from l in db.LotteryBudgetLines.AsNoTracking()
                join b in db.LotteryBudgets.AsNoTracking() on l.BudgetId equals b.Id
                where b.Status == LotteryBudgetStatus.Approved
                select new { l.Year, l.Amount }).ToListAsync(ct))
        .GroupBy(x => x.Year).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));

    public async Task<IReadOnlyList<LotteryBudgetRow>> ListAsync(CancellationToken ct)
    {
        access.Read();
        var budgets = await db.LotteryBudgets.AsNoTracking().OrderByDescending(b => b.Year).ToListAsync(ct);
        var lines = await db.LotteryBudgetLines.AsNoTracking().ToListAsync(ct);
        var grants = await db.LotteryGrants.AsNoTracking().Where(g => g.Status == LotteryGrantStatus.Approved).GroupBy(g => g.Year)
            .Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        return budgets.Select(b => new LotteryBudgetRow(b.Year, b.Status, LotteryNames.Budget(b.Status), lines.Where(l => l.BudgetId == b.Id).Sum(l => l.Amount),
            grants.GetValueOrDefault(b.Year), b.PreparedBy, b.DecidedBy)).ToList();
    }

    public async Task<LotteryBudgetView> GetAsync(int year, CancellationToken ct)
    {
        access.Read();
        var b = await db.LotteryBudgets.AsNoTracking().FirstOrDefaultAsync(x => x.Year == year, ct) ?? throw new NotFoundException($"{year} 年度预算尚未编制");
        var lines = await db.LotteryBudgetLines.AsNoTracking().Where(l => l.BudgetId == b.Id).OrderBy(l => l.Use).ThenBy(l => l.Title).ToListAsync(ct);
        var ids = lines.Select(l => l.Id).ToList();
        var grants = await db.LotteryGrants.AsNoTracking().Where(g => ids.Contains(g.BudgetLineId) && g.Status != LotteryGrantStatus.Returned)
            .Select(g => new { g.BudgetLineId, g.Status, g.Amount }).ToListAsync(ct);
        var ceiling = await CeilingAsync(year, ct);
        return new LotteryBudgetView(b.Id, b.Year, b.Status, LotteryNames.Budget(b.Status), b.Note, b.PreparedBy, b.PreparedAtUtc, b.DecidedBy, b.DecidedAtUtc,
            b.ReturnReason, b.FundBasis ?? ceiling.FundBasis, b.CarryOver ?? ceiling.CarryOver, (b.FundBasis ?? ceiling.FundBasis) + (b.CarryOver ?? ceiling.CarryOver),
            lines.Select(l =>
            {
                var approved = grants.Where(g => g.BudgetLineId == l.Id && g.Status == LotteryGrantStatus.Approved).Sum(g => g.Amount);
                var pending = grants.Where(g => g.BudgetLineId == l.Id && g.Status == LotteryGrantStatus.Submitted).Sum(g => g.Amount);
                var p = LotteryNames.Programme(l.ProgrammeKey);
                return new LotteryBudgetLineView(l.Id, l.Use, LotteryNames.Use(l.Use), l.Title, l.Amount, approved, pending, LotteryRules.Remaining(l.Amount, [approved]),
                    l.ProgrammeKey, p?.Name, p?.Link);
            }).ToList());
    }

    /// <summary>Prepares (or re-prepares, while a draft or returned) the year's budget.</summary>
    public async Task<LotteryBudgetView> SaveAsync(LotteryBudgetRequest r, CancellationToken ct)
    {
        access.Write();
        access.City();
        var errors = new FieldErrors();
        if (r.Year is null or < 2000 or > 2100)
        {
            errors.Add("year", "请填写预算年度");
        }
        var lines = r.Lines ?? [];
        if (lines.Count == 0)
        {
            errors.Add("lines", "至少填写一条预算明细");
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i].Title))
            {
                errors.Add($"lines[{i}].title", "请填写预算项目名称");
            }
            if (lines[i].Amount is null or <= 0)
            {
                errors.Add($"lines[{i}].amount", "金额须大于0");
            }
            if (lines[i].ProgrammeKey is { Length: > 0 } k && LotteryNames.Programme(k) is null)
            {
                errors.Add($"lines[{i}].programmeKey", "未知的资助计划");
            }
        }
        errors.ThrowIfAny();
        var year = r.Year!.Value;
        var b = await db.LotteryBudgets.FirstOrDefaultAsync(x => x.Year == year, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (b is null)
        {
            b = new LotteryBudget { Year = year };
            db.LotteryBudgets.Add(b);
        }
        else if (b.Status is LotteryBudgetStatus.Submitted or LotteryBudgetStatus.Approved)
        {
            throw new BusinessRuleException($"{year} 年度预算已{LotteryNames.Budget(b.Status)}，不能修改");
        }
        else
        {
            db.LotteryBudgetLines.RemoveRange(await db.LotteryBudgetLines.Where(l => l.BudgetId == b.Id).ToListAsync(ct));
        }
        b.Status = LotteryBudgetStatus.Draft;
        b.Note = r.Note?.Trim();
        b.PreparedBy = access.User.UserName;
        b.PreparedAtUtc = now;
        b.ReturnReason = null;
        b.Version++;
        db.LotteryBudgetLines.AddRange(lines.Select(l => new LotteryBudgetLine
        {
            BudgetId = b.Id, Year = year, Use = l.Use, Title = l.Title!.Trim(), Amount = decimal.Round(l.Amount!.Value, 2),
            ProgrammeKey = string.IsNullOrWhiteSpace(l.ProgrammeKey) ? null : l.ProgrammeKey,
        }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(year, ct);
    }

    public async Task<LotteryBudgetView> SubmitAsync(int year, CancellationToken ct)
    {
        access.Write();
        access.City();
        var b = await db.LotteryBudgets.FirstOrDefaultAsync(x => x.Year == year, ct) ?? throw new NotFoundException();
        if (b.Status is not (LotteryBudgetStatus.Draft or LotteryBudgetStatus.Returned))
        {
            throw new BusinessRuleException($"预算状态为{LotteryNames.Budget(b.Status)}，不能提交");
        }
        await EnsureWithinAsync(b, ct);
        b.Status = LotteryBudgetStatus.Submitted;
        b.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(year, ct);
    }

    public async Task<LotteryBudgetView> ApproveAsync(int year, CancellationToken ct)
    {
        access.Manage();
        access.City();
        var b = await db.LotteryBudgets.FirstOrDefaultAsync(x => x.Year == year, ct) ?? throw new NotFoundException();
        if (b.Status != LotteryBudgetStatus.Submitted)
        {
            throw new BusinessRuleException($"预算状态为{LotteryNames.Budget(b.Status)}，不能审批");
        }
        access.NotPreparer(b.PreparedBy, "预算");
        var c = await EnsureWithinAsync(b, ct);
        b.Status = LotteryBudgetStatus.Approved;
        b.FundBasis = c.FundBasis;
        b.CarryOver = c.CarryOver;
        b.DecidedBy = access.User.UserName;
        b.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        b.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(year, ct);
    }

    public async Task<LotteryBudgetView> ReturnAsync(int year, LotteryReturnRequest r, CancellationToken ct)
    {
        access.Manage();
        access.City();
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写退回理由");
        }
        var b = await db.LotteryBudgets.FirstOrDefaultAsync(x => x.Year == year, ct) ?? throw new NotFoundException();
        if (b.Status != LotteryBudgetStatus.Submitted)
        {
            throw new BusinessRuleException($"预算状态为{LotteryNames.Budget(b.Status)}，不能退回");
        }
        access.NotPreparer(b.PreparedBy, "预算");
        b.Status = LotteryBudgetStatus.Returned;
        b.ReturnReason = r.Reason.Trim();
        b.DecidedBy = access.User.UserName;
        b.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        b.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(year, ct);
    }

    private async Task<BudgetCeiling> EnsureWithinAsync(LotteryBudget b, CancellationToken ct)
    {
        var total = await db.LotteryBudgetLines.Where(l => l.BudgetId == b.Id).Select(l => l.Amount).ToListAsync(ct);
        var c = await CeilingAsync(b.Year, ct);
        if (total.Sum() > c.Limit)
        {
            throw new BusinessRuleException(
                $"{b.Year} 年度预算合计 {total.Sum():N2} 元，超过可安排额度 {c.Limit:N2} 元（{b.Year - 1} 年筹集留用公益金 {c.FundBasis:N2} 元 + 以前年度结转 {c.CarryOver:N2} 元）",
                "/problems/lottery-budget-over-fund");
        }
        return c;
    }
}
