namespace CivilAffairs.Governance.Features.Experts;

public sealed class ExpertRequest
{
    public string? Name { get; set; }

    public string? Employer { get; set; }

    public string? Title { get; set; }

    public string? Fields { get; set; }

    public string? Phone { get; set; }
}

public sealed class ConflictRequest
{
    public string? Party { get; set; }

    public string? Reason { get; set; }

    /// <summary>Declared (by the expert) | Found (by the office).</summary>
    public string? Source { get; set; }

    public DateOnly? RecordedOn { get; set; }
}

public sealed class ConsultationRequest
{
    public string? Topic { get; set; }

    public string? Parties { get; set; }

    public DateOnly? HeldOn { get; set; }
}

public sealed class InviteRequest
{
    public Guid? ExpertId { get; set; }
}

public sealed class OpinionRequest
{
    public Guid? ExpertId { get; set; }

    public string? Opinion { get; set; }
}

public sealed class ConcludeRequest
{
    public string? Conclusion { get; set; }

    public DateOnly? ConcludedOn { get; set; }
}

public sealed record ConflictView(Guid Id, string Party, string Reason, string Source, string SourceName, DateOnly RecordedOn, string RecordedBy);

/// <summary>An expert as listed: the phone masked.</summary>
public sealed record ExpertView(Guid Id, string Name, string Employer, string Title, string Fields, string PhoneMasked, bool Active,
    IReadOnlyList<ConflictView> Conflicts, int Consultations);

public sealed record ConsultationRow(Guid Id, string Number, string Topic, string Parties, DateOnly HeldOn, string Status, string StatusName, int Invited, int Opinions);

public sealed record InvitationView(Guid ExpertId, string Name, string Employer, string Title, string? Opinion, IReadOnlyList<string> ConflictsNow);

public sealed record ConsultationDetail(ConsultationRow Row, string? Conclusion, DateOnly? ConcludedOn, string? RuleUsed, int MinimumExperts,
    string MinimumBasis, IReadOnlyList<InvitationView> Experts);
