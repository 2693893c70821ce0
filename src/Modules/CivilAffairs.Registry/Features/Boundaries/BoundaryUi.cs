namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>Badges and small formatting shared by the boundary pages.</summary>
internal static class BoundaryUi
{
    public static string MarkerBadge(string status) => "badge " + status switch
    {
        MarkerStatuses.Intact => "text-bg-success",
        MarkerStatuses.Damaged => "text-bg-danger",
        MarkerStatuses.Lost => "text-bg-dark",
        MarkerStatuses.Moved => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string StageBadge(string stage) => "badge " + stage switch
    {
        ProposalStages.Implemented => "text-bg-success",
        ProposalStages.Approved => "text-bg-primary",
        ProposalStages.Terminated => "text-bg-secondary",
        ProposalStages.Submitted => "text-bg-info",
        _ => "text-bg-warning",
    };

    public static string DisputeBadge(string status) => "badge " + status switch
    {
        DisputeStatuses.Settled => "text-bg-success",
        DisputeStatuses.Escalated => "text-bg-info",
        _ => "text-bg-warning",
    };

    public static string RiskBadge(string level) => "badge " + level switch
    {
        "高" => "text-bg-danger",
        "中" => "text-bg-warning",
        _ => "text-bg-secondary",
    };

    public static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd") ?? "—";

    /// <summary>Lines of "a,b,c" (comma or Chinese comma) from a textarea.</summary>
    public static IEnumerable<string[]> Rows(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.Split([',', '，'], StringSplitOptions.TrimEntries));

    /// <summary>The API request a page's form stands for (the form models must stay plain input classes).</summary>
    public static ProposalCreateRequest ToRequest(this ProposalForm f) => new()
    {
        Kind = f.Kind, Title = f.Title, Proposer = f.Proposer, Reasons = f.Reasons, StartedOn = f.StartedOn,
        Divisions = [.. Rows(f.DivisionLines).Select(x => new ProposalDivisionInput
        {
            Code = x.ElementAtOrDefault(0), NewName = x.ElementAtOrDefault(1), NewCode = x.ElementAtOrDefault(2), NewParentCode = x.ElementAtOrDefault(3),
        })],
    };

    public static EvaluationCreateRequest ToRequest(this EvaluationForm f) => new()
    {
        Title = f.Title, ChangeSummary = f.ChangeSummary, ChangeDate = f.ChangeDate, DivisionCodes = f.DivisionCodes, EvaluatedOn = f.EvaluatedOn, Evaluator = f.Evaluator,
        Findings = f.Findings, Conclusion = f.Conclusion,
        Indicators = [.. Rows(f.IndicatorLines).Select(x => new EvaluationIndicatorInput
        {
            Name = x.ElementAtOrDefault(0), Before = x.ElementAtOrDefault(1), After = x.ElementAtOrDefault(2), Unit = x.ElementAtOrDefault(3),
        })],
    };
}

/// <summary>Form models of the pages: a textarea stands for the list the API takes.</summary>
public sealed class ProposalForm
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Proposer { get; set; }

    public string? Reasons { get; set; }

    public DateOnly? StartedOn { get; set; }

    /// <summary>One per line: 代码,新名称,新代码,新上级代码.</summary>
    public string? DivisionLines { get; set; }
}

public sealed class EvaluationForm
{
    public string? Title { get; set; }

    public string? ChangeSummary { get; set; }

    public DateOnly? ChangeDate { get; set; }

    public string? DivisionCodes { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string? Evaluator { get; set; }

    public string? Findings { get; set; }

    public string? Conclusion { get; set; }

    /// <summary>One per line: 指标,调整前,调整后,单位.</summary>
    public string? IndicatorLines { get; set; }
}

public sealed class FindingForm
{
    public Guid InspectionId { get; set; }

    public string? MarkerNumber { get; set; }

    public string? FoundStatus { get; set; }

    public string? Note { get; set; }
}

public sealed class RepairForm
{
    public Guid InspectionId { get; set; }

    public string? MarkerNumber { get; set; }

    public string? Action { get; set; }

    public decimal? Cost { get; set; }

    public DateOnly? DoneOn { get; set; }
}
