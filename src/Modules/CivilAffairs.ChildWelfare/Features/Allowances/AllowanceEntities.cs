using CivilAffairs.ChildWelfare.Domain;
using CivilAffairs.Platform.Payments;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.ChildWelfare.Features.Allowances;

/// <summary>
/// One month's child-allowance run (发放批次) over the maker's jurisdiction. Statuses and the
/// maker–checker rule come from Platform.Payments, shared with the assistance payments.
/// </summary>
internal sealed class AllowanceRun
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly Month { get; set; }

    public string DivisionCode { get; set; } = "";

    public PaymentRunStatus Status { get; set; }

    public int Children { get; set; }

    public decimal Amount { get; set; }

    public int Exceptions { get; set; }

    /// <summary>The parameter versions used, frozen: [{key, value, validFrom, divisionCode, legalBasis}].</summary>
    public string ParametersJson { get; set; } = "[]";

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public string? ReleasedBy { get; set; }

    public DateTime? ReleasedAtUtc { get; set; }

    public string? CancelledBy { get; set; }

    public string? CancelReason { get; set; }

    public int Version { get; set; }
}

/// <summary>One child's allowance for the month: paid to the institution's account (institutional care) or the guardian's.</summary>
internal sealed class AllowanceLine : IBankPayableLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RunId { get; set; }

    public Guid ChildId { get; set; }

    public DateOnly Month { get; set; }

    public string DivisionCode { get; set; } = "";

    public ChildCategory Category { get; set; }

    public AllowanceBasis Basis { get; set; }

    [PersonalData(MaskKind.Name)]
    public string ChildName { get; set; } = "";

    /// <summary>The institution's name, or the guardian's.</summary>
    [PersonalData(MaskKind.Name)]
    public string PayeeName { get; set; } = "";

    /// <summary>The guardian's ID number; empty for an institution.</summary>
    [PersonalData(MaskKind.IdNumber)]
    public string PayeeIdNumber { get; set; } = "";

    public bool PaidToInstitution { get; set; }

    public string? BankName { get; set; }

    [PersonalData(MaskKind.BankAccount)]
    public string? BankAccount { get; set; }

    public decimal Amount { get; set; }

    public PaymentLineStatus Status { get; set; }

    public string? Note { get; set; }

    public string? BankReference { get; set; }

    /// <summary>What the amount was computed from: the child's facts and the parameter versions (compact JSON).</summary>
    public string InputsJson { get; set; } = "";

    public string Reference => Id.ToString("N");
}

/// <summary>One bank return file applied to a run; the hash makes a second import a no-op.</summary>
internal sealed class AllowanceReconciliation
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

    public string UnmatchedJson { get; set; } = "[]";

    public string ImportedBy { get; set; } = "";

    public DateTime ImportedAtUtc { get; set; }
}
