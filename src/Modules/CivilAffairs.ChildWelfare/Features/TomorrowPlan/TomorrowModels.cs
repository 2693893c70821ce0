using CivilAffairs.ChildWelfare.Domain;

namespace CivilAffairs.ChildWelfare.Features.TomorrowPlan;

public sealed class NewCaseRequest
{
    public Guid? ChildId { get; set; }

    public DateOnly? AppliedOn { get; set; }

    public string? Diagnosis { get; set; }
}

public sealed class AssessRequest
{
    public DateOnly? AssessedOn { get; set; }

    public string? Assessor { get; set; }

    public string? Conclusion { get; set; }
}

public sealed class DecideRequest
{
    public bool Approve { get; set; }

    public string? Hospital { get; set; }

    public string? Note { get; set; }
}

public sealed class SurgeryRequest
{
    public DateOnly? SurgeryOn { get; set; }

    public string? Hospital { get; set; }

    public decimal? TotalCost { get; set; }

    public decimal? LotteryFund { get; set; }

    public decimal? MedicalInsurance { get; set; }

    public decimal? OtherFunding { get; set; }

    public string? RehabPlan { get; set; }
}

public sealed class CloseCaseRequest
{
    /// <summary>Cured, Improved, Unchanged or Worse.</summary>
    public string? Outcome { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public string? RehabPlan { get; set; }
}

public sealed record CaseListItem(Guid Id, Guid ChildId, string ChildName, string MaskedIdNumber, DateOnly AppliedOn, string Diagnosis, string? Hospital,
    DateOnly? SurgeryOn, decimal? TotalCost, decimal? LotteryFund, TomorrowStatus Status, string StatusName, string? OutcomeName);

public sealed record YearFigures(int Year, int Cases, int Operated, int Closed, int Cured, int Improved, decimal TotalCost, decimal LotteryFund,
    decimal MedicalInsurance, decimal OtherFunding);

public sealed record CaseBoard(IReadOnlyList<CaseListItem> Cases, IReadOnlyList<YearFigures> ByYear, IReadOnlyDictionary<string, int> ByStatus);

public sealed record CaseDetail(Guid Id, Guid ChildId, string ChildName, string MaskedIdNumber, string CategoryName, DateOnly AppliedOn, string Diagnosis,
    TomorrowStatus Status, string StatusName, DateOnly? AssessedOn, string? Assessor, string? AssessmentConclusion, string? ApprovedBy, DateOnly? ApprovedOn,
    string? Hospital, DateOnly? SurgeryOn, decimal? TotalCost, decimal? LotteryFund, decimal? MedicalInsurance, decimal? OtherFunding, string? RehabPlan,
    TomorrowOutcome? Outcome, string? OutcomeName, DateOnly? ClosedOn, string? Note, string CreatedBy, bool CanWrite, bool CanDecide);
