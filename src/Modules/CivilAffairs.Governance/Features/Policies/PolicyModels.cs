namespace CivilAffairs.Governance.Features.Policies;

public sealed class PolicyQuery
{
    /// <summary>Searches 文号, title and full text.</summary>
    public string? Q { get; set; }

    /// <summary>Normative | Policy | Internal.</summary>
    public string? Kind { get; set; }

    /// <summary>Draft | Pending | InForce | Revised | Repealed | Expired.</summary>
    public string? Status { get; set; }

    /// <summary>Only documents in force whose period ends within the review lead time.</summary>
    public bool? ReviewDue { get; set; }
}

public sealed class PolicyRequest
{
    public string? Number { get; set; }

    public string? Title { get; set; }

    public string? IssuingBody { get; set; }

    public string? Kind { get; set; }

    public DateOnly? SignedOn { get; set; }

    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public DateOnly? ExpiresOn { get; set; }

    /// <summary>文号 of the document this one replaces.</summary>
    public string? SupersedesNumber { get; set; }

    public string? FullText { get; set; }
}

public sealed class PolicyPublishRequest
{
    public DateOnly? PublishedOn { get; set; }

    public DateOnly? EffectiveFrom { get; set; }
}

public sealed class PolicyRepealRequest
{
    public DateOnly? RepealedOn { get; set; }

    public string? Reason { get; set; }
}

/// <summary>A parameter value a computed answer used, with its basis.</summary>
public sealed record UsedParameter(string Key, string Value, DateOnly ValidFrom, string LegalBasis);

public sealed record PolicyRow(Guid Id, string Number, string Title, string IssuingBody, string Kind, string KindName, DateOnly? PublishedOn,
    DateOnly? EffectiveFrom, DateOnly? ExpiresOn, string Status, string StatusName, bool ReviewDue, bool DemoNumber, string? ReplacedBy);

public sealed record PolicyList(IReadOnlyList<PolicyRow> Items, IReadOnlyDictionary<string, int> CountsByStatus, int ReviewDueCount,
    IReadOnlyList<UsedParameter> Parameters);

public sealed record CitingParameter(string Key, string Name, string DivisionCode, string Value, DateOnly ValidFrom, DateOnly? ValidTo, string CreatedBy);

public sealed record PolicyDetail(PolicyRow Row, DateOnly? SignedOn, DateOnly? RepealedOn, string? RepealReason, string FullText,
    string? SupersedesNumber, string? SupersedesTitle, IReadOnlyList<CitingParameter> CitingParameters, string CreatedBy);
