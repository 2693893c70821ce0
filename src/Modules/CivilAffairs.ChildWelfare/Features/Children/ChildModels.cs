using CivilAffairs.ChildWelfare.Domain;

namespace CivilAffairs.ChildWelfare.Features.Children;

public sealed class GuardianInput
{
    public string? Name { get; set; }

    public string? Relation { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public bool IsPayee { get; set; }
}

public sealed class RegisterChildRequest
{
    public string? IdNumber { get; set; }

    public string? Name { get; set; }

    public string? Hukou { get; set; }

    /// <summary>The street of residence (9 digits); ignored for institutional care (the institution's division is used).</summary>
    public string? DivisionCode { get; set; }

    /// <summary>InstitutionalOrphan, DispersedOrphan, DeFactoUnsupported or DisabledChild.</summary>
    public string? Category { get; set; }

    public Guid? InstitutionId { get; set; }

    public string? Note { get; set; }

    public List<GuardianInput> Guardians { get; set; } = [];
}

public sealed class InstitutionRequest
{
    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public string? AccountName { get; set; }

    /// <summary>The confirmed address (clears the "inferred" mark); unchanged when empty.</summary>
    public string? Address { get; set; }
}

public sealed class ActivateRequest
{
    /// <summary>First month paid, yyyy-MM; the month of approval when empty.</summary>
    public string? AllowanceFrom { get; set; }
}

public sealed class LeaveRequest
{
    /// <summary>TurnedAdult, Adopted, ReturnedToFamily, Died or Other.</summary>
    public string? Reason { get; set; }

    public DateOnly? LeftOn { get; set; }

    public string? Note { get; set; }
}

public sealed class ChildQuery
{
    public string? Q { get; set; }

    public string? Category { get; set; }

    public string? Status { get; set; }

    public string? Division { get; set; }

    public int? Page { get; set; }
}

public sealed record ChildListItem(Guid Id, string Name, string MaskedIdNumber, string Sex, DateOnly BirthDate, int Age, ChildCategory Category,
    string CategoryName, string? InstitutionName, string DivisionCode, ChildStatus Status, string StatusName, DateOnly RegisteredOn, bool TurningAdultSoon);

public sealed record ChildPage(int Total, int Page, int PageSize, IReadOnlyList<ChildListItem> Items, IReadOnlyDictionary<string, int> ByStatus);

public sealed record GuardianView(Guid Id, string Name, string Relation, string MaskedIdNumber, string? MaskedPhone, string? BankName, string? MaskedBankAccount, bool IsPayee);

/// <summary>The allowance in force this month: basis, amount, the parameters it comes from, and the last month paid.</summary>
public sealed record AllowanceNow(AllowanceBasis Basis, string BasisName, decimal? Amount, string? Payee, DateOnly? From, DateOnly LastMonth,
    IReadOnlyList<UsedParameterView> Parameters);

public sealed record UsedParameterView(string Key, string Name, string Value, DateOnly ValidFrom, string LegalBasis);

public sealed record ChildDetail(Guid Id, string Name, string MaskedIdNumber, string Sex, DateOnly BirthDate, int Age, string Hukou, string DivisionCode,
    string DivisionName, ChildCategory Category, string CategoryName, Guid? InstitutionId, string? InstitutionName, ChildStatus Status, string StatusName,
    string RegisteredBy, DateOnly RegisteredOn, string? ApprovedBy, DateOnly? ApprovedOn, DateOnly? AllowanceFrom, DateOnly? LeftOn, LeaveReason? LeaveReason,
    string? LeaveReasonName, string? LeaveNote, string? Note, IReadOnlyList<GuardianView> Guardians, AllowanceNow Allowance,
    bool CanApprove, bool CanActivate, bool CanLeave);

public sealed record InstitutionView(Guid Id, string Code, string Name, string DivisionCode, string Address, bool AddressInferred, string? BankName, string? MaskedBankAccount);
