using CivilAffairs.Assistance.Features.Calculation;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>A formal application: the applicant and the household as for the trial calculation.</summary>
public sealed class SubmitApplicationRequest
{
    public string? Programme { get; set; }

    public string? ApplicantIdNumber { get; set; }

    public string? ApplicantName { get; set; }

    /// <summary>The street or community of residence (must be in the worker's jurisdiction).</summary>
    public string? DivisionCode { get; set; }

    public List<CalculationMember> Members { get; set; } = [];

    public CalculationAssets? Assets { get; set; }

    /// <summary>近亲属备案: the applicant or a member is a close relative of a case worker.</summary>
    public bool RelativeOfWorker { get; set; }

    public string? RelativeWorkerName { get; set; }

    public string? RelativeRelationship { get; set; }
}

/// <summary>Body of a workflow step: an opinion, a reason, or a decision.</summary>
public sealed class ApplicationActionRequest
{
    public string? Note { get; set; }

    /// <summary>For the district's decision: true approves, false refuses (a reason is then required).</summary>
    public bool? Approve { get; set; }

    /// <summary>The version the caller read; a stale one is refused.</summary>
    public int? Version { get; set; }
}

public sealed record ApplicationStepView(DateTime AtUtc, string Action, string UserName, string Role, string? Note);

public sealed record ApplicationView(Guid Id, string Programme, string ApplicantIdNumberMasked, string ApplicantName, string DivisionCode,
    string Status, DateOnly SubmittedOn, DateOnly? DueOn, bool Overdue, DateOnly? PublicityEndsOn, DateOnly? DecidedOn, DateOnly? EnrolFrom,
    decimal CalculatedBenefit, string? DecisionReason, int Version, IReadOnlyList<ApplicationStepView> Steps)
{
    public string? DecisionNumber { get; init; }

    public bool RelativeOfWorker { get; init; }

    public string? RelativeWorkerName { get; init; }

    public string? RelativeRelationship { get; init; }

    public SupplementNoticeView? Notice { get; init; }

    /// <summary>Only in the detail (empty in lists).</summary>
    public IReadOnlyList<InvestigationView> Investigations { get; init; } = [];

    /// <summary>Only in the detail (empty in lists).</summary>
    public IReadOnlyList<AttachmentView> Attachments { get; init; } = [];
}

/// <summary>The one-time notice: what is missing, by when, and whether it was supplied.</summary>
public sealed record SupplementNoticeView(DateOnly IssuedOn, DateOnly DueOn, IReadOnlyList<string> MissingKinds, IReadOnlyList<string> MissingNames,
    string? Note, string IssuedBy, DateOnly? SuppliedOn, string? SuppliedNote, bool Overdue);

public sealed record InvestigationView(Guid Id, string Kind, string KindName, DateOnly Date, string Findings, string Worker, string RecordedBy);

public sealed record AttachmentView(Guid Id, string Kind, string KindName, string FileName, string ContentType, long Size, string Sha256,
    DateTime UploadedAtUtc, string UploadedBy);

/// <summary>一次性告知: the missing materials (codes: id_card, hukou, income, authorization, survey_form, other) and a note.</summary>
public sealed class SupplementNoticeRequest
{
    public List<string> MissingKinds { get; set; } = [];

    public string? Note { get; set; }

    public int? Version { get; set; }
}

/// <summary>An investigation record: home_visit (入户调查), neighbour_visit (邻里访问), letter (信函索证).</summary>
public sealed class InvestigationRequest
{
    public string? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public string? Findings { get; set; }

    public string? Worker { get; set; }
}

/// <summary>近亲属备案 as the clerk corrects it.</summary>
public sealed class RelativeFlagRequest
{
    public bool RelativeOfWorker { get; set; }

    public string? RelativeWorkerName { get; set; }

    public string? RelativeRelationship { get; set; }
}
