namespace CivilAffairs.Registry.Features.Boundaries;

public sealed class ProposalDivisionInput
{
    public string? Code { get; set; }

    public string? NewName { get; set; }

    public string? NewCode { get; set; }

    public string? NewParentCode { get; set; }
}

public sealed class ProposalCreateRequest
{
    public string? Kind { get; set; }

    public string? Title { get; set; }

    public string? Proposer { get; set; }

    public string? Reasons { get; set; }

    public DateOnly? StartedOn { get; set; }

    public List<ProposalDivisionInput> Divisions { get; set; } = [];
}

public sealed class ProposalRiskRequest
{
    public string? Description { get; set; }

    public string? Level { get; set; }

    public string? Mitigation { get; set; }
}

public sealed class ProposalAdvanceRequest
{
    public string? Stage { get; set; }

    public DateOnly? Date { get; set; }

    public string? Note { get; set; }

    public string? ApprovalAuthority { get; set; }

    public string? ApprovalDocNo { get; set; }

    public DateOnly? ApprovalDate { get; set; }
}

public sealed class ProposalTerminateRequest
{
    public string? Reason { get; set; }

    public DateOnly? Date { get; set; }
}

public sealed class ProposalQuery
{
    public string? Stage { get; set; }

    public string? Kind { get; set; }

    public string? Q { get; set; }
}

public sealed record ProposalRow(Guid Id, string Number, string Kind, string Title, string Proposer, string Stage, DateOnly? StageDate,
    string Divisions, int RiskCount, int HighRisks, string? ApprovalDocNo);

public sealed record ProposalList(int Total, IReadOnlyDictionary<string, int> ByStage, IReadOnlyList<ProposalRow> Items);

public sealed record ProposalDivisionView(string Code, string Name, string? NewCode, string? NewName, string? NewParentCode);

public sealed record ProposalStageView(string Stage, DateOnly Date, string? Note, string RecordedBy);

public sealed record ProposalRiskView(Guid Id, string Description, string Level, string Mitigation);

public sealed record ProposalDetail(Guid Id, string Number, string Kind, string Title, string Proposer, string Reasons, string Stage, string? NextStage,
    string? ApprovalAuthority, string? ApprovalDocNo, DateOnly? ApprovalDate, DateOnly? ImplementedOn, string? TerminatedReason,
    IReadOnlyList<ProposalDivisionView> Divisions, IReadOnlyList<ProposalStageView> Stages, IReadOnlyList<ProposalRiskView> Risks,
    IReadOnlyList<string> AppliedChanges, bool RisksEditable, bool CanManage);

public sealed class EvaluationIndicatorInput
{
    public string? Name { get; set; }

    public string? Before { get; set; }

    public string? After { get; set; }

    public string? Unit { get; set; }
}

public sealed class EvaluationCreateRequest
{
    public string? Title { get; set; }

    public string? ChangeSummary { get; set; }

    public DateOnly? ChangeDate { get; set; }

    public string? DivisionCodes { get; set; }

    public DateOnly? EvaluatedOn { get; set; }

    public string? Evaluator { get; set; }

    public string? Findings { get; set; }

    public string? Conclusion { get; set; }

    public List<EvaluationIndicatorInput> Indicators { get; set; } = [];
}

public sealed record EvaluationIndicatorView(string Name, string? Before, string? After, string? Unit);

public sealed record EvaluationView(Guid Id, string Title, string ChangeSummary, DateOnly ChangeDate, DateOnly EvaluatedOn, string Evaluator,
    string Findings, string Conclusion, IReadOnlyList<EvaluationIndicatorView> Indicators);
