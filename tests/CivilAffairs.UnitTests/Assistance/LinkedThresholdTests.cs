using CivilAffairs.Assistance.Domain;
using static CivilAffairs.UnitTests.Assistance.MeansTestData;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>
/// The thresholds linked to the 低保 standard (rules doc §1.1): 低收入 = ⌈1.5 × standard⌉ and
/// 特困 allowance = ⌈1.6 × standard⌉, and the 特困 care tiers from the six ADL indicators (§2).
/// </summary>
public class LinkedThresholdTests
{
    private static MeansTestResult Run(Programme programme, int standard, params Member[] members) =>
        MeansTest.Calculate(programme, members, NoAssets, APolicy(standard: standard));

    private static MeansTestResult ExtremePoverty(params Member[] members) => Run(Programme.ExtremePoverty, 1070, members);

    [Theory]
    [InlineData(1070, 1605)] // the shenchuang page prints 1650, a typo for 1.5 × 1070
    [InlineData(1160, 1740)]
    [InlineData(1250, 1875)]
    [InlineData(1300, 1950)]
    [InlineData(1365, 2048)] // 2047.5 rounded up
    public void The_low_income_threshold_is_one_and_a_half_standards_rounded_up_to_the_yuan(int standard, int threshold)
    {
        Assert.Equal(threshold, Run(Programme.LowIncome, standard, AMember()).Threshold);
    }

    [Fact]
    public void WholeYuanUp_rounds_2047_5_up_to_2048()
    {
        Assert.Equal(2048m, MeansTest.WholeYuanUp(1365m * 1.5m));
    }

    [Fact]
    public void A_per_capita_of_1700_at_1160_is_low_income_with_no_cash_benefit_and_a_breakdown_line()
    {
        var result = Run(Programme.LowIncome, 1160, AdultFamily(2, totalIncome: 3400m));

        Assert.True(result.Eligible);
        Assert.Equal(1700m, result.PerCapitaIncome);
        Assert.Equal(1740m, result.Threshold);
        Assert.Equal(0m, result.MonthlyBenefit);
        var line = Assert.Single(result.Breakdown);
        Assert.Equal(0m, line.Amount);
        Assert.Contains("低收入", line.Item, StringComparison.Ordinal);
    }

    [Fact]
    public void A_per_capita_at_the_low_income_threshold_is_not_low_income()
    {
        var result = Run(Programme.LowIncome, 1160, AMember(income: 1740m));

        Assert.False(result.Eligible);
        Assert.Contains("低收入认定标准", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1070, 1712)]
    [InlineData(1160, 1856)]
    [InlineData(1250, 2000)]
    [InlineData(1300, 2080)]
    [InlineData(1365, 2184)]
    public void The_extreme_poverty_allowance_is_1_6_standards(int standard, int allowance)
    {
        var result = Run(Programme.ExtremePoverty, standard, AMember(age: 70));

        Assert.Equal(allowance, result.Threshold);
        Assert.True(result.Eligible);
        Assert.Equal(allowance, result.MonthlyBenefit);
    }

    [Fact]
    public void A_70_year_old_alone_with_no_income_who_achieves_all_six_indicators_gets_1712_and_no_care()
    {
        var result = ExtremePoverty(AMember(age: 70, adlNotAchieved: 0));

        Assert.True(result.Eligible);
        Assert.Equal(1712m, result.MonthlyBenefit);
        Assert.Equal(2, result.Breakdown.Count);
        Assert.Equal(1712m, result.Breakdown[0].Amount);
        Assert.Equal(0m, result.Breakdown[1].Amount);
        Assert.Contains("具备生活自理能力", result.Breakdown[1].Item, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 440, "部分丧失")]
    [InlineData(2, 440, "部分丧失")]
    [InlineData(3, 440, "部分丧失")]
    [InlineData(4, 1100, "完全丧失")]
    [InlineData(6, 1100, "完全丧失")]
    public void The_care_allowance_follows_the_number_of_indicators_not_achieved(int notAchieved, int care, string level)
    {
        var result = ExtremePoverty(AMember(age: 70, adlNotAchieved: notAchieved));

        Assert.True(result.Eligible);
        Assert.Equal(1712m + care, result.MonthlyBenefit);
        Assert.Equal(care, result.Breakdown[1].Amount);
        Assert.Contains(level, result.Breakdown[1].Item, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_indicators_not_achieved_give_1712_plus_440()
    {
        Assert.Equal(2152m, ExtremePoverty(AMember(age: 70, adlNotAchieved: 2)).MonthlyBenefit);
    }

    [Fact]
    public void Four_indicators_not_achieved_give_1712_plus_1100()
    {
        Assert.Equal(2812m, ExtremePoverty(AMember(age: 70, adlNotAchieved: 4)).MonthlyBenefit);
    }

    [Fact]
    public void A_40_year_old_without_disability_is_not_in_an_extreme_poverty_category()
    {
        var result = ExtremePoverty(AMember(age: 40));

        Assert.False(result.Eligible);
        Assert.Contains("特困人员须为", Assert.Single(result.Reasons), StringComparison.Ordinal);
        Assert.Equal(0m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_40_year_old_with_a_disability_is_in_a_category()
    {
        Assert.True(ExtremePoverty(AMember(age: 40, disabilityGrade: 3)).Eligible);
    }

    [Theory]
    [InlineData(12, true)]
    [InlineData(15, true)]
    [InlineData(16, false)]
    public void A_minor_is_in_a_category_only_under_16(int age, bool eligible)
    {
        Assert.Equal(eligible, ExtremePoverty(AMember(age: age)).Eligible);
    }

    [Fact]
    public void A_12_year_old_is_eligible_for_the_allowance()
    {
        var result = ExtremePoverty(AMember(age: 12));

        Assert.True(result.Eligible);
        Assert.Equal(1712m, result.MonthlyBenefit);
    }

    [Fact]
    public void An_income_at_the_allowance_is_not_eligible_for_extreme_poverty()
    {
        var result = ExtremePoverty(AMember(age: 70, income: 1712m));

        Assert.False(result.Eligible);
        Assert.Contains("特困供养标准", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Extreme_poverty_requires_a_Shenzhen_hukou()
    {
        var result = ExtremePoverty(AMember(age: 70, shenzhenHukou: false));

        Assert.False(result.Eligible);
        Assert.Contains("户籍", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }
}
