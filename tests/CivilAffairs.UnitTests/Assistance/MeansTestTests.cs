using CivilAffairs.Assistance.Domain;
using static CivilAffairs.UnitTests.Assistance.MeansTestData;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>低保 eligibility, income counting and the 差额 benefit (rules doc §1.2, §1.4, §1.5).</summary>
public class MeansTestTests
{
    [Fact]
    public void The_worked_example_family_of_three_with_1500_income_gets_1710_at_the_2018_standard()
    {
        var result = Mlg(AdultFamily(3, totalIncome: 1500m));

        Assert.True(result.Eligible);
        Assert.Empty(result.Reasons);
        Assert.Equal(500m, result.PerCapitaIncome);
        Assert.Equal(1710m, result.MonthlyBenefit);
    }

    [Fact]
    public void The_same_family_gets_1980_once_the_2019_standard_of_1160_applies()
    {
        var result = Mlg(APolicy(standard: 1160m), AdultFamily(3, totalIncome: 1500m));

        Assert.True(result.Eligible);
        Assert.Equal(1980m, result.MonthlyBenefit);
    }

    [Fact]
    public void The_worked_example_has_a_single_gap_line_and_no_add_ons_for_adults_aged_30_to_50()
    {
        var result = Mlg(AdultFamily(3, totalIncome: 1500m));

        var line = Assert.Single(result.Breakdown);
        Assert.Equal(1710m, line.Amount);
        Assert.Contains("差额", line.Item, StringComparison.Ordinal);
    }

    [Fact]
    public void A_family_of_two_adults_with_no_income_gets_the_full_standard_for_each_member()
    {
        var result = Mlg(AdultFamily(2));

        Assert.True(result.Eligible);
        Assert.Equal(0m, result.PerCapitaIncome);
        Assert.Equal(2140m, result.MonthlyBenefit);
        Assert.Single(result.Breakdown);
    }

    [Fact]
    public void A_per_capita_income_equal_to_the_standard_is_not_eligible_and_the_reason_names_the_standard()
    {
        var result = Mlg(AdultFamily(2, totalIncome: 2140m));

        Assert.False(result.Eligible);
        Assert.Equal(1070m, result.PerCapitaIncome);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("低保标准", reason, StringComparison.Ordinal);
        Assert.Equal(0m, result.MonthlyBenefit);
        Assert.Empty(result.Breakdown);
    }

