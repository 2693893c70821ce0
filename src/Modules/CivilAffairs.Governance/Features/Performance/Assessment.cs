namespace CivilAffairs.Governance.Features.Performance;

/// <summary>An indicator of the staff assessment (e.g. 政治素质, 工作实绩) with its weight and scoring rule.</summary>
internal sealed class Indicator
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public decimal Weight { get; set; }

    public string ScoringRule { get; set; } = "";

    public bool Active { get; set; } = true;
}

internal enum PeriodStatus
{
    Open,
    Finalized,
}

/// <summary>An assessment period: a year or a quarter.</summary>
internal sealed class AssessmentPeriod
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Year { get; set; }

    public int? Quarter { get; set; }

    public PeriodStatus Status { get; set; }

    public DateOnly? FinalizedOn { get; set; }

    public string? FinalizedBy { get; set; }

    /// <summary>The grade bands and 优秀 cap used at finalization, with their basis.</summary>
    public string? RulesUsed { get; set; }

    public int Version { get; set; }
}

internal enum AssessmentStatus
{
    Pending,
    SelfAssessed,
    Reviewed,
    Final,
}

internal enum Grade
{
    Excellent,
    Good,
    Pass,
    Fail,
}

/// <summary>One staff member's assessment in a period; the staff member is an account (user name, display name; no ID numbers).</summary>
internal sealed class Assessment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PeriodId { get; set; }

    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    /// <summary>The staff member's jurisdiction: a district sees its own staff's assessments.</summary>
    public string DivisionCode { get; set; } = "";

    public decimal? SelfScore { get; set; }

    public string? SelfNote { get; set; }

    public string? ReviewerUserName { get; set; }

    public decimal? ReviewerScore { get; set; }

    public string? ReviewNote { get; set; }

    public decimal? FinalScore { get; set; }

    public Grade? Grade { get; set; }

    public AssessmentStatus Status { get; set; }

    public int Version { get; set; }

    public List<AssessmentScore> Scores { get; set; } = [];
}

internal sealed class AssessmentScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid AssessmentId { get; set; }

    public Guid IndicatorId { get; set; }

    public decimal? Self { get; set; }

    public decimal? Review { get; set; }
}

/// <summary>Grade bands (parameters) and the cap on the share of 优秀.</summary>
internal sealed record GradeBands(decimal ExcellentMin, decimal GoodMin, decimal PassMin, decimal ExcellentCap);

internal static class PerformanceRules
{
    /// <summary>Weighted average of the scores (0–100) over the weights of the scored indicators.</summary>
    public static decimal Weighted(IEnumerable<(decimal Weight, decimal Score)> scores)
    {
        var list = scores.ToList();
        var weights = list.Sum(s => s.Weight);
        return weights == 0 ? 0 : Math.Round(list.Sum(s => s.Weight * s.Score) / weights, 1, MidpointRounding.AwayFromZero);
    }

    public static Grade GradeOf(decimal score, GradeBands b) =>
        score >= b.ExcellentMin ? Grade.Excellent : score >= b.GoodMin ? Grade.Good : score >= b.PassMin ? Grade.Pass : Grade.Fail;

    /// <summary>Share of 优秀 above the cap (e.g. 3 of 10 with a cap of 0.2).</summary>
    public static bool ExcellentCapExceeded(int excellent, int total, decimal cap) => total > 0 && excellent > total * cap;

    /// <summary>The most 优秀 the cap allows for a number assessed.</summary>
    public static int ExcellentAllowed(int total, decimal cap) => (int)Math.Floor(total * cap);

    public static string GradeName(Grade g) => g switch
    {
        Grade.Excellent => "优秀",
        Grade.Good => "良好",
        Grade.Pass => "合格",
        _ => "不合格",
    };

    public static string PeriodName(int year, int? quarter) => quarter is { } q ? $"{year}年第{q}季度" : $"{year}年度";
}
