using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.CrossCheck;
using static CivilAffairs.UnitTests.Assistance.MeansTestData;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>
/// The cross-check's evaluation of what external data found about a household (rules doc §1.3,
/// §15), with the 2018 values: standard 1070, 24 months of financial assets (25,680 per person),
/// at most one home, no other property, no vehicle except exempt types, no open business.
/// </summary>
public class CrossCheckEvaluationTests
{
    private const string A = "440304198001010017";
    private const string B = "440304198202020027";
    private static readonly IReadOnlySet<string> Exempt = new HashSet<string>(StringComparer.Ordinal) { "电动自行车", "残疾人机动轮椅车" };

    private static HouseholdEvaluation Evaluate(HouseholdFindings f, int size = 3, Programme programme = Programme.Mlg) =>
        f.Evaluate(programme, size, APolicy(), Exempt);

    [Fact]
    public void Deposits_are_summed_over_members_and_compared_per_capita()
    {
        // 3 × 25,680 = 77,040 is the household cap; 50,000 + 27,041 = 77,041 is one yuan over
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Financial, A, "存款", "甲银行", null, 50_000m, null);
        f.Add(ExternalSource.Financial, B, "证券", "乙证券", null, 27_041m, null);

        var e = Evaluate(f);

        Assert.Equal(77_041m, e.Assets.FinancialAssets);
        var reason = Assert.Single(e.Reasons);
        Assert.Contains("人均金融资产 25680.33 元", reason, StringComparison.Ordinal);
        Assert.All(e.Items, i => Assert.Equal(reason, i.Rule));
    }

    [Fact]
    public void Deposits_exactly_at_the_cap_are_clean()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Financial, A, "存款", "甲银行", null, 77_040m, null);

        var e = Evaluate(f);

        Assert.False(e.BreaksRules);
        Assert.Null(Assert.Single(e.Items).Rule);
    }

    [Fact]
    public void A_car_breaks_the_vehicle_rule_but_an_electric_bike_does_not_and_one_plate_counts_once()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Vehicle, A, "电动自行车", "深圳E12345", null, null, null);
        var bike = Evaluate(f);
        Assert.False(bike.BreaksRules);
        Assert.False(Assert.Single(bike.Items).Counted);

        f.Add(ExternalSource.Vehicle, A, "小型汽车", "粤B12345", null, null, null);
        f.Add(ExternalSource.Vehicle, B, "小型汽车", "粤B12345", null, null, null); // co-registered: the same car
        var car = Evaluate(f);
        Assert.Equal(1, car.Assets.Vehicles);
        Assert.Contains("拥有机动车 1 辆", Assert.Single(car.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void A_flat_owned_by_two_members_is_one_home_and_a_parking_space_is_non_residential()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.RealEstate, A, ExternalSources.Residential, "U1", "住宅 福田区某小区", 80m, null);
        f.Add(ExternalSource.RealEstate, B, ExternalSources.Residential, "U1", "住宅 福田区某小区", 80m, null);
        Assert.False(Evaluate(f).BreaksRules); // one home is allowed

        f.Add(ExternalSource.RealEstate, A, ExternalSources.NonResidential, "U2", "车位 福田区某小区", 12m, null);
        var e = Evaluate(f);
        Assert.Equal(1, e.Assets.ResidentialUnits);
        Assert.Equal(1, e.Assets.NonResidentialUnits);
        Assert.Contains("非住宅", Assert.Single(e.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void A_deregistered_business_is_listed_but_not_counted()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Business, A, "注销", "91440300MA5XXXXXX1", "某商行", null, null);
        Assert.False(Evaluate(f).BreaksRules);

        f.Add(ExternalSource.Business, B, "存续", "91440300MA5XXXXXX2", "某贸易公司", null, null);
        var e = Evaluate(f);
        Assert.Equal(1, e.Assets.BusinessRegistrations);
        Assert.Equal(2, e.Items.Count);
    }

    [Fact]
    public void Income_is_the_monthly_average_per_kind_and_excluded_kinds_do_not_count()
    {
        // wages 3000, 3300, 3600 over three months: 3300 a month; a disability subsidy is not income.
        // Household of 3: 3300 / 3 = 1100 per person ≥ 1070, so the income test fails
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Income, A, "wage", null, null, 3000m, new DateOnly(2018, 1, 1));
        f.Add(ExternalSource.Income, A, "wage", null, null, 3300m, new DateOnly(2018, 2, 1));
        f.Add(ExternalSource.Income, A, "wage", null, null, 3600m, new DateOnly(2018, 3, 1));
        f.Add(ExternalSource.Income, B, "disability_subsidy", null, null, 500m, new DateOnly(2018, 3, 1));

        var e = Evaluate(f);

        Assert.Equal(3300m, e.VerifiedIncome);
        Assert.Contains("家庭月人均收入 1100.00 元，不低于低保标准 1070 元", Assert.Single(e.Reasons), StringComparison.Ordinal);
        var subsidy = Assert.Single(e.Items, i => i.MemberIdNumber == B);
        Assert.False(subsidy.Counted);
        Assert.Null(subsidy.Rule);
    }

    [Fact]
    public void A_household_of_four_with_the_same_wages_stays_under_the_standard()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Income, A, "wage", null, null, 3300m, new DateOnly(2018, 1, 1));

        Assert.False(Evaluate(f, size: 4).BreaksRules); // 825 per person
    }

    [Fact]
    public void Extreme_poverty_households_are_not_tested_on_assets_as_in_the_calculation()
    {
        var f = new HouseholdFindings();
        f.Add(ExternalSource.Vehicle, A, "小型汽车", "粤B00001", null, null, null);

        Assert.False(Evaluate(f, size: 1, programme: Programme.ExtremePoverty).BreaksRules);
        Assert.True(Evaluate(f, size: 1, programme: Programme.LowIncome).BreaksRules);
    }

    [Fact]
    public void A_household_with_nothing_found_is_clean()
    {
        var e = Evaluate(new HouseholdFindings());

        Assert.False(e.BreaksRules);
        Assert.Empty(e.Items);
        Assert.Equal(0m, e.VerifiedIncome);
    }
}
