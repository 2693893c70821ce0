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
    public string HouseholdJson { get; set; } = "";

    public decimal CalculatedBenefit { get; set; }

    public string? DecisionReason { get; set; }

    public int Version { get; set; }

    public List<ApplicationStep> Steps { get; set; } = [];

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
