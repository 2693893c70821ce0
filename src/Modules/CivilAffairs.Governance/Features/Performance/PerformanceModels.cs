namespace CivilAffairs.Governance.Features.Performance;

public sealed class IndicatorRequest
{
    public string? Name { get; set; }

    public decimal? Weight { get; set; }

    public string? ScoringRule { get; set; }
}

public sealed class PeriodRequest
{
    public int? Year { get; set; }

    /// <summary>1–4 for a quarter; empty for the year.</summary>
    public int? Quarter { get; set; }
}

public sealed class EnrolRequest
{
    public string? UserName { get; set; }
}

/// <summary>Scores per indicator (0–100) and a note.</summary>
public sealed class ScoreRequest
{
    public Dictionary<Guid, decimal?> Scores { get; set; } = [];

    public string? Note { get; set; }
}

public sealed record IndicatorView(Guid Id, string Name, decimal Weight, string ScoringRule, bool Active);

public sealed record PeriodView(Guid Id, string Name, int Year, int? Quarter, string Status, string StatusName, DateOnly? FinalizedOn, string? RulesUsed,
    int Assessed, int Reviewed);

public sealed record IndicatorScore(Guid IndicatorId, string Indicator, decimal Weight, decimal? Self, decimal? Review);

public sealed record AssessmentView(Guid Id, string UserName, string DisplayName, string DivisionCode, decimal? SelfScore, string? SelfNote,
    string? ReviewerUserName, decimal? ReviewerScore, string? ReviewNote, decimal? FinalScore, string? Grade, string? GradeName, string Status,
    string StatusName, IReadOnlyList<IndicatorScore> Scores);

public sealed record PeriodDetail(PeriodView Period, IReadOnlyList<AssessmentView> Assessments, IReadOnlyDictionary<string, int> GradeCounts,
    int ExcellentAllowed, IReadOnlyList<string> RulesNow);
