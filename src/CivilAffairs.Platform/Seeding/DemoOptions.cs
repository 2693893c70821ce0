using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Platform.Seeding;

/// <summary>
/// The demo year (Demo:Year, default 2018: the year of the seed's work summary) that the modules'
/// volume generators fill with a year of activity, and its volume (Demo:Volume=light: one tenth, for
/// test fixtures that seed the demo many times a run).
/// </summary>
public sealed class DemoOptions
{
    public const int DefaultYear = 2018;

    /// <summary>The earliest year a demo can tell: the platform's reference data (division codes, standards) start there.</summary>
    public const int FirstYear = 2005;

    public int Year { get; init; } = DefaultYear;

    public bool Light { get; init; }

    /// <summary>A full-year count at the chosen volume (at least one).</summary>
    public int Scale(int full) => Light ? Math.Max(1, (int)Math.Round(full / 10.0)) : full;

    public static DemoOptions From(IConfiguration configuration) => new()
    {
        Year = configuration.GetValue("Demo:Year", DefaultYear),
        Light = string.Equals(configuration["Demo:Volume"], "light", StringComparison.OrdinalIgnoreCase),
    };
}
