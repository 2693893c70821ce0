using CivilAffairs.Platform.Payments;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>Start (or resume) a run. Month as "yyyy-MM"; back-pay also gives toMonth.</summary>
public sealed class StartRunRequest
{
    public string? Kind { get; set; }

    public string? Month { get; set; }

    public string? ToMonth { get; set; }

    /// <summary>Scope: defaults to the maker's jurisdiction (a district, a street or the city).</summary>
    public string? DivisionCode { get; set; }
}

public sealed class RunActionRequest
{
    public string? Reason { get; set; }
}

public sealed record RunView(Guid Id, string Kind, string Month, string ToMonth, string DivisionCode, string Status, int Households, int Persons,
    decimal Amount, int Exceptions, int Batches, string PreparedBy, DateTime PreparedAtUtc, DateTime? ComputedAtUtc, string? ReleasedBy,
    DateTime? ReleasedAtUtc, string? CancelledBy, string? CancelReason);

public sealed record DistrictSummary(string DistrictCode, string? DistrictName, int Households, int Persons, decimal Amount, int Exceptions);

public sealed record RunDetail(RunView Run, IReadOnlyList<DistrictSummary> Districts, IReadOnlyList<RunParameterView> Parameters,
    IReadOnlyList<ReconciliationView> Reconciliations);

public sealed record RunParameterView(string Month, string Signature, string Key, string Value, DateOnly ValidFrom, string LegalBasis, string DivisionCode);

public sealed record LineView(Guid Id, string Reference, string Month, string Kind, string Programme, string DivisionCode, string PayeeName,
    string PayeeIdNumberMasked, string? BankName, string BankAccountMasked, int HouseholdSize, decimal Amount, string Status, string? Note,
    string? BankReference, bool Reissued);

public sealed record LinePage(int Total, int Page, int PageSize, IReadOnlyList<LineView> Items);

public sealed record ReproduceView(Guid LineId, decimal Amount, decimal Recomputed, bool Matches, decimal MonthlyBenefit, decimal PaidBefore,
    IReadOnlyList<string> Breakdown);

public sealed record ReconciliationView(Guid Id, string FileName, string FileHash, int Rows, int Paid, int Failed, int Unchanged,
    IReadOnlyList<UnmatchedRow> Unmatched, string ImportedBy, DateTime ImportedAtUtc, bool AlreadyImported);

