using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Payments;

namespace CivilAffairs.UnitTests.Assistance;

/// <summary>A payment line's frozen household and parameters give back its amount, whatever changes later.</summary>
public sealed class PaymentSnapshotTests
{
    private static readonly DateOnly March2020 = new(2020, 3, 1);

    private static ParameterSet Set(string standard) => new()
    {
        Month = March2020, Signature = "4403",
        Values =
        [
            new("assistance.mlg.standard", standard, new DateOnly(2020, 1, 1), "深府〔2019〕", "4403"),
            new("assistance.assets.financial_months", "24", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.assets.max_residential_units", "1", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.assets.max_non_residential_units", "0", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.assets.max_vehicles", "0", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.assets.max_business_registrations", "0", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.income.excluded_kinds", "one_child_award,social_assistance", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.addon.elderly_pct", "10", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.addon.minor_pct", "10", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.addon.severe_disability_pct", "20", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.addon.serious_illness_pct", "20", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.addon.student_pct", "10", new DateOnly(2015, 1, 1), "x", "4403"),
            new("assistance.elderly_age", "60", new DateOnly(2015, 1, 1), "x", "4403"),
        ],
    };

    private static (Enrolment, List<EnrolmentMember>) Household()
    {
        var e = new Enrolment { Programme = Programme.Mlg, EnrolFrom = new DateOnly(2020, 1, 1) };
        var members = new List<EnrolmentMember>
        {
            new() { Relation = "02", BirthDate = new DateOnly(1980, 3, 2), MonthlyIncome = 500, ShenzhenHukou = true },
            // itemised: the one-child award is not counted, so 300 counts, not 400
            new() { Relation = "10", BirthDate = new DateOnly(1981, 1, 1), MonthlyIncome = 400, ShenzhenHukou = true,
                IncomeItemsJson = "[{\"kind\":\"wage\",\"amount\":300},{\"kind\":\"one_child_award\",\"amount\":100}]" },
            new() { Relation = "20", BirthDate = new DateOnly(2012, 1, 1), ShenzhenHukou = true },
            new() { Relation = "30", BirthDate = new DateOnly(1950, 1, 1), ShenzhenHukou = true, LeftFrom = March2020 },
        };
        return (e, members);
    }

    [Fact]
    public void A_member_who_left_by_the_month_is_not_counted_and_ages_are_taken_on_the_first_of_the_month()
    {
        var (e, members) = Household();
        var s = HouseholdSnapshot.Of(e, members, March2020);
        Assert.Equal(3, s.Members.Count);
        Assert.Equal(39, s.Members[0].Age); // born 1980-03-02: still 39 on 2020-03-01
        Assert.Equal(4, HouseholdSnapshot.Of(e, members, new DateOnly(2020, 2, 1)).Members.Count);
    }

    [Fact]
    public void The_snapshot_round_trips_through_json_and_gives_the_worked_amount()
    {
        var (e, members) = Household();
        var s = HouseholdSnapshot.Of(e, members, March2020);
        var policy = Set("1250").PolicyFor(Programme.Mlg);
        // (1250 × 3 − (500 + 300)) = 2950, plus the child's 10 % add-on 125 = 3075
        Assert.Equal(3075m, s.Calculate(policy).MonthlyBenefit);
        var back = HouseholdSnapshot.FromJson(s.ToJson());
        Assert.Equal(3075m, back.Calculate(policy).MonthlyBenefit);
        // a later standard does not change what the frozen set gives
        Assert.Equal(3075m + 150m + 5m, back.Calculate(Set("1300").PolicyFor(Programme.Mlg)).MonthlyBenefit);
    }

    [Fact]
    public void A_line_reproduces_from_its_run_and_a_tampered_amount_does_not()
    {
        var (e, members) = Household();
        var s = HouseholdSnapshot.Of(e, members, March2020);
        var run = new PaymentRun { Kind = PaymentRunKind.Regular, ParametersJson = ParameterSet.ListToJson([Set("1250")]) };
        var line = new PaymentLine { Kind = PaymentRunKind.Regular, Amount = 3075m, InputsJson = s.ToJson() };
        Assert.True(PaymentQueries.Reproduce(line, run).Matches);
        line.Amount = 3076m;
        Assert.False(PaymentQueries.Reproduce(line, run).Matches);
    }

    [Theory]
    [InlineData("2020-03", 2020, 3)]
    [InlineData("2020-03-17", 2020, 3)]
    public void Months_are_the_first_day(string text, int year, int month) =>
        Assert.Equal(new DateOnly(year, month, 1), PaymentRuns.ParseMonth(text));

    [Theory]
    [InlineData("")]
    [InlineData("2020-13")]
    [InlineData("1999-01")]
    public void Bad_months_are_refused(string text) => Assert.Null(PaymentRuns.ParseMonth(text));
}
