using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Domain;

/// <summary>Where an application stands in 审核确认.</summary>
public enum ApplicationStatus
{
    /// <summary>受理待审: handed in at the window or online, the street has not accepted it yet.</summary>
    Submitted,

    /// <summary>已受理: investigation and the economic cross-check are running.</summary>
    Accepted,

    /// <summary>公示中: the street's opinion is posted in the community for the publicity period.</summary>
    Publicizing,

    /// <summary>已批准 (enrolment from the next month).</summary>
    Approved,

    /// <summary>不予批准 (written reasons).</summary>
    Rejected,

    /// <summary>退件: papers not supplied in time, or withdrawn.</summary>
    Returned,
}

/// <summary>
/// An application for 低保 / 低收入 / 特困. The household as applied for is kept as the trial
/// calculation's input (JSON), so the decision can be recomputed with the same rules.
/// </summary>
internal sealed class Application
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Programme Programme { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string ApplicantIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string ApplicantName { get; set; } = "";

    /// <summary>The street or community that handles it (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public ApplicationStatus Status { get; set; }

    public DateOnly SubmittedOn { get; set; }

    /// <summary>The deadline of the step the application is waiting for, in working days where the rules say so.</summary>
    public DateOnly? DueOn { get; set; }

    public DateOnly? PublicityEndsOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public DateOnly? EnrolFrom { get; set; }

    /// <summary>The household as the trial calculation takes it (members, incomes, assets).</summary>
    /// <remarks>Holds the members' full ID numbers: never shown in the audit trail.</remarks>
    [PersonalData(MaskKind.Secret)]
    public string HouseholdJson { get; set; } = "";

    public decimal CalculatedBenefit { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>文号 of the decision notice, e.g. 福田民救〔2019〕00012号 (per district and year, unique).</summary>
    public string? DecisionNumber { get; set; }

    /// <summary>近亲属备案: the applicant or a member is a close relative of a case worker (mandatory home visit).</summary>
    public bool RelativeOfWorker { get; set; }

    /// <summary>The worker concerned (staff name or account) and the relationship, when flagged.</summary>
    [PersonalData(MaskKind.Name)]
    public string? RelativeWorkerName { get; set; }

    public string? RelativeRelationship { get; set; }

    public int Version { get; set; }

    public List<ApplicationStep> Steps { get; set; } = [];

    /// <summary>The one-time missing-papers notice (一次性告知), at most one per application.</summary>
    public SupplementNotice? Notice { get; set; }

    public List<Investigation> Investigations { get; set; } = [];

    public bool IsOpen => Status is ApplicationStatus.Submitted or ApplicationStatus.Accepted or ApplicationStatus.Publicizing;
}

/// <summary>One step of the history: who did what, when, in which role.</summary>
internal sealed class ApplicationStep
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public DateTime AtUtc { get; set; }

    public string Action { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Note { get; set; }
}

/// <summary>
/// 一次性告知: at acceptance the street lists every missing paper once; the applicant has a few
/// working days to supply them, after which the acceptance deadline runs again.
/// </summary>
internal sealed class SupplementNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>Material kinds missing (codes of <see cref="MaterialKinds"/>, comma-separated).</summary>
    public string MissingKinds { get; set; } = "";

    public string? Note { get; set; }

    public string IssuedBy { get; set; } = "";

    public DateOnly? SuppliedOn { get; set; }

    public string? SuppliedNote { get; set; }
}

/// <summary>入户调查 / 邻里访问 / 信函索证: what the street found out about the household.</summary>
internal sealed class Investigation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>home_visit, neighbour_visit, letter (see <see cref="InvestigationKinds"/>).</summary>
    public string Kind { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Findings { get; set; } = "";

    /// <summary>The workers who did it (names as written on the record).</summary>
    public string Worker { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>
/// A paper handed in with the application (材料). Stored in the database, bytes and SHA-256, so
/// that both providers and their backups carry them.
/// </summary>
internal sealed class ApplicationAttachment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>A code of <see cref="MaterialKinds"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The name as uploaded (often Chinese), used again on download.</summary>
    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAtUtc { get; set; }

    public string UploadedBy { get; set; } = "";
}

/// <summary>The last decision number used per district and year (文号 sequence).</summary>
internal sealed class DecisionSequence
{
    /// <summary>The district's 6-digit code.</summary>
    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}

/// <summary>The papers an application may carry.</summary>
internal static class MaterialKinds
{
    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("id_card", "身份证"), ("hukou", "户口簿"), ("income", "收入证明"), ("authorization", "授权书"), ("survey_form", "入户调查表"), ("other", "其他"),
    ];

    public static string NameOf(string code) => All.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static bool IsKnown(string? code) => All.Any(k => k.Code == code);
}

/// <summary>How the street investigated.</summary>
internal static class InvestigationKinds
{
    public const string HomeVisit = "home_visit";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
        [(HomeVisit, "入户调查"), ("neighbour_visit", "邻里访问"), ("letter", "信函索证")];

    public static string NameOf(string code) => All.FirstOrDefault(k => k.Code == code).Name ?? code;

    public static bool IsKnown(string? code) => All.Any(k => k.Code == code);
}
