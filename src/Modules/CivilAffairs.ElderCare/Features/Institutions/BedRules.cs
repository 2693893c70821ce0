using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>A stay as the arithmetic needs it: bed type, first night, the day of leaving (not counted).</summary>
internal sealed record Stay(BedType BedType, DateOnly AdmittedOn, DateOnly? DischargedOn);

/// <summary>One bed type's line of an operating-subsidy calculation.</summary>
internal sealed record OperatingLine(BedType BedType, int BedDays, decimal MonthlyRate, int DaysInMonth, decimal Amount);

/// <summary>
/// Pure bed arithmetic. Capacity on a day is the sum of the bed changes up to that day. A stay
/// occupies a bed from the day of admission up to, not including, the day of discharge (the
/// usual bed-day count: admitted and discharged the same day counts one day). The operating
/// subsidy is prorated by bed-days: monthly rate × bed-days ÷ days in the month, per bed type,
/// rounded to the fen.
/// </summary>
internal static class BedRules
{
    public static int Capacity(IEnumerable<(BedType Type, int Delta, DateOnly On)> changes, BedType type, DateOnly day) =>
        changes.Where(c => c.Type == type && c.On <= day).Sum(c => c.Delta);

    public static bool Occupies(Stay s, DateOnly day) => s.AdmittedOn <= day && (s.DischargedOn is not { } d || d > day);

    /// <summary>Free beds of a type on a day (never below zero, even if capacity was cut under the residents).</summary>
    public static int Free(int capacity, int occupied) => Math.Max(0, capacity - occupied);

    /// <summary>Bed-days of one stay within [from, to] (inclusive).</summary>
    public static int BedDays(Stay s, DateOnly from, DateOnly to)
    {
        var start = s.AdmittedOn > from ? s.AdmittedOn : from;
        // the day of discharge is not a bed-day, except for a same-day stay, which counts one
        var lastNight = s.DischargedOn is { } d ? (d == s.AdmittedOn ? d : d.AddDays(-1)) : to;
        var end = lastNight < to ? lastNight : to;
        return end < start ? 0 : end.DayNumber - start.DayNumber + 1;
    }

    /// <summary>The operating subsidy of one month: per bed type, rate × bed-days ÷ days in the month.</summary>
    public static IReadOnlyList<OperatingLine> Operating(IEnumerable<Stay> stays, DateOnly month, IReadOnlyDictionary<BedType, decimal> monthlyRates)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var last = first.AddDays(days - 1);
        var list = stays.ToList();
        return InstitutionNames.BedTypes
            .Select(t =>
            {
                var bedDays = list.Where(s => s.BedType == t).Sum(s => BedDays(s, first, last));
                var rate = monthlyRates.GetValueOrDefault(t);
                return new OperatingLine(t, bedDays, rate, days, Math.Round(rate * bedDays / days, 2, MidpointRounding.AwayFromZero));
            })
            .Where(l => l.BedDays > 0)
            .ToList();
    }
}
