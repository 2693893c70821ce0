using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.Payments;

/// <summary>What a run pays: the regular month, differences after a late standard, or lines the bank returned.</summary>
public enum PaymentRunKind
{
    /// <summary>月度发放: every eligible enrolled household, once per month.</summary>
    Regular,

    /// <summary>补发: differences after a standard published late, for a range of months.</summary>
    BackPay,

    /// <summary>补充发放: lines the bank failed (or households without an account) issued again.</summary>
    Supplementary,
}

/// <summary>
/// One payment run (发放批次) over a jurisdiction. Computed in batches in enrolment-key order;
/// <see cref="Cursor"/> and the totals advance in the same transaction as each batch's lines,
/// so a run killed at any point continues where it stopped.
/// </summary>
internal sealed class PaymentRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public PaymentRunKind Kind { get; set; }

    /// <summary>The month paid (first day); for back-pay the first month of the range.</summary>
    public DateOnly Month { get; set; }

    /// <summary>Last month of a back-pay range (equal to <see cref="Month"/> otherwise).</summary>
    public DateOnly ToMonth { get; set; }

    /// <summary>The jurisdiction the run covers (district, street or the city).</summary>
    public string DivisionCode { get; set; } = "";

    public PaymentRunStatus Status { get; set; }

    /// <summary>The last enrolment key computed; null before the first batch.</summary>
    public Guid? Cursor { get; set; }

    public int Batches { get; set; }

    public int Households { get; set; }

    public int Persons { get; set; }

    public decimal Amount { get; set; }

    public int Exceptions { get; set; }

    /// <summary>The parameter versions used, frozen: [{month, division, values: [{key, value, validFrom, legalBasis, divisionCode}]}].</summary>
    public string ParametersJson { get; set; } = "[]";

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public DateTime? ComputedAtUtc { get; set; }

    public string? ReleasedBy { get; set; }

    public DateTime? ReleasedAtUtc { get; set; }

    public string? CancelledBy { get; set; }

    public string? CancelReason { get; set; }

    public int Version { get; set; }
}

/// <summary>One household's payment for one month in a run (发放明细), with the inputs it was computed from.</summary>
internal sealed class PaymentLine : IBankPayableLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public PaymentRunKind Kind { get; set; }

    public Guid EnrolmentId { get; set; }

    public DateOnly Month { get; set; }

    public Programme Programme { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string PayeeName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string PayeeIdNumber { get; set; } = "";

    public string? BankName { get; set; }

    [PersonalData(MaskKind.BankAccount)]
    public string? BankAccount { get; set; }

    public int HouseholdSize { get; set; }

    public decimal Amount { get; set; }

    public PaymentLineStatus Status { get; set; }

    /// <summary>Why a line is an exception or failed (no account, not eligible, bank's reason).</summary>
    public string? Note { get; set; }

    /// <summary>The reference sent to the bank and matched in its return file.</summary>
    public string Reference => Id.ToString("N");

    /// <summary>The bank's own reference from the return file, when given.</summary>
    public string? BankReference { get; set; }

    /// <summary>The household as computed (compact JSON, see <see cref="HouseholdSnapshot"/>).</summary>
    public string InputsJson { get; set; } = "";

    /// <summary>The supplementary run that issued this failed line again.</summary>
    public Guid? ReissuedInRunId { get; set; }
}

/// <summary>One bank return file applied to a released run; the hash makes a second import a no-op.</summary>
internal sealed class PaymentReconciliation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string FileHash { get; set; } = "";

    public string FileName { get; set; } = "";

    public int Rows { get; set; }

    public int Paid { get; set; }

    public int Failed { get; set; }

    public int Unchanged { get; set; }

    /// <summary>Rows that matched no line (or whose account/amount differ): [{row, reference, reason}].</summary>
    public string UnmatchedJson { get; set; } = "[]";

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }
}
