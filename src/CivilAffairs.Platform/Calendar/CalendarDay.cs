namespace CivilAffairs.Platform.Calendar;

/// <summary>An official day: a public holiday, or a weekend day that is a make-up working day (调休上班).</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; set; }

    public CalendarDayKind Kind { get; set; }

    public string Name { get; set; } = "";

    /// <summary>The State Council notice or file the day came from.</summary>
    public string Source { get; set; } = "";
}

public enum CalendarDayKind
{
    Holiday = 1,
    Workday = 2,
}
