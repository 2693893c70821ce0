namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>What a periodic review (定期复核) concluded.</summary>
public enum ReviewOutcome
{
    /// <summary>继续保障: nothing changed that affects the amount.</summary>
    Continue,

    /// <summary>调整: members or incomes changed; the amount is recomputed from next month.</summary>
    Adjust,

    /// <summary>停止保障: no longer eligible; a written reason is required.</summary>
    Stop,
}

/// <summary>Whether a review outcome is in effect.</summary>
public enum ReviewStatus
{
    /// <summary>已生效.</summary>
    Done,

    /// <summary>停保待区确认: a street's stop proposal waiting for the district.</summary>
    Proposed,

    /// <summary>区不同意停保: the household stays enrolled.</summary>
    Rejected,
}

/// <summary>One periodic review of an enrolled household, with the amounts before and after.</summary>
internal sealed class EnrolmentReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    /// <summary>Copied from the enrolment so the review rows are scoped on their own.</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly ReviewedOn { get; set; }

    public ReviewOutcome Outcome { get; set; }

    public ReviewStatus Status { get; set; }

    /// <summary>First month the outcome applies to (the month after the review).</summary>
    public DateOnly EffectiveFrom { get; set; }

    public string CategoryBefore { get; set; } = "";

    public string CategoryAfter { get; set; } = "";

    public decimal BenefitBefore { get; set; }

    public decimal BenefitAfter { get; set; }

    public DateOnly? NextReviewOn { get; set; }

    public string? Note { get; set; }

    public string UserName { get; set; } = "";

    public string? DecidedBy { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecisionNote { get; set; }

    public int Version { get; set; }
}

/// <summary>The areas a support plan (帮扶计划) works on.</summary>
public enum SupportArea
{
    /// <summary>就业.</summary>
    Employment,

    /// <summary>增收.</summary>
    Income,

    /// <summary>教育.</summary>
    Education,

    /// <summary>健康.</summary>
    Health,
}

public enum SupportPlanStatus
{
    /// <summary>帮扶中.</summary>
    Active,

    /// <summary>目标全部达成 (set when the last goal is achieved).</summary>
    Achieved,

    /// <summary>已结束 without all goals achieved (moved away, stopped, ...).</summary>
    Closed,
}

/// <summary>A household's support plan: goals, measures, a responsible worker and progress notes.</summary>
internal sealed class SupportPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    public string DivisionCode { get; set; } = "";

    public SupportPlanStatus Status { get; set; }

    public DateOnly StartedOn { get; set; }

    /// <summary>When all goals were achieved, or when the plan was closed.</summary>
    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    /// <summary>The worker in charge (帮扶责任人), by name as the street knows them.</summary>
    public string ResponsibleWorker { get; set; } = "";

    /// <summary>帮扶措施: what the street, the labour office, schools etc. will do.</summary>
    public string Measures { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public int Version { get; set; }

    public List<SupportGoal> Goals { get; set; } = [];

    public List<SupportProgress> Progress { get; set; } = [];
}

internal sealed class SupportGoal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public SupportArea Area { get; set; }

    public string Description { get; set; } = "";

    /// <summary>The measurable target, e.g. "月收入不低于2200元".</summary>
    public string Target { get; set; } = "";

    public DateOnly TargetDate { get; set; }

    public DateOnly? AchievedOn { get; set; }
}

internal sealed class SupportProgress
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    public Guid? GoalId { get; set; }

    public DateOnly On { get; set; }

    public string Note { get; set; } = "";

    public string UserName { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
