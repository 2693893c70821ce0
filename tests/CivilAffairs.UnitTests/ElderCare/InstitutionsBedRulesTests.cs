using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Institutions;

namespace CivilAffairs.UnitTests.ElderCare;

public sealed class InstitutionsBedRulesTests
{
    private static readonly Dictionary<BedType, decimal> Rates = new() { [BedType.SelfCare] = 200m, [BedType.Nursing] = 300m, [BedType.MemoryCare] = 350m };

    [Fact]
    public void A_resident_the_whole_month_earns_the_full_monthly_rate()
    {
        var lines = BedRules.Operating([new Stay(BedType.Nursing, new(2018, 1, 5), null)], new DateOnly(2018, 4, 1), Rates);
        var line = Assert.Single(lines);
        Assert.Equal(30, line.BedDays);
        Assert.Equal(300m, line.Amount);
    }

    [Fact]
    public void Part_months_are_prorated_by_bed_days_and_the_day_of_leaving_is_not_a_bed_day()
    {
        Stay[] stays =
        [
            // admitted on the 21st of a 30-day month: 10 bed-days
            new(BedType.Nursing, new(2018, 6, 21), null),
            // left on the 11th: nights of the 1st to the 10th, 10 bed-days
            new(BedType.Nursing, new(2018, 5, 1), new(2018, 6, 11)),
            // left before the month: nothing
            new(BedType.SelfCare, new(2018, 1, 1), new(2018, 5, 31)),
            // in and out the same day: one bed-day
            new(BedType.MemoryCare, new(2018, 6, 15), new(2018, 6, 15)),
        ];
        var lines = BedRules.Operating(stays, new DateOnly(2018, 6, 1), Rates);
        Assert.Equal(2, lines.Count);
        Assert.Equal(20, lines.Single(l => l.BedType == BedType.Nursing).BedDays);
        Assert.Equal(200m, lines.Single(l => l.BedType == BedType.Nursing).Amount);
        // 350 × 1 ÷ 30 = 11.666… → 11.67
        Assert.Equal(11.67m, lines.Single(l => l.BedType == BedType.MemoryCare).Amount);
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days()
    {
        var line = Assert.Single(BedRules.Operating([new Stay(BedType.SelfCare, new(2020, 2, 15), null)], new DateOnly(2020, 2, 10), Rates));
        Assert.Equal(15, line.BedDays);
        Assert.Equal(29, line.DaysInMonth);
        Assert.Equal(103.45m, line.Amount);
    }

    [Fact]
    public void Capacity_is_the_sum_of_changes_up_to_the_day_and_free_beds_never_go_negative()
    {
        (BedType, int, DateOnly)[] changes = [(BedType.Nursing, 50, new(2012, 5, 1)), (BedType.Nursing, 20, new(2018, 6, 1)), (BedType.Nursing, -5, new(2019, 1, 1)),
            (BedType.SelfCare, 40, new(2012, 5, 1))];
        Assert.Equal(50, BedRules.Capacity(changes, BedType.Nursing, new(2018, 5, 31)));
        Assert.Equal(70, BedRules.Capacity(changes, BedType.Nursing, new(2018, 6, 1)));
        Assert.Equal(65, BedRules.Capacity(changes, BedType.Nursing, new(2019, 6, 1)));
        Assert.Equal(0, BedRules.Capacity(changes, BedType.MemoryCare, new(2019, 6, 1)));
        Assert.Equal(1, BedRules.Free(65, 64));
        Assert.Equal(0, BedRules.Free(65, 65));
        Assert.Equal(0, BedRules.Free(60, 65));
    }

    [Fact]
    public void A_stay_occupies_its_bed_until_the_day_of_discharge()
    {
        var s = new Stay(BedType.Nursing, new(2018, 6, 1), new(2018, 6, 10));
        Assert.False(BedRules.Occupies(s, new(2018, 5, 31)));
        Assert.True(BedRules.Occupies(s, new(2018, 6, 9)));
        Assert.False(BedRules.Occupies(s, new(2018, 6, 10)));
    }

    [Theory]
    [InlineData("YL440304001", InstitutionKind.NursingHome, "440304004", true)]
    [InlineData("RZ440305001", InstitutionKind.DayCareCenter, "440305001", true)]
    [InlineData("YL440305001", InstitutionKind.NursingHome, "440304004", false)]
    [InlineData("ZC440304001", InstitutionKind.NursingHome, "440304004", false)]
    [InlineData("YL44030401", InstitutionKind.NursingHome, "440304004", false)]
    public void Institution_codes_carry_the_kind_and_the_district(string code, InstitutionKind kind, string division, bool ok) =>
        Assert.Equal(ok, InstitutionRules.CheckCode(code, kind, division) is null);

    [Fact]
    public void Credit_codes_are_checked_with_the_GB_32100_check_character()
    {
        var valid = InstitutionRules.WithCreditCheck("91440300MA5ABCDE1");
        Assert.Equal("91440300MA5ABCDE1H", valid);
        Assert.True(InstitutionRules.IsValidCreditCode(valid));
        Assert.False(InstitutionRules.IsValidCreditCode("91440300MA5ABCDE1X"));
        Assert.False(InstitutionRules.IsValidCreditCode("91440300MA5ABCDEI1"));
        Assert.False(InstitutionRules.IsValidCreditCode("9144030"));
    }
}
