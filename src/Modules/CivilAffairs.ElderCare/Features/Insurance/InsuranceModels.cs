namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>Filters of the roster.</summary>
internal sealed class RosterSearch
{
    public string? Division { get; set; }

    /// <summary>Active (在保) or Ended (终止); null for both.</summary>
    public string? Status { get; set; }

    /// <summary>ID-number prefix.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

internal sealed record RosterRow(Guid Id, Guid PersonId, string IdNumber, string? Name, string? Sex, DateOnly BirthDate, string DivisionCode,
    DateOnly CoveredFrom, DateOnly? CoveredUntil, bool Active, string? EndReason);

internal sealed record RosterDistrict(string DistrictCode, string? DistrictName, int Active, int Ended);

internal sealed record RosterPage(int Total, int Page, int PageSize, int Active, int Ended, IReadOnlyList<RosterDistrict> Districts, IReadOnlyList<RosterRow> Items);

internal sealed record EnrolResult(int Enrolled, int Considered, DateOnly AsOf);

/// <summary>A claim as recorded by the street or community.</summary>
internal sealed class ClaimRequest
{
    public Guid? PersonId { get; set; }

    public int? AccidentType { get; set; }

    public DateOnly? AccidentOn { get; set; }

    public string? Place { get; set; }

    public string? Description { get; set; }

    /// <summary>Death, Disability or Medical.</summary>
    public string? Item { get; set; }

    public decimal? Claimed { get; set; }
}

/// <summary>The insurer's decision: Paid with an amount, or Refused with a reason.</summary>
internal sealed class ClaimDecisionRequest
{
    public bool Paid { get; set; }

    public decimal? Amount { get; set; }

    public string? Reason { get; set; }

    public DateOnly? DecidedOn { get; set; }
}

internal sealed class ClaimSearch
{
    public string? Status { get; set; }

    public string? Division { get; set; }

    public int? Year { get; set; }

    public int? Page { get; set; }
}

internal sealed record ClaimView(Guid Id, string Number, Guid PersonId, string IdNumber, string? Name, string DivisionCode, int AccidentType,
    string AccidentTypeName, DateOnly AccidentOn, string Place, string Description, string Item, string ItemName, decimal Claimed, decimal CoverLimit,
    string ParametersUsed, string Status, string StatusName, decimal? PaidAmount, string? RefusalReason, DateOnly ReportedOn, DateOnly? SubmittedOn,
    DateOnly? DecidedOn, string ReportedBy, int Version);

internal sealed record ClaimCounts(int Reported, int Submitted, int Paid, int Refused, decimal PaidAmount);

internal sealed record ClaimList(int Total, int Page, int PageSize, ClaimCounts Counts, IReadOnlyList<ClaimView> Items);

/// <summary>The policy in force on a day (for the page header and the claims' caps).</summary>
internal sealed record InsurancePolicyView(string Insurer, int EnrolAge, decimal Death, decimal Disability, decimal Medical, decimal Total, decimal Premium,
    IReadOnlyList<PolicyValue> Values);

internal sealed record PolicyValue(string Key, string Value, DateOnly ValidFrom, string LegalBasis);