    [Fact]
    public void A_per_capita_income_above_the_standard_is_not_eligible()
    {
        var result = Mlg(AMember(income: 1500m));

        Assert.False(result.Eligible);
        Assert.Equal(0m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_single_member_one_fen_below_the_standard_is_eligible_for_one_fen()
    {
        var result = Mlg(AMember(income: 1069.99m));

        Assert.True(result.Eligible);
        Assert.Equal(0.01m, result.MonthlyBenefit);
        Assert.True(IsWholeFen(result.MonthlyBenefit));
    }

    [Fact]
    public void A_family_of_three_whose_per_capita_is_one_fen_below_the_standard_gets_three_fen()
    {
        var result = Mlg(AdultFamily(3, totalIncome: 3209.97m));

        Assert.True(result.Eligible);
        Assert.Equal(1069.99m, result.PerCapitaIncome);
        Assert.Equal(0.03m, result.MonthlyBenefit);
        Assert.True(IsWholeFen(result.MonthlyBenefit));
    }

    [Fact]
    public void A_family_whose_exact_per_capita_is_below_the_standard_is_eligible_even_when_it_rounds_up_to_the_standard()
    {
        // 3209.99 / 3 = 1069.9967 < 1070: 人均收入低于标准. Rounding the per-capita to 1070.00 before the
        // comparison must not turn a family that is below the standard away.
        var result = Mlg(AdultFamily(3, totalIncome: 3209.99m));

        Assert.True(result.Eligible, string.Join("; ", result.Reasons));
    }

    [Fact]
    public void The_gap_of_a_family_is_the_standard_times_size_less_the_counted_income_to_the_fen()
    {
        // (1070 − 3209.98 / 3) × 3 = 3210 − 3209.98 = 0.02; multiplying the rounded per-capita 1069.99 gives 0.03.
        var result = Mlg(AdultFamily(3, totalIncome: 3209.98m));

        Assert.True(result.Eligible);
        Assert.Equal(0.02m, result.MonthlyBenefit);
    }

    [Fact]
    public void Excluded_income_kinds_are_not_counted_when_income_is_itemised()
    {
        var member = AMember(income: 9999m).WithItems(
            ("wage", 800m), ("social_assistance", 500m), ("one_child_award", 10m), ("disability_subsidy", 100m), ("pension", 200m));

        var result = Mlg(member);

        Assert.Equal(1000m, result.CountedIncome);
        Assert.Equal(1000m, MeansTest.CountedIncome(member, APolicy()));
        Assert.True(result.Eligible);
        Assert.Equal(70m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_member_whose_items_are_all_excluded_counts_zero_and_not_the_monthly_income_figure()
    {
        var member = AMember(income: 2000m).WithItems(("social_assistance", 1070m), ("disability_subsidy", 300m));

        Assert.Equal(0m, MeansTest.CountedIncome(member, APolicy()));
    }

    [Fact]
    public void The_monthly_income_is_counted_when_there_are_no_items()
    {
        var member = AMember(income: 650m);

        Assert.Equal(650m, MeansTest.CountedIncome(member, APolicy()));
        Assert.Equal(420m, Mlg(member).MonthlyBenefit);
    }

    [Fact]
    public void Counted_income_sums_every_member_mixing_itemised_and_plain_income()
    {
        var result = Mlg(
            AMember(income: 300m),
            AMember(age: 45).WithItems(("wage", 900m), ("one_child_award", 10m)),
            AMember(age: 35));

        Assert.Equal(1200m, result.CountedIncome);
        Assert.Equal(400m, result.PerCapitaIncome);
        Assert.Equal(2010m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_family_without_any_Shenzhen_hukou_member_is_not_eligible_with_a_hukou_reason()
    {
        var result = Mlg(AMember(shenzhenHukou: false), AMember(age: 35, shenzhenHukou: false));

        Assert.False(result.Eligible);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("户籍", reason, StringComparison.Ordinal);
        Assert.Equal(0m, result.MonthlyBenefit);
    }

    [Fact]
    public void One_Shenzhen_hukou_member_is_enough_for_the_family()
    {
        var result = Mlg(AMember(shenzhenHukou: false), AMember(age: 35));

        Assert.True(result.Eligible);
        Assert.Equal(2140m, result.MonthlyBenefit);
    }

    [Fact]
    public void Every_failed_condition_is_listed_as_a_reason()
    {
        var result = Mlg(AMember(income: 5000m, shenzhenHukou: false));

        Assert.False(result.Eligible);
        Assert.Equal(2, result.Reasons.Count);
        Assert.Contains(result.Reasons, r => r.Contains("户籍", StringComparison.Ordinal));
        Assert.Contains(result.Reasons, r => r.Contains("低保标准", StringComparison.Ordinal));
    }

    [Fact]
    public void The_result_reports_household_size_counted_income_per_capita_and_threshold()
    {
        var result = Mlg(AdultFamily(3, totalIncome: 1000m));

        Assert.Equal(3, result.HouseholdSize);
        Assert.Equal(1000m, result.CountedIncome);
        Assert.Equal(333.33m, result.PerCapitaIncome);
        Assert.Equal(1070m, result.Threshold);
        Assert.Equal(1070m, result.Standard);
    }

    [Fact]
    public void The_benefit_of_a_non_round_per_capita_is_in_whole_fen()
    {
        var result = Mlg(AdultFamily(3, totalIncome: 1000m));

        // (1070 − 333.33) × 3 = 2210.01; exactly 3210 − 1000 = 2210.
        Assert.True(IsWholeFen(result.MonthlyBenefit));
        Assert.InRange(result.MonthlyBenefit, 2210m, 2210.01m);
    }

    [Theory]
    [InlineData(2005.5, 1002.75)]
    [InlineData(2000.01, 1000.01)] // 1000.005 rounds away from zero
    public void Per_capita_income_is_rounded_to_two_decimals_away_from_zero(double total, double expected)
    {
        var result = Mlg(AdultFamily(2, totalIncome: (decimal)total));

        Assert.Equal((decimal)expected, result.PerCapitaIncome);
    }
}
