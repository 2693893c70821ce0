namespace CivilAffairs.Assistance.Features.Enrolments;

public sealed record EnrolmentListItem(Guid Id, Guid? ApplicationId, string Programme, string HeadIdNumberMasked, string HeadName, string DivisionCode, string Status,
    int HouseholdSize, decimal MonthlyBenefit, DateOnly EnrolFrom, DateOnly? NextReviewOn, bool ReviewDue, bool HasBankAccount);

public sealed record EnrolmentPage(int Total, int Page, int PageSize, IReadOnlyList<EnrolmentListItem> Items);

public sealed record EnrolmentMemberView(Guid Id, string IdNumberMasked, string? Name, string Relation, DateOnly BirthDate, int Age, decimal MonthlyIncome,
    int? DisabilityGrade, bool SeriousIllness, bool Student, bool ShenzhenHukou, DateOnly? JoinedFrom, DateOnly? LeftFrom, string? LeftReason, bool Current);

public sealed record EnrolmentEventView(DateTime AtUtc, DateOnly EffectiveFrom, string Kind, string? Note, string UserName);

public sealed record EnrolmentDetail(Guid Id, Guid? ApplicationId, string Programme, string HeadIdNumberMasked, string HeadName, string DivisionCode,
    string Status, string? StatusReason, DateOnly EnrolFrom, DateOnly? StoppedFrom, string ReviewCategory, DateOnly? NextReviewOn, string? BankName,
    string BankAccountMasked, decimal MonthlyBenefit, int Version, IReadOnlyList<EnrolmentMemberView> Members, IReadOnlyList<EnrolmentEventView> Events);

/// <summary>The bank account benefits are paid into (digits only, 12 to 30).</summary>
public sealed class BankAccountRequest
{
    public string? BankName { get; set; }

    public string? Account { get; set; }

    public int? Version { get; set; }
}

/// <summary>A person joins the household (birth, marriage, return) from a month.</summary>
public sealed class AddMemberRequest
{
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    /// <summary>GB/T 4761 relationship to the head, e.g. 10 spouse, 20 child.</summary>
    public string? Relation { get; set; }

    public decimal? MonthlyIncome { get; set; }

    public int? DisabilityGrade { get; set; }

    public bool SeriousIllness { get; set; }

    public bool Student { get; set; }

    public bool ShenzhenHukou { get; set; }

    /// <summary>"yyyy-MM": the first month the member counts.</summary>
    public string? EffectiveMonth { get; set; }

    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>A member leaves (moved out, married out, died), or their income changes, from a month.</summary>
public sealed class MemberChangeRequest
{
    /// <summary>For an income change: the new monthly income.</summary>
    public decimal? MonthlyIncome { get; set; }

    /// <summary>"yyyy-MM": the first month the change applies to.</summary>
    public string? EffectiveMonth { get; set; }

    public string? Reason { get; set; }

    public int? Version { get; set; }
}

/// <summary>Suspend, resume or stop, with a reason and the first month affected.</summary>
public sealed class StatusChangeRequest
{
    public string? Reason { get; set; }

    /// <summary>"yyyy-MM"; the next month when omitted.</summary>
    public string? EffectiveMonth { get; set; }

    public int? Version { get; set; }
}
