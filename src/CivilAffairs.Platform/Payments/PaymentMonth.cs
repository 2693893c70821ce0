using System.Globalization;

namespace CivilAffairs.Platform.Payments;

/// <summary>The month a benefit is paid for, as the first day of that month.</summary>
public static class PaymentMonth
{
    /// <summary>"2018-07" or "2018-07-15" → 2018-07-01; null for anything else (or a year outside 2000–2100).</summary>
    public static DateOnly? Parse(string? s)
    {
        s = s?.Trim();
        if (string.IsNullOrEmpty(s))
        {
            return null;
        }
        if (DateOnly.TryParseExact(s, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            || DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
        {
            return d.Year is >= 2000 and <= 2100 ? First(d) : null;
        }
        return null;
    }

    public static DateOnly First(DateOnly d) => new(d.Year, d.Month, 1);

    public static string Format(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
