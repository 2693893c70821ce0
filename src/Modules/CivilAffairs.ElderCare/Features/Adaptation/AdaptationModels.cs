using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Adaptation;

public sealed class AdaptationApplyRequest
{
    public string? IdNumber { get; set; }

    public string? Address { get; set; }

    public string? Needs { get; set; }
}

public sealed class MeasureLine
{
    public string? Code { get; set; }

    public int Quantity { get; set; }

    public decimal UnitCost { get; set; }
}

public sealed class AssessmentRequest
{
    public DateOnly? AssessedOn { get; set; }

    public string? Assessor { get; set; }

    public string? Findings { get; set; }

    public List<MeasureLine> Measures { get; set; } = [];
}

public sealed class RefuseRequest
{
    public string? Reason { get; set; }
}

public sealed class ContractRequest
{
    public string? ContractorName { get; set; }

    public string? CreditCode { get; set; }

    public DateOnly? ContractDate { get; set; }

    public DateOnly? PlannedCompletion { get; set; }
}

public sealed class CheckRequest
{
    public DateOnly? CheckedOn { get; set; }

    public string? Checker { get; set; }

    public bool Passed { get; set; }

    public string? Note { get; set; }
}

public sealed class AdaptationSearch
{
    public string? Status { get; set; }

    public string? Division { get; set; }

    public bool? Overdue { get; set; }

    public int? Year { get; set; }

    public string? Q { get; set; }
}

public sealed record MeasureView(string Code, string Name, int Quantity, string Unit, decimal UnitCost, decimal Amount);

public sealed record PhotoView(Guid Id, string ContentType, DateTime UploadedAtUtc, string UploadedBy);

/// <summary>A case as lists and the detail page show it (ID number and name masked).</summary>
public sealed record AdaptationView(
    Guid Id, string CaseNumber, string IdNumber, string Name, string DivisionCode, int Age, string? Priority, AdaptationStatus Status, string StatusName,
    DateOnly AppliedOn, string AppliedBy, string? Needs, DateOnly? DueOn, bool Overdue,
    DateOnly? AssessedOn, string? Assessor, string? Findings, decimal CostTotal, decimal Subsidy, decimal SelfPaid, decimal? CapApplied, string? ParametersUsed,
    string? DecidedBy, DateTime? DecidedAtUtc, string? RefusalReason,
    string? ContractorName, string? ContractorCreditCode, DateOnly? ContractDate, DateOnly? PlannedCompletion,
    DateOnly? CheckedOn, string? Checker, string? CheckNote, int FailedChecks, DateOnly? ClosedOn,
    IReadOnlyList<MeasureView> Measures, IReadOnlyList<PhotoView> Photos);

public sealed record AdaptationCounts(int Total, int Applied, int Assessed, int Approved, int InWork, int Closed, int Refused, int Overdue);

public sealed record AdaptationList(AdaptationCounts Counts, IReadOnlyList<AdaptationView> Items);

public sealed record AdaptationDistrictStats(string DistrictCode, int Applications, int Closed, decimal Subsidy);

/// <summary>Statistics for a year: applications by status, done this year, average cost, subsidy paid, by district.</summary>
public sealed record AdaptationStats(int Year, IReadOnlyDictionary<string, int> ByStatus, int ClosedInYear, decimal AverageCost, decimal SubsidyPaid,
    IReadOnlyList<AdaptationDistrictStats> ByDistrict);
