using Microsoft.Extensions.Configuration;

namespace CivilAffairs.Reporting.Features.Shared;

/// <summary>Technical settings of the statistics (not rules: no legal basis, so configuration rather than parameters).</summary>
internal sealed class ReportingOptions
{
    /// <summary>Records are entered late: an incremental refresh recomputes this many months before the last one refreshed.</summary>
    public int LateMonths { get; init; } = 3;

    /// <summary>No monthly figures before January of this year (stock metrics would otherwise start with the oldest division).</summary>
    public int FirstYear { get; init; } = 2010;

    /// <summary>The deployment's city: rows a view leaves without a place count for the whole city.</summary>
    public string CityCode { get; init; } = "4403";

    /// <summary>Minutes between incremental refreshes in the background; 0 turns them off (tests refresh explicitly).</summary>
    public int RefreshMinutes { get; init; } = 10;

    public static ReportingOptions From(IConfiguration c) => new()
    {
        LateMonths = c.GetValue("Reporting:LateMonths", 3),
        FirstYear = c.GetValue("Reporting:FirstYear", 2010),
        CityCode = c.GetValue("Reporting:CityCode", "4403")!,
        RefreshMinutes = c.GetValue("Reporting:RefreshMinutes", 10),
    };
}
