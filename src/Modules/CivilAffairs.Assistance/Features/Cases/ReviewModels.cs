using CivilAffairs.Assistance.Features.Calculation;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>POST /api/v1/assistance/reviews/{enrolmentId}: the outcome of a periodic review.</summary>
public sealed class RecordReviewRequest
{
    /// <summary>Continue, Adjust or Stop.</summary>
    public string? Outcome { get; set; }

    /// <summary>A new review category (stable / working_age / unstable); null keeps the current one.</summary>
    public string? Category { get; set; }

    /// <summary>The review's findings; for Stop the written reason (required).</summary>
    public string? Note { get; set; }

    /// <summary>Adjust: the household as it is now. Members of the enrolment left out leave from next month; entries without memberId join.</summary>
    public List<ReviewMember>? Members { get; set; }

    /// <summary>The enrolment version the caller read; a stale one is refused.</summary>
    public int? Version { get; set; }
}

public sealed class ReviewMember
{
    /// <summary>An existing member of the enrolment; null for someone joining the household.</summary>
    public Guid? MemberId { get; set; }

    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    public string? Relation { get; set; }

    public DateOnly? BirthDate { get; set; }

    public decimal? MonthlyIncome { get; set; }

    public List<CalculationIncomeItem>? IncomeItems { get; set; }

    public int? DisabilityGrade { get; set; }

    public bool SeriousIllness { get; set; }

    public bool Student { get; set; }

    public bool ShenzhenHukou { get; set; }
}

/// <summary>The district's answer to a street's stop proposal.</summary>
public sealed class ConfirmStopRequest
{
    public bool? Approve { get; set; }

    public string? Note { get; set; }
}

public sealed record ReviewView(Guid Id, Guid EnrolmentId, string DivisionCode, DateOnly ReviewedOn, string Outcome, string Status, DateOnly EffectiveFrom,
    string CategoryBefore, string CategoryAfter, decimal BenefitBefore, decimal BenefitAfter, DateOnly? NextReviewOn, string? Note, string UserName,
    string? DecidedBy, DateOnly? DecidedOn, string? DecisionNote, string EnrolmentStatus);

public sealed record DueReviewView(Guid EnrolmentId, string HeadName, string HeadIdNumberMasked, string Programme, string DivisionCode, string Category,
    DateOnly? NextReviewOn, bool Overdue, int DaysLeft, decimal MonthlyBenefit, int Members, bool StopProposed);

public sealed record DueReviewList(DateOnly Today, int WithinDays, int Overdue, int DueSoon, IReadOnlyList<DueReviewView> Items);

public sealed record EnrolmentMemberView(Guid Id, string IdNumberMasked, string? Name, string Relation, DateOnly BirthDate, decimal MonthlyIncome,
    int? DisabilityGrade, bool SeriousIllness, bool Student, bool ShenzhenHukou, DateOnly? LeftFrom, string? LeftReason);

public sealed record EnrolmentEventView(DateTime AtUtc, DateOnly EffectiveFrom, string Kind, string? Note, string UserName);

public sealed record EnrolmentCaseView(Guid Id, string Programme, string HeadName, string HeadIdNumberMasked, string DivisionCode, string Status,
    DateOnly EnrolFrom, DateOnly? StoppedFrom, string? StatusReason, string Category, DateOnly? NextReviewOn, bool Overdue, decimal MonthlyBenefit,
    int Version, IReadOnlyList<EnrolmentMemberView> Members, IReadOnlyList<ReviewView> Reviews, IReadOnlyList<EnrolmentEventView> Events);
