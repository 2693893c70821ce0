using CivilAffairs.Platform.Payments;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

public sealed class StartAllowanceRunRequest
{
    /// <summary>yyyy-MM.</summary>
    public string? Month { get; set; }
}

public sealed class CancelRunRequest
{
    public string? Reason { get; set; }
}

public sealed record AllowanceRunView(Guid Id, DateOnly Month, string DivisionCode, PaymentRunStatus Status, string StatusName, int Children, decimal Amount,
    int Exceptions, int Paid, int Failed, string PreparedBy, DateTime PreparedAtUtc, string? ReleasedBy, DateTime? ReleasedAtUtc, string? CancelReason);

public sealed record CategorySummary(string CategoryName, string BasisName, int Children, decimal Amount);

public sealed record ParameterUsed(string Key, string Value, DateOnly ValidFrom, string DivisionCode, string LegalBasis);

public sealed record ReconciliationSummary(Guid Id, string FileName, int Rows, int Paid, int Failed, int Unchanged, IReadOnlyList<UnmatchedRow> Unmatched,
    string ImportedBy, DateTime ImportedAtUtc, bool AlreadyImported);

public sealed record AllowanceRunDetail(AllowanceRunView Run, IReadOnlyList<CategorySummary> ByCategory, IReadOnlyList<ParameterUsed> Parameters,
    IReadOnlyList<ReconciliationSummary> Reconciliations, bool CanRelease, bool CanCancel, bool OwnJurisdiction);

public sealed record AllowanceLineView(Guid Id, string Reference, Guid ChildId, string ChildName, string CategoryName, string DivisionCode, string PayeeName,
    bool PaidToInstitution, string? BankName, string? MaskedBankAccount, decimal Amount, PaymentLineStatus Status, string StatusName, string? Note);

public sealed record AllowanceLinePage(int Total, int Page, int PageSize, IReadOnlyList<AllowanceLineView> Items);
