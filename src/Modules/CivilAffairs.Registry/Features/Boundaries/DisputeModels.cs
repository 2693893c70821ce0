namespace CivilAffairs.Registry.Features.Boundaries;

public sealed class DisputeCreateRequest
{
    public Guid? LineId { get; set; }

    /// <summary>Without a line: the divisions of the parties, comma separated.</summary>
    public string? DivisionCodes { get; set; }

    public string? Area { get; set; }

    public string? Parties { get; set; }

    public DateOnly? OpenedOn { get; set; }

    public string? Description { get; set; }
}

public sealed class MediationRequest
{
    public DateOnly? Date { get; set; }

    public string? Mediator { get; set; }

    public string? Participants { get; set; }

    public string? Outcome { get; set; }
}

public sealed class DisputeStatusRequest
{
    public string? Status { get; set; }

    public bool AgreementReached { get; set; }

    public string? AgreementSummary { get; set; }

    public DateOnly? Date { get; set; }
}

public sealed record DisputeRow(Guid Id, string Number, string? LineName, string Area, string Parties, DateOnly OpenedOn, string Status, int Mediations,
    DateOnly? LastMediation, bool AgreementReached, int DaysOpen);

public sealed record DisputeList(int Total, IReadOnlyDictionary<string, int> ByStatus, IReadOnlyList<DisputeRow> Items);

public sealed record MediationView(DateOnly Date, string Mediator, string Participants, string Outcome);

public sealed record DisputeDetail(Guid Id, string Number, Guid? LineId, string? LineName, string Area, string Parties, DateOnly OpenedOn, string Description,
    string Status, bool AgreementReached, string? AgreementSummary, DateOnly? ClosedOn, IReadOnlyList<MediationView> Mediations, bool CanManage);
