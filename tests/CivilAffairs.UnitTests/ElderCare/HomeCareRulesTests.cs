using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.UnitTests.ElderCare;

public sealed class HomeCareRulesTests
{
    private static readonly HomeCareRates Rates = new(60, 500m, 300m, 300m);

    private static HomeCareFacts Facts(int age = 75, bool hukou = true, bool dibao = false, bool fullCare = false, bool certified = false, bool threeNo = false,
        bool entitled = false) => new(age, hukou, dibao, fullCare, certified, threeNo, entitled);

    [Fact]
    public void Dibao_with_certified_full_care_gets_the_500_line_only_not_500_plus_300()
    {
        var r = HomeCareRules.SelectTier(Facts(dibao: true, fullCare: true, certified: true), Rates);
        Assert.Equal(HomeCareTier.DibaoFullCare, r.Tier);
        Assert.Equal(500m, r.Amount);
        Assert.Contains("就高不就低", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Full_care_without_dibao_gets_300()
    {
        var r = HomeCareRules.SelectTier(Facts(fullCare: true, certified: true), Rates);
        Assert.Equal(HomeCareTier.FullCare, r.Tier);
        Assert.Equal(300m, r.Amount);
    }

    [Fact]
    public void Full_care_needs_the_hospital_diagnosis()
    {
        var r = HomeCareRules.SelectTier(Facts(fullCare: true, certified: false), Rates);
        Assert.Null(r.Tier);
        Assert.Contains("诊断证明", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Dibao_with_uncertified_full_care_falls_back_to_the_priority_line()
    {
        var r = HomeCareRules.SelectTier(Facts(dibao: true, fullCare: true, certified: false), Rates);
        Assert.Equal(HomeCareTier.Priority, r.Tier);
        Assert.Equal(300m, r.Amount);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Three_no_or_entitled_elders_get_the_priority_line(bool threeNo, bool entitled)
    {
        var r = HomeCareRules.SelectTier(Facts(threeNo: threeNo, entitled: entitled), Rates);
        Assert.Equal(HomeCareTier.Priority, r.Tier);
    }

    [Fact]
    public void The_highest_line_wins_when_a_district_raises_one()
    {
        var r = HomeCareRules.SelectTier(Facts(fullCare: true, certified: true, threeNo: true), Rates with { Priority = 350m });
        Assert.Equal(HomeCareTier.Priority, r.Tier);
        Assert.Equal(350m, r.Amount);
    }

    [Fact]
    public void Non_hukou_residents_are_refused_whatever_else_applies()
    {
        var r = HomeCareRules.SelectTier(Facts(hukou: false, dibao: true, fullCare: true, certified: true), Rates);
        Assert.Null(r.Tier);
        Assert.Contains("深圳户籍", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Under_the_age_parameter_is_refused()
    {
        var r = HomeCareRules.SelectTier(Facts(age: 59, threeNo: true), Rates);
        Assert.Null(r.Tier);
        Assert.Contains("60", r.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_applies_gives_a_reason()
    {
        var r = HomeCareRules.SelectTier(Facts(), Rates);
        Assert.Null(r.Tier);
        Assert.StartsWith("不符合", r.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(420, 0, 300, 300, 120)]
    [InlineData(180, 0, 300, 180, 0)]
    [InlineData(300, 0, 300, 300, 0)]
    [InlineData(0, 90, 0, 0, 90)]
    [InlineData(520, 40, 500, 500, 60)]
    public void The_subsidy_is_capped_at_the_entitlement_and_the_rest_is_self_paid(double subsidisable, double selfPaidOrders, double entitlement, double paid, double self)
    {
        var split = HomeCareRules.Cap((decimal)subsidisable, (decimal)selfPaidOrders, (decimal)entitlement);
        Assert.Equal((decimal)paid, split.Subsidised);
        Assert.Equal((decimal)self, split.SelfPaid);
    }

    [Fact]
    public void Visits_are_priced_by_the_minute_and_rounded_to_the_fen()
    {
        Assert.Equal(60m, HomeCareRules.Price(40m, 90));
        Assert.Equal(11.67m, HomeCareRules.Price(35m, 20));
    }

    [Fact]
    public void Back_to_back_visits_do_not_overlap_but_nested_ones_do()
    {
        Assert.False(HomeCareRules.Overlaps(new TimeOnly(9, 0), 60, new TimeOnly(10, 0), 30));
        Assert.True(HomeCareRules.Overlaps(new TimeOnly(9, 0), 120, new TimeOnly(10, 0), 15));
        Assert.True(HomeCareRules.Overlaps(new TimeOnly(10, 0), 15, new TimeOnly(9, 0), 120));
    }
}
