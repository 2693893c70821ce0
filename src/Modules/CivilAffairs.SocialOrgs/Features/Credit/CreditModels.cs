namespace CivilAffairs.SocialOrgs.Features.Credit;

/// <summary>Filters of the lists page and its API (tab = abnormal | serious | removed).</summary>
public sealed class CreditEntryQuery
{
    public string? Tab { get; set; }

    public string? Trigger { get; set; }

    /// <summary>District (6 digits) where the organization is located.</summary>
    public string? District { get; set; }

    /// <summary>Registration authority: 4403 (city) or a district code.</summary>
    public string? Authority { get; set; }

    /// <summary>Listed on or after.</summary>
    public DateOnly? From { get; set; }

    /// <summary>Listed on or before.</summary>
    public DateOnly? To { get; set; }

    /// <summary>Organization name (part) or credit code.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }
}

/// <summary>A registrar lists an organization for a fact from outside the system.</summary>
public sealed class CreditManualRequest
{
    public string? CreditCode { get; set; }

    /// <summary>NoPartyOrganization, RectificationOverdue, DishonestDebtor, FraudulentChange or Other.</summary>
    public string? Trigger { get; set; }

    /// <summary>For Other only: Abnormal or Serious.</summary>
    public string? List { get; set; }

    public string? Basis { get; set; }

    /// <summary>The day the fact arose or the bureau received it.</summary>
    public DateOnly? OccurredOn { get; set; }

    /// <summary>The document it came from (court list number, decision number …).</summary>
    public string? SourceRef { get; set; }
}

/// <summary>The organization's (or, on paper, the registrar's) proof that the problem is fixed.</summary>
public sealed class CreditProofRequest
{
    public string? Fixed { get; set; }

    public string? Proof { get; set; }
}

/// <summary>The registrar's verification of a proof; the approver's decision uses the same shape.</summary>
public sealed class CreditDecisionRequest
{
    public bool Accept { get; set; } = true;

    public string? Note { get; set; }
}

public sealed class CreditLetterRequest
{
    public string? CreditCode { get; set; }

    public string? TrackingNumber { get; set; }

    public DateOnly? SentOn { get; set; }

    public DateOnly? ReturnedUnsignedOn { get; set; }

    public string? Note { get; set; }
}

public sealed class CreditLetterReturnRequest
{
    public DateOnly? ReturnedUnsignedOn { get; set; }
}

internal sealed record CreditEntryRow(Guid Id, string Number, Guid OrganizationId, string OrganizationName, string CreditCode, string DivisionCode,
    string AuthorityCode, string List, string ListName, string Trigger, string TriggerName, string Basis, string? SourceRef, DateOnly OccurredOn,
    DateOnly DueBy, DateOnly ListedOn, bool LateEntry, DateOnly PeriodStart, int Restarts, DateOnly? RemovedOn, string? RemovalReason,
    string? PendingRemoval, bool RemovalOverdue);

internal sealed record CreditCount(string Key, string Name, int Count);

internal sealed record CreditEntryList(int Total, int Page, int PageSize, int Abnormal, int Serious, int Removed, int PendingRemovals,
    int OverdueRemovals, IReadOnlyList<CreditCount> ByTrigger, IReadOnlyList<CreditEntryRow> Items);

internal sealed record CreditRemovalView(Guid Id, string Number, Guid EntryId, string EntryNumber, string List, string OrganizationName, string CreditCode,
    string Fixed, string Proof, DateOnly SubmittedOn, string SubmittedBy, DateOnly DueBy, bool Overdue, string? RuleNote, string? AutoCheck, string Status,
    string StatusName, string? VerifiedBy, DateOnly? VerifiedOn, string? VerifyNote, string? DecidedBy, DateOnly? DecidedOn, string? DecisionNote);

internal sealed record CreditEntryDetail(CreditEntryRow Entry, string? RuleNote, string ListedBy, string? RemovedBy, DateOnly? SeriousRemovableFrom,
    string? AutoCheck, IReadOnlyList<CreditRemovalView> Removals);

internal sealed record CreditLetterView(Guid Id, string Number, Guid OrganizationId, string OrganizationName, string CreditCode, string TrackingNumber,
    DateOnly SentOn, DateOnly? ReturnedUnsignedOn, string? Note, string? Verdict, string? EntryNumber, string RecordedBy);

internal sealed record CreditLetterResult(CreditLetterView Letter, bool Listed, string? EntryNumber, string Explanation);

internal sealed record CreditSweepResult(int Checked, int Promoted, IReadOnlyList<string> Numbers);

internal sealed record PublicCreditEntry(string Number, string List, string ListName, string Reason, DateOnly ListedOn);

/// <summary>What anyone may read about an organization: no legal representative, phone or street address.</summary>
internal sealed record PublicOrgCard(string Name, string CreditCode, string TypeName, string AuthorityName, string StatusName, DateOnly EstablishedOn,
    string DistrictName, int? LastInspectionYear, string? LastInspectionResult, string CreditStatus, string CreditStatusName,
    IReadOnlyList<PublicCreditEntry> Entries);

internal sealed record PublicLookupResult(string Query, int Shown, bool More, IReadOnlyList<PublicOrgCard> Items);

internal sealed record PublicListRow(string Number, string Name, string CreditCode, string DistrictName, string AuthorityName, string Reason, DateOnly ListedOn);

internal sealed record PublicListResult(string List, string ListName, int Total, int Page, int PageSize, IReadOnlyList<PublicListRow> Items);
