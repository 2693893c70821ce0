using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Domain;

/// <summary>Whether an enrolled household is paid.</summary>
public enum EnrolmentStatus
{
    /// <summary>在保: paid every month.</summary>
    Active,

    /// <summary>暂停: not paid until resumed (e.g. review pending, whereabouts unknown).</summary>
    Suspended,

    /// <summary>终止: no longer paid; a written reason is kept.</summary>
    Stopped,
}

/// <summary>
/// A household enrolled in a programme after approval (在保家庭). Members and incomes are the
/// inputs of the monthly payment: the amount is recomputed each month with the parameters in
/// force, by the same <see cref="MeansTest"/> the trial calculation uses.
/// </summary>
internal sealed class Enrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The approved application this enrolment came from (null for imported legacy cases).</summary>
    public Guid? ApplicationId { get; set; }

    public Programme Programme { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string HeadIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string HeadName { get; set; } = "";

    /// <summary>The street or community of residence (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public EnrolmentStatus Status { get; set; }

    /// <summary>First month paid (the month after approval).</summary>
    public DateOnly EnrolFrom { get; set; }

    /// <summary>First month not paid any more, when stopped.</summary>
    public DateOnly? StoppedFrom { get; set; }

    public string? StatusReason { get; set; }

    /// <summary>Review category (分类管理): the key of the review-interval parameter, e.g. stable / working_age / unstable.</summary>
    public string ReviewCategory { get; set; } = "stable";

    public DateOnly? NextReviewOn { get; set; }

    public string? BankName { get; set; }

    [PersonalData(MaskKind.BankAccount)]
    public string? BankAccount { get; set; }

    public decimal FinancialAssets { get; set; }

    public int ResidentialUnits { get; set; }

    public int NonResidentialUnits { get; set; }

    public int Vehicles { get; set; }

    public int BusinessRegistrations { get; set; }

    /// <summary>The monthly amount as last computed (for lists; payment runs always recompute).</summary>
    public decimal MonthlyBenefit { get; set; }

    public int Version { get; set; }

    public List<EnrolmentMember> Members { get; set; } = [];
}

/// <summary>A member of an enrolled household as the rules need them.</summary>
internal sealed class EnrolmentMember
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string? IdNumber { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? Name { get; set; }

    /// <summary>GB/T 4761 relationship to the head (02 = the head).</summary>
    public string Relation { get; set; } = "";

    public DateOnly BirthDate { get; set; }

    public decimal MonthlyIncome { get; set; }

    /// <summary>Itemised income as JSON [{kind, amount}], or null when only a total is known.</summary>
    public string? IncomeItemsJson { get; set; }

    public int? DisabilityGrade { get; set; }

    public bool SeriousIllness { get; set; }

    public bool Student { get; set; }

    public bool ShenzhenHukou { get; set; }

    /// <summary>特困: how many of the six self-care indicators are not achieved.</summary>
    public int? AdlNotAchieved { get; set; }

    /// <summary>The member's share starts from this month when they joined after enrolment (null: from the start).</summary>
    public DateOnly? JoinedFrom { get; set; }

    /// <summary>The member's share ends from this month (died, moved out, married out).</summary>
    public DateOnly? LeftFrom { get; set; }

    public string? LeftReason { get; set; }
}

/// <summary>The history of an enrolment: every change, suspension, review outcome, with its effective month.</summary>
internal sealed class EnrolmentEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; set; }

    public DateTime AtUtc { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public string Kind { get; set; } = "";

    public string? Note { get; set; }

    public string UserName { get; set; } = "";
}
