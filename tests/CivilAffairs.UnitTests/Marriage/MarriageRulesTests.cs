using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.UnitTests.Marriage;

/// <summary>Marriage and divorce rules with the dates of the law: 婚姻法 (2018) and 民法典 (from 2021-01-01).</summary>
public sealed class MarriageRulesTests
{
    // 2018: no cooling-off; from 2021-01-01: 30 days, then 30 days to collect the certificate
    private static readonly MarriagePolicy Policy2018 = new(22, 20, 0, 0);
    private static readonly MarriagePolicy Policy2021 = new(22, 20, 30, 30);
    private static readonly HashSet<string> Futian = ["440304"];

    private static Party Man(DateOnly birth, string hukou = "440304") =>
        new(Parse(IdNumber.Create("440304", birth, 13)), hukou);

    private static Party Woman(DateOnly birth, string hukou = "440304") =>
        new(Parse(IdNumber.Create("440305", birth, 24)), hukou);

    private static IdNumberInfo Parse(string id)
    {
        Assert.True(IdNumber.TryParse(id, new DateOnly(2030, 1, 1), null, out var info, out var error), error);
        return info!;
    }

    [Fact]
    public void A_man_may_marry_on_his_22nd_birthday_but_not_the_day_before()
    {
        var man = Man(new DateOnly(1996, 5, 20));
        var woman = Woman(new DateOnly(1997, 1, 1));
        Assert.Empty(MarriageRules.MarriageRefusals(man, woman, new DateOnly(2018, 5, 20), Policy2018, Futian));
        var refused = MarriageRules.MarriageRefusals(man, woman, new DateOnly(2018, 5, 19), Policy2018, Futian);
        Assert.Equal(["男方在登记日（2018-05-19）未满22周岁，不符合法定结婚年龄（《民法典》第一千零四十七条）"], refused);
    }

    [Fact]
    public void A_woman_must_be_20_on_the_registration_date()
    {
        var man = Man(new DateOnly(1990, 1, 1));
        var refused = MarriageRules.MarriageRefusals(man, Woman(new DateOnly(1998, 8, 18)), new DateOnly(2018, 8, 17), Policy2018, Futian);
        Assert.Single(refused);
        Assert.Contains("女方", refused[0], StringComparison.Ordinal);
        Assert.Empty(MarriageRules.MarriageRefusals(man, Woman(new DateOnly(1998, 8, 17)), new DateOnly(2018, 8, 17), Policy2018, Futian));
    }

    [Fact]
    public void Two_men_or_the_same_person_twice_are_refused()
    {
        var a = Man(new DateOnly(1990, 1, 1));
        var b = new Party(Parse(IdNumber.Create("440303", new DateOnly(1991, 2, 2), 15)), "440304");
        Assert.Contains(MarriageRules.MarriageRefusals(a, b, new DateOnly(2018, 6, 1), Policy2018, Futian), r => r.Contains("男女双方", StringComparison.Ordinal));
        Assert.Equal(["双方身份证号码相同，请核对"], MarriageRules.MarriageRefusals(a, a, new DateOnly(2018, 6, 1), Policy2018, Futian));
    }

    [Fact]
    public void The_registry_must_serve_the_hukou_district_of_at_least_one_party()
    {
        var man = Man(new DateOnly(1990, 1, 1), hukou: "440305");
        Assert.Empty(MarriageRules.MarriageRefusals(man, Woman(new DateOnly(1992, 1, 1), hukou: "440304"), new DateOnly(2018, 6, 1), Policy2018, Futian));
        var refused = MarriageRules.MarriageRefusals(man, Woman(new DateOnly(1992, 1, 1), hukou: "440306"), new DateOnly(2018, 6, 1), Policy2018, Futian);
        Assert.Contains(refused, r => r.Contains("第四条", StringComparison.Ordinal));
    }

    [Fact]
    public void A_divorce_is_registered_on_the_day_in_2018_but_waits_30_days_from_2021()
    {
        Assert.Equal((new DateOnly(2018, 3, 5), (DateOnly?)null), MarriageRules.DivorceTimeline(new DateOnly(2018, 3, 5), Policy2018));
        // applied Mon 2021-01-04: the 30 days run 01-05 … 02-03; come from 02-04, at the latest 03-05
        var (earliest, lapses) = MarriageRules.DivorceTimeline(new DateOnly(2021, 1, 4), Policy2021);
        Assert.Equal(new DateOnly(2021, 2, 4), earliest);
        Assert.Equal(new DateOnly(2021, 3, 5), lapses);
    }

    [Theory]
    [InlineData("2026-11-27 08:29", "2026-12-12", false)] // the 15th day opens at 08:30
    [InlineData("2026-11-27 08:30", "2026-12-12", true)]
    [InlineData("2026-11-27 08:29", "2026-12-11", true)]
    [InlineData("2026-11-27 20:00", "2026-12-13", false)]
    [InlineData("2026-11-27 10:00", "2026-11-27", false)] // at least one day ahead
    [InlineData("2026-11-27 10:00", "2026-11-28", true)]
    public void Slots_open_on_a_rolling_window_released_at_half_past_eight(string now, string day, bool open)
    {
        var policy = new BookingPolicy(1, 15, new TimeOnly(8, 30));
        var refusal = MarriageRules.BookingWindowRefusal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            DateTime.Parse(now, System.Globalization.CultureInfo.InvariantCulture), policy);
        Assert.Equal(open, refusal is null);
    }

    [Fact]
    public void From_10_May_2025_any_office_registers_a_couple_whatever_their_hukou()
    {
        // 《婚姻登记条例》 revised by 国务院令第804号: 全国通办 from 2025-05-10
        var policy2025 = Policy2021 with { AnyOffice = true };
        var man = Man(new DateOnly(1990, 1, 1), hukou: "110101");
        var woman = Woman(new DateOnly(1992, 1, 1), hukou: "510104");
        Assert.Contains(MarriageRules.MarriageRefusals(man, woman, new DateOnly(2025, 5, 9), Policy2021, Futian), r => r.Contains("户籍", StringComparison.Ordinal));
        Assert.Empty(MarriageRules.MarriageRefusals(man, woman, new DateOnly(2025, 5, 10), policy2025, Futian));
    }
}
