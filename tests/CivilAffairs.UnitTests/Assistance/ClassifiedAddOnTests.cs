using CivilAffairs.Assistance.Domain;
using static CivilAffairs.UnitTests.Assistance.MeansTestData;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>分类施保 (rules doc §1.5): each member in a category gets one add-on, the highest, as a % of the standard.</summary>
public class ClassifiedAddOnTests
{
    private static IEnumerable<BreakdownLine> AddOnLines(MeansTestResult result) =>
        result.Breakdown.Where(l => l.Item.StartsWith("分类施保", StringComparison.Ordinal));

    [Fact]
    public void A_65_year_old_member_adds_20_percent_of_the_standard()
    {
        var result = Mlg(AMember(), AMember(age: 65));

        Assert.True(result.Eligible);
        var line = Assert.Single(AddOnLines(result));
        Assert.Equal(214.00m, line.Amount);
        Assert.Contains("老年人", line.Item, StringComparison.Ordinal);
        Assert.Contains("第2名成员", line.Item, StringComparison.Ordinal);
        Assert.Equal(2140m + 214m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_member_turning_60_is_elderly_and_one_aged_59_is_not()
    {
        Assert.Single(AddOnLines(Mlg(AMember(age: 60))));
        Assert.Empty(AddOnLines(Mlg(AMember(age: 59))));
    }

    [Fact]
    public void A_70_year_old_who_is_seriously_ill_gets_only_the_highest_add_on_of_30_percent()
    {
        var result = Mlg(AMember(age: 70, seriousIllness: true));

        var line = Assert.Single(AddOnLines(result));
        Assert.Equal(321.00m, line.Amount);
        Assert.Contains("重特大疾病", line.Item, StringComparison.Ordinal);
        Assert.Contains("30%", line.Item, StringComparison.Ordinal);
        Assert.Equal(1070m + 321m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_minor_student_gets_the_20_percent_add_on_once()
    {
        var result = Mlg(AMember(), AMember(age: 12, student: true));

        var line = Assert.Single(AddOnLines(result));
        Assert.Equal(214m, line.Amount);
        Assert.Equal(2140m + 214m, result.MonthlyBenefit);
    }

    [Fact]
    public void An_adult_student_gets_the_student_add_on()
    {
        var line = Assert.Single(AddOnLines(Mlg(AMember(age: 20, student: true))));

        Assert.Contains("在校学生", line.Item, StringComparison.Ordinal);
        Assert.Equal(214m, line.Amount);
    }

    [Fact]
    public void A_17_year_old_is_a_minor_and_an_18_year_old_is_not()
    {
        Assert.Contains("未成年人", Assert.Single(AddOnLines(Mlg(AMember(age: 17)))).Item, StringComparison.Ordinal);
        Assert.Empty(AddOnLines(Mlg(AMember(age: 18))));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Only_grade_1_and_2_disability_is_severe(int grade, bool addOn)
    {
        var lines = AddOnLines(Mlg(AMember(disabilityGrade: grade))).ToList();

        if (addOn)
        {
            var line = Assert.Single(lines);
            Assert.Equal(321m, line.Amount);
            Assert.Contains("重度残疾", line.Item, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(lines);
        }
    }

    [Fact]
    public void Add_ons_appear_as_one_breakdown_line_per_member_and_sum_into_the_benefit()
    {
        // 40 no category; 65 elderly 214; 10 minor 214; 45 seriously ill 321
        var result = Mlg(AMember(), AMember(age: 65), AMember(age: 10), AMember(age: 45, seriousIllness: true));

        var lines = AddOnLines(result).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal([214m, 214m, 321m], lines.Select(l => l.Amount));
        Assert.Equal(4280m + 749m, result.MonthlyBenefit);
        Assert.Equal(result.MonthlyBenefit, result.Breakdown.Sum(l => l.Amount));
    }

    [Fact]
    public void Add_ons_follow_the_standard_in_force()
    {
        var line = Assert.Single(AddOnLines(Mlg(APolicy(standard: 1365m), AMember(age: 65))));

        Assert.Equal(273.00m, line.Amount);
    }

    [Fact]
    public void An_add_on_is_rounded_to_the_fen()
    {
        // 1413 × 30% = 423.9; 1483 × 20% = 296.6
        Assert.Equal(423.90m, Assert.Single(AddOnLines(Mlg(APolicy(standard: 1413m), AMember(seriousIllness: true)))).Amount);
        Assert.Equal(296.60m, Assert.Single(AddOnLines(Mlg(APolicy(standard: 1483m), AMember(age: 61)))).Amount);
    }

    [Fact]
    public void An_ineligible_family_gets_no_add_ons()
    {
        var result = Mlg(AMember(age: 70, income: 3000m, seriousIllness: true));

        Assert.False(result.Eligible);
        Assert.Empty(result.Breakdown);
        Assert.Equal(0m, result.MonthlyBenefit);
    }

    [Fact]
    public void A_zero_percent_add_on_adds_no_line()
    {
        var policy = APolicy() with { AddOnElderlyPct = 0m };

        Assert.Empty(AddOnLines(Mlg(policy, AMember(age: 70))));
    }
}
