namespace CivilAffairs.Platform.Calendar;

/// <summary>
/// Working-day arithmetic over the official calendar: weekends are off unless they are make-up
/// working days; public holidays are off. Pure, so it is unit-tested without a database.
/// </summary>
public sealed class WorkingDays(IEnumerable<CalendarDay> days)
{
    private readonly Dictionary<DateOnly, CalendarDayKind> _days = days.ToDictionary(d => d.Date, d => d.Kind);

    public IReadOnlyList<CalendarDay> Days { get; } = days.ToList();

    public DateOnly? FirstCovered { get; } = days.Any() ? days.Min(d => d.Date) : null;

    public DateOnly? LastCovered { get; } = days.Any() ? days.Max(d => d.Date) : null;

    public bool IsWorkingDay(DateOnly date)
    {
        if (_days.TryGetValue(date, out var kind))
        {
            return kind == CalendarDayKind.Workday;
        }
        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>The date N working days after <paramref name="start"/> (the start day itself does not count).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var d = start;
        while (n > 0)
        {
            d = d.AddDays(1);
            if (IsWorkingDay(d))
            {
                n--;
            }
        }
        return d;
    }

    /// <summary>Working days in (from, to]: how many a case has used.</summary>
    public int CountBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
        {
            if (IsWorkingDay(d))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Whether the calendar has the year's official arrangement (published each November).</summary>
    public bool Covers(int year) => _days.Keys.Any(d => d.Year == year);
}
