using System.Globalization;

namespace CivilAffairs.Reporting.Features.Metrics;

/// <summary>A run of whole months, yyyymm to yyyymm inclusive: a year, a quarter, a month.</summary>
internal sealed record Period(int From, int To)
{
    public static Period Year(int year) => new(year * 100 + 1, year * 100 + 12);

    public static Period Quarter(int year, int quarter) => new(year * 100 + quarter * 3 - 2, year * 100 + quarter * 3);

    public static Period Month(int year, int month) => new(year * 100 + month, year * 100 + month);

    /// <summary>The same months one year earlier (同期).</summary>
    public Period PreviousYear() => new(From - 100, To - 100);

    public int Months => (To / 100 - From / 100) * 12 + To % 100 - From % 100 + 1;

    /// <summary>2018年, 2018年第3季度, 2018年3月, 2018年1–6月.</summary>
    public string Label =>
        From % 100 == 1 && To == From + 11 ? $"{From / 100}年"
        : From == To ? $"{From / 100}年{From % 100}月"
        : From / 100 == To / 100 && Months == 3 && From % 100 % 3 == 1 ? $"{From / 100}年第{(From % 100 + 2) / 3}季度"
        : $"{From / 100}年{From % 100}月–{(From / 100 == To / 100 ? "" : $"{To / 100}年")}{To % 100}月";

    public IEnumerable<int> EachMonth()
    {
        for (var p = From; p <= To; p = Facts.Months.Add(p, 1))
        {
            yield return p;
        }
    }

    /// <summary>"2018", "2018Q3", "2018-03" or "2018-01..2018-06".</summary>
    public static bool TryParse(string? s, out Period period)
    {
        period = Year(2018);
        if (string.IsNullOrWhiteSpace(s))
        {
            return false;
        }
        s = s.Trim();
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
        {
            period = Year(y);
            return true;
        }
        if (s.Length == 6 && s[4] is 'Q' or 'q' && int.TryParse(s[..4], NumberStyles.None, CultureInfo.InvariantCulture, out y) && s[5] is >= '1' and <= '4')
        {
            period = Quarter(y, s[5] - '0');
            return true;
        }
        if (s.Length == 7 && s[4] == '-' && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            period = Month(d.Year, d.Month);
            return true;
        }
        var parts = s.Split("..");
        if (parts.Length == 2 && TryParse(parts[0], out var a) && TryParse(parts[1], out var b) && a.From <= b.To)
        {
            period = new(a.From, b.To);
            return true;
        }
        return false;
    }

    public override string ToString() => Label;
}
