using CivilAffairs.Platform.Values;

namespace CivilAffairs.Rescue.Domain;

internal enum MissingReportStatus
{
    Open,
    Found,
    Closed,
}

/// <summary>
/// 寻亲登记: a family reports a missing relative; their DNA and the missing person's photos are
/// searched against the people in care. Owned by the family-search area.
/// </summary>
internal sealed class MissingPersonReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Report number, e.g. XQ-2018-000045.</summary>
    public string ReportNumber { get; set; } = "";

    /// <summary>Where the report was taken (district or street); jurisdiction.</summary>
    public string DivisionCode { get; set; } = "";

    public MissingReportStatus Status { get; set; }

    [PersonalData(MaskKind.Name)]
    public string MissingName { get; set; } = "";

    public Sex MissingSex { get; set; }

    public int? MissingBirthYear { get; set; }

    public DateOnly? MissingSince { get; set; }

    [PersonalData(MaskKind.Address)]
    public string? MissingPlace { get; set; }

    [PersonalData(MaskKind.Name)]
    public string ReporterName { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string ReporterPhone { get; set; } = "";

    /// <summary>The reporter's relationship to the missing person (父亲, 母亲, 兄弟...).</summary>
    public string ReporterRelationship { get; set; } = "";

    public DateTime ReportedAtUtc { get; set; }

    public int? MissingHeightCm { get; set; }

    /// <summary>口音 / dialect of the missing person (湖南口音...).</summary>
    public string? MissingAccent { get; set; }

    /// <summary>体貌特征, health and mental state, clothing when last seen.</summary>
    public string? MissingDescription { get; set; }

    /// <summary>The person's hukou or home place as the family gives it.</summary>
    [PersonalData(MaskKind.Address)]
    public string? HomePlace { get; set; }

    /// <summary>Why the report was closed without a find (withdrawn, found elsewhere).</summary>
    public string? ClosedReason { get; set; }

    public string RecordedBy { get; set; } = "";

    public int Version { get; set; }
}

/// <summary>How a family was found; the seed's 603 reunions of 2018 are counted by these.</summary>
internal enum ReunionChannel
{
    /// <summary>寻亲公告 (寻亲网, 头条 push, other notices).</summary>
    Notice,

    Dna,

    Face,

    /// <summary>甄别问话, accent analysis and other clues from the person.</summary>
    Questioning,

    /// <summary>公安 (ID check, fingerprint, police databases).</summary>
    Police,

    Other,
}

/// <summary>A person in care reunited with family. Owned by the family-search area.</summary>
internal sealed class Reunion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public Guid? ReportId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    public ReunionChannel Channel { get; set; }

    public DateOnly ReunitedOn { get; set; }

    /// <summary>Who came to take the person home (relationship, not the name).</summary>
    public string WhoCame { get; set; } = "";

    public string? FollowUp { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

internal enum MatchSource
{
    Dna,
    Face,
}

internal enum MatchStatus
{
    /// <summary>Awaiting a person's check; never acted on automatically.</summary>
    Pending,
    Confirmed,
    Rejected,
}

/// <summary>
/// A candidate pairing of a person in care with a missing-person report (or another profile),
/// found by DNA or face search, for a human to review. Owned by the DNA area; face adds rows too.
/// </summary>
internal sealed class MatchCandidate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public MatchSource Source { get; set; }

    public Guid CaseId { get; set; }

    public Guid? ReportId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>DNA: ParentChild, FullSiblings, HalfSiblings, Identity; face: "Face".</summary>
    public string Relationship { get; set; } = "";

    /// <summary>DNA: combined index; face: cosine similarity.</summary>
    public double Score { get; set; }

    public MatchStatus Status { get; set; }

    public DateTime FoundAtUtc { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    public string? ReviewNote { get; set; }
}
