namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>POST /api/v1/assistance/support-plans: a plan for one enrolled household.</summary>
public sealed class CreatePlanRequest
{
    public Guid? EnrolmentId { get; set; }

    public string? ResponsibleWorker { get; set; }

    public string? Measures { get; set; }

    /// <summary>Defaults to today.</summary>
    public DateOnly? StartedOn { get; set; }

    public List<PlanGoalInput> Goals { get; set; } = [];
}

public sealed class PlanGoalInput
{
    /// <summary>Employment, Income, Education or Health.</summary>
    public string? Area { get; set; }

    public string? Description { get; set; }

    public string? Target { get; set; }

    public DateOnly? TargetDate { get; set; }
}

/// <summary>A progress note; with a goal and achieved=true it also records the goal as reached on that date.</summary>
public sealed class PlanProgressRequest
{
    public Guid? GoalId { get; set; }

    /// <summary>Defaults to today; not in the future.</summary>
    public DateOnly? On { get; set; }

    public string? Note { get; set; }

    /// <summary>true: the goal is reached on <see cref="On"/>; false: correct a goal back to not reached.</summary>
    public bool? Achieved { get; set; }
}

public sealed class ClosePlanRequest
{
    public string? Reason { get; set; }
}

public sealed record SupportGoalView(Guid Id, string Area, string Description, string Target, DateOnly TargetDate, DateOnly? AchievedOn, bool Overdue);

public sealed record SupportProgressView(Guid Id, Guid? GoalId, DateOnly On, string Note, string UserName);

public sealed record SupportPlanView(Guid Id, Guid EnrolmentId, string HeadName, string HeadIdNumberMasked, string DivisionCode, string Status,
    DateOnly StartedOn, DateOnly? EndedOn, string? EndReason, string ResponsibleWorker, string Measures, int Members, int GoalsAchieved, int GoalsTotal,
    int Version, IReadOnlyList<SupportGoalView> Goals, IReadOnlyList<SupportProgressView> Progress);

public sealed record SupportReportRow(string DivisionCode, int HouseholdsWithPlans, int PersonsWithPlans, int HouseholdsAchieved, int PersonsAchieved);

/// <summary>
/// Households (and their persons) with a plan running at some time in [From, To], and those whose
/// plan reached all its goals within the period; one row per street plus the total.
/// </summary>
public sealed record SupportReport(string DivisionCode, DateOnly From, DateOnly To, SupportReportRow Total, IReadOnlyList<SupportReportRow> Streets);
