namespace CivilAffairs.Governance.Features.Proposals;

public sealed class ProposalQuery
{
    public int? Year { get; set; }

    /// <summary>NpcSuggestion | CppccProposal.</summary>
    public string? Kind { get; set; }

    /// <summary>Received | Assigned | Replied | Evaluated.</summary>
    public string? Status { get; set; }

    public bool? Overdue { get; set; }

    /// <summary>Number, title or proposer.</summary>
    public string? Q { get; set; }
}

public sealed class ProposalRequest
{
    public string? Number { get; set; }

    public string? Kind { get; set; }

    public string? Session { get; set; }

    public string? Title { get; set; }

    public string? Proposers { get; set; }

    public string? Content { get; set; }

    public bool Key { get; set; }

    public DateOnly? ReceivedOn { get; set; }
}

public sealed class ProposalAssignRequest
{
    /// <summary>Division code of the lead unit (4403 city bureau, 440304 福田区民政局 …).</summary>
    public string? LeadUnitCode { get; set; }

    /// <summary>The department that drafts the reply, e.g. 养老服务处 (optional).</summary>
    public string? Department { get; set; }

    public string? CoUnits { get; set; }

    public DateOnly? AssignedOn { get; set; }
}

public sealed class ProposalReplyRequest
{
    public string? ReplyText { get; set; }

    public DateOnly? RepliedOn { get; set; }
}

public sealed class ProposalEvaluateRequest
{
    /// <summary>Satisfied | BasicallySatisfied | Unsatisfied.</summary>
    public string? Satisfaction { get; set; }

    public DateOnly? EvaluatedOn { get; set; }
}

public sealed record ProposalRow(Guid Id, string Number, string Kind, string KindName, string Session, string Title, string Proposers, bool Key,
    DateOnly ReceivedOn, string DivisionCode, string? LeadUnit, string? CoUnits, DateOnly? AssignedOn, DateOnly? DueOn, DateOnly? RepliedOn,
    string Status, string StatusName, string? Satisfaction, string? SatisfactionName, bool Overdue, int? DaysLeft);

public sealed record ProposalStats(int Total, int Received, int Assigned, int Replied, int RepliedOnTime, int RepliedLate, int OpenOverdue,
    decimal? OnTimeRate, int Evaluated, int Satisfied, int BasicallySatisfied, int Unsatisfied, decimal? SatisfactionRate, IReadOnlyList<UnitStats> ByUnit);

public sealed record UnitStats(string DivisionCode, string Unit, int Total, int Replied, int OnTime, int Overdue);

public sealed record ProposalList(IReadOnlyList<ProposalRow> Items, ProposalStats Stats);

public sealed record ProposalDetail(ProposalRow Row, string Content, string? AssignedBy, string? DueBasis, string? ReplyText, string? RepliedBy,
    DateOnly? EvaluatedOn, bool CanReply);
