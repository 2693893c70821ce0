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
    decimal CalculatedBenefit, string? DecisionReason, int Version, IReadOnlyList<ApplicationStepView> Steps);
