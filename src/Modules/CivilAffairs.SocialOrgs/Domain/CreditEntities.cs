namespace CivilAffairs.SocialOrgs.Domain;

/// <summary>
/// A registered letter (挂号信) sent to an organization's registered address. Two returned unsigned,
/// sent within the window apart, list it as unreachable. Bureau-only: the organization does not see it.
/// </summary>
internal sealed class CreditLetter
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>E.g. CL-2026-000004.</summary>
    public string Number { get; set; } = "";

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>The postal tracking number (挂号信单号).</summary>
    public string TrackingNumber { get; set; } = "";

    public DateOnly SentOn { get; set; }

    /// <summary>The day it came back with no signature; null while out or when signed for.</summary>
    public DateOnly? ReturnedUnsignedOn { get; set; }

    public string? Note { get; set; }

    /// <summary>What the check said the last time it ran (listed, or why not).</summary>
    public string? Verdict { get; set; }

    /// <summary>The list entry this letter caused, if any.</summary>
    public string? EntryNumber { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public int Version { get; set; }
}

internal enum RemovalStatus
{
    /// <summary>Proof submitted, awaiting the registrar.</summary>
    Pending = 1,

    /// <summary>Serious list only: verified by the registrar, awaiting the approver.</summary>
    Verified = 2,

    Removed = 3,

    Rejected = 4,
}

/// <summary>
/// A request to leave a list: the organization's proof that the problem is fixed, the registrar's
/// verification (due within N working days) and, for the serious list, the approver's decision.
/// </summary>
internal sealed class CreditRemovalRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>E.g. CR-2026-000002.</summary>
    public string Number { get; set; } = "";

    public Guid EntryId { get; set; }

    public string EntryNumber { get; set; } = "";

    public CreditList List { get; set; }

    public Guid OrganizationId { get; set; }

    public string CreditCode { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>What was fixed (e.g. 已补报2025年度工作报告).</summary>
    public string Fixed { get; set; } = "";

    /// <summary>The proof as text (document numbers, dates, what is attached on paper).</summary>
    public string Proof { get; set; } = "";

    public DateOnly SubmittedOn { get; set; }

    public string SubmittedBy { get; set; } = "";

    /// <summary>The registrar decides by this day (removal deadline in working days).</summary>
    public DateOnly DueBy { get; set; }

    public string? RuleNote { get; set; }

    /// <summary>What the system found by itself (e.g. the missing annual report now submitted).</summary>
    public string? AutoCheck { get; set; }

    public RemovalStatus Status { get; set; } = RemovalStatus.Pending;

    public string? VerifiedBy { get; set; }

    public DateOnly? VerifiedOn { get; set; }

    public string? VerifyNote { get; set; }

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionNote { get; set; }

    public int Version { get; set; }
}
