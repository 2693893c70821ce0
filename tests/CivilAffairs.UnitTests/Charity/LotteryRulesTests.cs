using CivilAffairs.Charity.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.UnitTests.Charity;

/// <summary>The welfare fund's arithmetic: accrual with unclaimed prizes, the budget limit, the evaluation score and grade.</summary>
public sealed class LotteryRulesTests
{
    private static readonly DateOnly From = new(2018, 1, 1);

    private static LotteryRates Rates(decimal ssq = 0.36m, decimal instant = 0.20m, decimal local = 0.5m) =>
        new(Enum.GetValues<LotteryGame>().ToDictionary(g => g, g => new LotteryRate(g switch
        {
            LotteryGame.DoubleColorBall => ssq,
            LotteryGame.Instant => instant,
            _ => 0.30m,
        }, From, "test")), local, From);

    [Fact]
    public void The_fund_is_sales_times_each_games_rate_plus_the_unclaimed_prizes_which_stay_wholly_local()
    {
        var r = LotteryRules.Accrue([(LotteryGame.DoubleColorBall, 1_000_000m), (LotteryGame.DoubleColorBall, 500_000m), (LotteryGame.Instant, 200_000m)], 12_345.67m, Rates());

        Assert.Equal(1_700_000m, r.Sales);
        Assert.Equal(2, r.Lines.Count);
        Assert.Equal(540_000m, r.Lines.Single(l => l.Game == LotteryGame.DoubleColorBall).Fund);
        Assert.Equal(40_000m, r.Lines.Single(l => l.Game == LotteryGame.Instant).Fund);
        Assert.Equal(580_000m, r.FundFromSales);
        Assert.Equal(592_345.67m, r.FundRaised);
        // half of the fund from sales goes to the centre; unclaimed prizes are all local
        Assert.Equal(290_000m + 12_345.67m, r.LocalFund);
        Assert.Contains("ssq=0.36@2018-01-01", r.Key, StringComparison.Ordinal);
        Assert.Contains("local=0.5@2018-01-01", r.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_rate_gives_a_different_fund_and_key()
    {
        var a = LotteryRules.Accrue([(LotteryGame.DoubleColorBall, 1_000_000m)], 0, Rates());
        var b = LotteryRules.Accrue([(LotteryGame.DoubleColorBall, 1_000_000m)], 0, Rates(ssq: 0.40m));
        Assert.Equal(360_000m, a.FundRaised);
        Assert.Equal(400_000m, b.FundRaised);
        Assert.NotEqual(a.Key, b.Key);
    }

    [Fact]
    public void Missing_rate_parameters_are_named_in_the_refusal()
    {
        var ex = Assert.Throws<BusinessRuleException>(() => LotteryParameters.RatesFrom(new Dictionary<string, Parameter>(), new DateOnly(2026, 3, 1)));
        Assert.Contains(LotteryParameters.LocalShare, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_years_budget_is_limited_by_this_years_fund_plus_what_earlier_years_left()
    {
        var raised = new Dictionary<int, decimal> { [2018] = 600m, [2019] = 500m, [2020] = 400m };
        var approved = new Dictionary<int, decimal> { [2019] = 550m, [2020] = 480m };

        var c = LotteryRules.Ceiling(2021, raised, approved);

        Assert.Equal(400m, c.FundBasis);
        // 2018 and 2019 raised 1100, the 2019 and 2020 budgets used 1030
        Assert.Equal(70m, c.CarryOver);
        Assert.Equal(470m, c.Limit);
        Assert.Equal(600m, LotteryRules.Ceiling(2019, raised, approved).Limit);
        Assert.Equal(0m, LotteryRules.Ceiling(2018, raised, new Dictionary<int, decimal>()).Limit);
    }

    [Fact]
    public void A_line_has_left_its_amount_less_the_approved_grants()
    {
        Assert.Equal(250m, LotteryRules.Remaining(1000m, [500m, 250m]));
        Assert.Equal(1000m, LotteryRules.Remaining(1000m, []));
    }

    [Fact]
    public void The_score_weighs_each_indicators_achievement_capped_at_its_target()
    {
        var score = LotteryRules.Score(
        [
            new(LotteryIndicatorKind.Output, "人数", 1000, 1200, 40),
            new(LotteryIndicatorKind.Effect, "完成率", 100, 80, 30),
            new(LotteryIndicatorKind.Satisfaction, "满意度", 90, 45, 30),
        ]);
        // 40 × 1 + 30 × 0.8 + 30 × 0.5 = 79
        Assert.Equal(79m, score);
        Assert.Equal(0m, LotteryRules.Score([]));
    }

    [Theory]
    [InlineData(95, "优")]
    [InlineData(90, "优")]
    [InlineData(89.9, "良")]
    [InlineData(80, "良")]
    [InlineData(60, "中")]
    [InlineData(59.9, "差")]
    public void The_grade_follows_the_thresholds(double score, string grade)
    {
        var t = new GradeThresholds(90, 80, 60, From);
        Assert.Equal(grade, LotteryRules.Grade((decimal)score, t));
    }

    [Fact]
    public void Import_cells_name_games_in_chinese()
    {
        Assert.Equal(LotteryGame.DoubleColorBall, LotteryNames.ParseGame("双色球"));
        Assert.Equal(LotteryGame.Fc3D, LotteryNames.ParseGame(" 福彩3D "));
        Assert.Equal(LotteryGame.Happy8, LotteryNames.ParseGame("快乐8"));
        Assert.Null(LotteryNames.ParseGame("大乐透"));
    }
}
