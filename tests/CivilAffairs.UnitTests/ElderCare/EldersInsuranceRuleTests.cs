using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Features.Insurance;

namespace CivilAffairs.UnitTests.ElderCare;

public sealed class EldersInsuranceRuleTests
{
    private static readonly DateOnly SchemeStart = new(2017, 1, 1);

    private static ElderInfo Person(DateOnly birth, bool hukou = true) =>
        new(Guid.NewGuid(), "440304" + birth.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "1234", "测试", true, birth, "440304004",
            hukou, hukou ? "440304" : "360102", null, 1, null);

    [Theory]
    [InlineData("1960-02-29", 60, "2020-02-29")] // leap year to leap year
    [InlineData("1960-02-29", 61, "2021-03-01")] // common year: 1 March
    [InlineData("2040-02-29", 60, "2100-03-01")] // 2100 is not a leap year
    [InlineData("1958-11-28", 60, "2018-11-28")]
    public void The_birthday_is_reached_on_the_day_or_on_1_March(string birth, int years, string reached) =>
        Assert.Equal(DateOnly.Parse(reached, System.Globalization.CultureInfo.InvariantCulture),
            ElderInfo.Reaches(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), years));

    [Fact]
    public void Someone_turning_60_today_is_enrolled_from_today_and_someone_turning_60_tomorrow_is_not()
    {
        var today = new DateOnly(2026, 11, 28);
        var today60 = Person(new DateOnly(1966, 11, 28));
        var tomorrow60 = Person(new DateOnly(1966, 11, 29));
        var plan = RosterRule.ToEnrol([today60, tomorrow60], new HashSet<Guid>(), today, 60, SchemeStart);
        var (person, from) = Assert.Single(plan);
        Assert.Equal(today60.PersonId, person.PersonId);
        Assert.Equal(today, from);
    }

    [Fact]
    public void A_29_February_birth_is_enrolled_on_1_March_when_the_enrolment_age_falls_in_a_common_year()
    {
        var leapling = Person(new DateOnly(1964, 2, 29));
        Assert.Empty(RosterRule.ToEnrol([leapling], new HashSet<Guid>(), new DateOnly(2025, 2, 28), 61, SchemeStart));
        var (_, from) = Assert.Single(RosterRule.ToEnrol([leapling], new HashSet<Guid>(), new DateOnly(2025, 3, 1), 61, SchemeStart));
        Assert.Equal(new DateOnly(2025, 3, 1), from);
        // 60 in 2024, a leap year: the day itself
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(RosterRule.ToEnrol([leapling], new HashSet<Guid>(), new DateOnly(2024, 2, 29), 60, SchemeStart)).CoveredFrom);
    }

    [Fact]
    public void Enrolment_is_idempotent_and_leaves_out_people_without_shenzhen_hukou()
    {
        var today = new DateOnly(2026, 11, 28);
        var people = new[] { Person(new DateOnly(1950, 5, 1)), Person(new DateOnly(1940, 1, 1)), Person(new DateOnly(1955, 3, 3), hukou: false) };
        var first = RosterRule.ToEnrol(people, new HashSet<Guid>(), today, 60, SchemeStart);
        Assert.Equal(2, first.Count);
        // people older than 60 when the scheme began are covered from its start
        Assert.All(first, x => Assert.Equal(SchemeStart, x.CoveredFrom));
        var onRoster = first.Select(x => x.Person.PersonId).ToHashSet();
        Assert.Empty(RosterRule.ToEnrol(people, onRoster, today, 60, SchemeStart));
    }
}
