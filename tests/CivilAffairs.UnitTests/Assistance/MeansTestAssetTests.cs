using CivilAffairs.Assistance.Domain;
using static CivilAffairs.UnitTests.Assistance.MeansTestData;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>The four asset predicates (rules doc §1.3): ≤ 24 months of the standard per capita, ≤ 1 home, no other property, vehicle or business.</summary>
public class MeansTestAssetTests
{
    private static MeansTestResult WithAssets(Assets assets, Programme programme = Programme.Mlg) =>
        Calculate(programme, assets, AdultFamily(3));

    [Fact]
    public void Financial_assets_per_capita_over_24_months_of_the_standard_are_a_reason()
    {
        // cap = 24 × 1070 = 25680 per person; 3 × 25681 = 77043
        var result = WithAssets(NoAssets with { FinancialAssets = 77043m });

        Assert.False(result.Eligible);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("金融资产", reason, StringComparison.Ordinal);
        Assert.Contains("25680", reason, StringComparison.Ordinal);
        Assert.Equal(0m, result.MonthlyBenefit);
    }

    [Fact]
    public void Financial_assets_exactly_at_the_cap_are_still_eligible()
    {
        var result = WithAssets(NoAssets with { FinancialAssets = 77040m });

        Assert.True(result.Eligible);
        Assert.Equal(3210m, result.MonthlyBenefit);
    }

    [Fact]
    public void The_financial_asset_cap_follows_the_standard_in_force()
    {
        // 24 × 1160 = 27840: 27000 per person fails at 1070 (cap 25680) but passes at 1160.
        var assets = NoAssets with { FinancialAssets = 27000m };
        var alone = AMember();

        Assert.False(MeansTest.Calculate(Programme.Mlg, [alone], assets, APolicy()).Eligible);
        Assert.True(MeansTest.Calculate(Programme.Mlg, [alone], assets, APolicy(standard: 1160m)).Eligible);
    }

    [Fact]
    public void One_residential_unit_is_allowed()
    {
        Assert.True(WithAssets(NoAssets with { ResidentialUnits = 1 }).Eligible);
    }

    [Fact]
    public void Two_residential_units_are_a_reason()
    {
        var result = WithAssets(NoAssets with { ResidentialUnits = 2 });

        Assert.False(result.Eligible);
        Assert.Contains("住宅", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void One_non_residential_unit_is_a_reason()
    {
        var result = WithAssets(NoAssets with { NonResidentialUnits = 1 });

        Assert.False(result.Eligible);
        Assert.Contains("非住宅", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void One_vehicle_is_a_reason()
    {
        var result = WithAssets(NoAssets with { Vehicles = 1 });

        Assert.False(result.Eligible);
        Assert.Contains("机动车", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void One_business_registration_is_a_reason()
    {
        var result = WithAssets(NoAssets with { BusinessRegistrations = 1 });

        Assert.False(result.Eligible);
        Assert.Contains("商事登记", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failed_asset_predicate_is_listed()
    {
        var result = WithAssets(new Assets(FinancialAssets: 1_000_000m, ResidentialUnits: 2, NonResidentialUnits: 1, Vehicles: 1, BusinessRegistrations: 1));

        Assert.False(result.Eligible);
        Assert.Equal(5, result.Reasons.Count);
    }

    [Fact]
    public void The_asset_test_also_applies_to_the_low_income_determination()
    {
        var result = WithAssets(NoAssets with { Vehicles = 1 }, Programme.LowIncome);

        Assert.False(result.Eligible);
        Assert.Contains("机动车", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Assets_are_ignored_for_extreme_poverty()
    {
        var assets = new Assets(FinancialAssets: 1_000_000m, ResidentialUnits: 3, NonResidentialUnits: 2, Vehicles: 2, BusinessRegistrations: 1);

        var result = Calculate(Programme.ExtremePoverty, assets, AMember(age: 70));

        Assert.True(result.Eligible, string.Join("; ", result.Reasons));
        Assert.Equal(1712m, result.MonthlyBenefit);
    }
}
