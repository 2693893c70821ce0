namespace CivilAffairs.Charity.Domain;

/// <summary>One game's accrual in a month.</summary>
internal sealed record LotteryAccrualLine(LotteryGame Game, decimal Sales, decimal Rate, DateOnly RateFrom, string Basis, decimal Fund);

/// <summary>A month's accrual: per game, and the totals.</summary>
internal sealed record LotteryAccrualResult(IReadOnlyList<LotteryAccrualLine> Lines, decimal Sales, decimal FundFromSales, decimal Unclaimed, decimal FundRaised,
    decimal LocalFund, string Key);

/// <summary>One performance indicator as entered.</summary>
internal sealed record LotteryIndicatorInput(LotteryIndicatorKind Kind, string Name, decimal Target, decimal Actual, decimal Weight);

/// <summary>
/// The arithmetic of the welfare fund (彩票管理条例 arts. 28–34): the fund accrued from sales at
/// each game's rate, unclaimed prizes added to it (art. 31), the budget limit of "当年筹集、次年使用",
/// and the score of a performance evaluation. Pure: the callers pass the parameter values.
/// </summary>
internal static class LotteryRules
{
    public static LotteryAccrualResult Accrue(IEnumerable<(LotteryGame Game, decimal Sales)> sales, decimal unclaimed, LotteryRates rates)
    {
        var lines = sales.GroupBy(s => s.Game).OrderBy(g => g.Key)
            .Select(g =>
            {
                var rate = rates.ByGame[g.Key];
                var amount = g.Sum(x => x.Sales);
                return new LotteryAccrualLine(g.Key, amount, rate.Value, rate.ValidFrom, rate.Basis, Math.Round(amount * rate.Value, 2, MidpointRounding.AwayFromZero));
            })
            .ToList();
        var fromSales = lines.Sum(l => l.Fund);
        var local = Math.Round(fromSales * rates.LocalShare, 2, MidpointRounding.AwayFromZero) + unclaimed;
        return new LotteryAccrualResult(lines, lines.Sum(l => l.Sales), fromSales, unclaimed, fromSales + unclaimed, local, rates.Key);
    }

    /// <summary>
    /// The most the budget of <paramref name="year"/> may total: the local fund raised in the year
    /// before, plus what earlier years raised and their approved budgets did not use.
    /// </summary>
    public static BudgetCeiling Ceiling(int year, IReadOnlyDictionary<int, decimal> localFundByYear, IReadOnlyDictionary<int, decimal> approvedBudgetByYear)
    {
        var basis = localFundByYear.GetValueOrDefault(year - 1);
        var earlierRaised = localFundByYear.Where(f => f.Key < year - 1).Sum(f => f.Value);
        var earlierBudgets = approvedBudgetByYear.Where(b => b.Key < year).Sum(b => b.Value);
        return new BudgetCeiling(year, basis, earlierRaised - earlierBudgets, basis + earlierRaised - earlierBudgets);
    }

    /// <summary>What is left on a budget line after the grants already approved on it.</summary>
    public static decimal Remaining(decimal lineAmount, IEnumerable<decimal> approvedGrants) => lineAmount - approvedGrants.Sum();

    /// <summary>
    /// Σ weight × min(actual / target, 1), scaled to 100 by the total weight. An indicator with no
    /// target counts as met when anything was achieved.
    /// </summary>
    public static decimal Score(IReadOnlyCollection<LotteryIndicatorInput> indicators)
    {
        var weight = indicators.Sum(i => i.Weight);
        if (weight <= 0)
        {
            return 0;
        }
        var sum = indicators.Sum(i => i.Weight * (i.Target <= 0 ? (i.Actual > 0 ? 1 : 0) : Math.Min(Math.Max(i.Actual, 0) / i.Target, 1)));
        return Math.Round(sum * 100 / weight, 1, MidpointRounding.AwayFromZero);
    }

    public static string Grade(decimal score, GradeThresholds t) =>
        score >= t.Excellent ? "优" : score >= t.Good ? "良" : score >= t.Pass ? "中" : "差";
}

/// <summary>The limit of a year's budget and how it was reached.</summary>
internal sealed record BudgetCeiling(int Year, decimal FundBasis, decimal CarryOver, decimal Limit);
