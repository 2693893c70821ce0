using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Seeding;

namespace CivilAffairs.UnitTests.Platform.Calendar;

/// <summary>
/// Working-day arithmetic over the embedded official calendar (ReferenceData/cn-official-days.csv).
/// Every expected date below was checked against that file.
/// </summary>
public class WorkingDaysTests
{
    private static readonly WorkingDays Official = new(PlatformSeeder.ReadCalendar());

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_embedded_calendar_loads_holidays_and_make_up_working_days()
    {
        var days = PlatformSeeder.ReadCalendar().ToList();

        Assert.Contains(days, d => d.Date == D(2018, 10, 1) && d.Kind == CalendarDayKind.Holiday && d.Name == "国庆节");
        Assert.Contains(days, d => d.Date == D(2018, 9, 29) && d.Kind == CalendarDayKind.Workday);
        Assert.All(days, d => Assert.False(string.IsNullOrEmpty(d.Source)));
        Assert.Equal(days.Count, days.Select(d => d.Date).Distinct().Count());
    }

    [Fact]
    public void The_day_after_Friday_28_September_2018_is_the_make_up_Saturday()
    {
        Assert.Equal(DayOfWeek.Friday, D(2018, 9, 28).DayOfWeek);

        Assert.Equal(D(2018, 9, 29), Official.AddWorkingDays(D(2018, 9, 28), 1));
        Assert.True(Official.IsWorkingDay(D(2018, 9, 29)));
        Assert.True(Official.IsWorkingDay(D(2018, 9, 30)));
    }

    [Fact]
    public void Three_working_days_after_28_September_2018_skip_the_National_Day_week_to_8_October()
    {
        Assert.Equal(D(2018, 10, 8), Official.AddWorkingDays(D(2018, 9, 28), 3));
        for (var d = D(2018, 10, 1); d <= D(2018, 10, 7); d = d.AddDays(1))
        {
            Assert.False(Official.IsWorkingDay(d), $"{d} is a National Day holiday");
        }
    }

    [Fact]
    public void The_2019_Spring_Festival_works_the_weekend_before_and_rests_4_to_10_February()
    {
        Assert.Equal(DayOfWeek.Friday, D(2019, 2, 1).DayOfWeek);

        Assert.Equal(D(2019, 2, 2), Official.AddWorkingDays(D(2019, 2, 1), 1));
        Assert.Equal(D(2019, 2, 3), Official.AddWorkingDays(D(2019, 2, 1), 2));
        Assert.Equal(D(2019, 2, 11), Official.AddWorkingDays(D(2019, 2, 1), 3));
        Assert.False(Official.IsWorkingDay(D(2019, 2, 4)));
        Assert.False(Official.IsWorkingDay(D(2019, 2, 10)));
    }

    [Fact]
    public void An_ordinary_week_has_five_working_days_and_a_free_weekend()
    {
        var monday = D(2018, 11, 5);
        Assert.Equal(DayOfWeek.Monday, monday.DayOfWeek);

        Assert.Equal(D(2018, 11, 12), Official.AddWorkingDays(monday, 5));
        Assert.Equal(D(2018, 11, 12), Official.AddWorkingDays(D(2018, 11, 9), 1));
        Assert.False(Official.IsWorkingDay(D(2018, 11, 10)));
        Assert.False(Official.IsWorkingDay(D(2018, 11, 11)));
        Assert.Equal(5, Official.CountBetween(D(2018, 11, 4), D(2018, 11, 11)));
    }

    [Fact]
    public void Adding_zero_working_days_returns_the_start_even_on_a_holiday()
    {
        Assert.Equal(D(2018, 11, 7), Official.AddWorkingDays(D(2018, 11, 7), 0));
        Assert.Equal(D(2018, 10, 1), Official.AddWorkingDays(D(2018, 10, 1), 0));
    }

    [Fact]
    public void A_negative_number_of_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.AddWorkingDays(D(2018, 11, 7), -1));
    }

    [Fact]
    public void CountBetween_counts_the_working_days_a_case_has_used_excluding_the_start_day()
    {
        Assert.Equal(3, Official.CountBetween(D(2018, 9, 28), D(2018, 10, 8)));
        Assert.Equal(3, Official.CountBetween(D(2019, 2, 1), D(2019, 2, 11)));
        Assert.Equal(0, Official.CountBetween(D(2018, 10, 1), D(2018, 10, 1)));
        Assert.Equal(0, Official.CountBetween(D(2018, 10, 8), D(2018, 10, 1)));
    }

    [Theory]
    [InlineData(2018, 9, 28, 1)]
    [InlineData(2018, 9, 28, 10)]
    [InlineData(2019, 1, 25, 20)]
    [InlineData(2026, 9, 25, 15)]
    public void CountBetween_undoes_AddWorkingDays(int y, int m, int d, int n)
    {
        var start = D(y, m, d);

        Assert.Equal(n, Official.CountBetween(start, Official.AddWorkingDays(start, n)));
    }

    [Fact]
    public void The_calendar_covers_2026_but_not_2031()
    {
        Assert.True(Official.Covers(2018));
        Assert.True(Official.Covers(2026));
        Assert.False(Official.Covers(2031));
        Assert.Equal(2026, Official.LastCovered?.Year);
    }

    [Fact]
    public void Without_official_days_only_weekends_are_off()
    {
        var empty = new WorkingDays([]);

        Assert.Null(empty.FirstCovered);
        Assert.False(empty.Covers(2018));
        // 1 October 2018 was a Monday: without the calendar it would count as a working day
        Assert.Equal(D(2018, 10, 1), empty.AddWorkingDays(D(2018, 9, 28), 1));
    }
}
