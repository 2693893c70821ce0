namespace CivilAffairs.ElderCare.Features.Reports;

public sealed class ReportRequest
{
    /// <summary>A whole year (used when From/To are absent).</summary>
    public int? Year { get; set; }

    /// <summary>First month, yyyy-MM.</summary>
    public string? From { get; set; }

    /// <summary>Last month, yyyy-MM.</summary>
    public string? To { get; set; }

    /// <summary>District or street code within the caller's jurisdiction.</summary>
    public string? Division { get; set; }
}

public sealed record District(string Code, string Name);

/// <summary>Elders in one district by age band (60–69, 70–79, 80–89, 90–99, 100+).</summary>
public sealed record ElderBandRow(string DistrictCode, string DistrictName, IReadOnlyList<int> Bands, int Total, int ShenzhenHukou);

/// <summary>One figure: the total (or the whole jurisdiction's value), the target when set, and its value per district.</summary>
public sealed record FigureRow(string Key, string Label, string Unit, decimal Total, decimal? Target, IReadOnlyDictionary<string, decimal> ByDistrict);

public sealed record ReportSection(string Area, IReadOnlyList<FigureRow> Rows);

public sealed record ElderCareReport(DateOnly From, DateOnly To, DateOnly AgesOn, string? Division, IReadOnlyList<District> Districts,
    IReadOnlyList<int> AgeBands, IReadOnlyList<ElderBandRow> Elders, IReadOnlyList<ReportSection> Sections);
