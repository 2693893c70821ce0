using CivilAffairs.Platform.Values;

namespace CivilAffairs.ChildWelfare.Domain;

/// <summary>The four groups of children in care (rules doc §13, §2).</summary>
public enum ChildCategory
{
    /// <summary>机构养育孤儿.</summary>
    InstitutionalOrphan,

    /// <summary>社会散居孤儿.</summary>
    DispersedOrphan,

    /// <summary>事实无人抚养儿童 (民发〔2019〕62号).</summary>
    DeFactoUnsupported,

    /// <summary>残疾儿童 (in an institution or at home).</summary>
    DisabledChild,
}

public enum ChildStatus
{
    /// <summary>已登记: entered by a clerk, category not yet approved.</summary>
    Registered,

    /// <summary>类别已核定: approved by someone other than the registrar.</summary>
    Approved,

    /// <summary>在册保障: allowance paid from <see cref="Child.AllowanceFrom"/>.</summary>
    Active,

    /// <summary>已退出: turned 18, adopted, returned to family, died.</summary>
    Left,
}

public enum LeaveReason
{
    TurnedAdult,
    Adopted,
    ReturnedToFamily,
    Died,
    Other,
}

/// <summary>A welfare institution that raises children (儿童福利院); institutional allowances are paid to its account.</summary>
internal sealed class Institution
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    /// <summary>True while the address is our inference and not confirmed by the bureau.</summary>
    public bool AddressInferred { get; set; }

    public string? BankName { get; set; }

    public string? BankAccount { get; set; }

    public string? AccountName { get; set; }
}

/// <summary>A child in care (孤儿、事实无人抚养儿童、残疾儿童), scoped by the street of residence or the institution's district.</summary>
internal sealed class Child
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>户籍 as written (e.g. 深圳市福田区).</summary>
    [PersonalData(MaskKind.Address)]
    public string Hukou { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public ChildCategory Category { get; set; }

    public Guid? InstitutionId { get; set; }

    public ChildStatus Status { get; set; }

    public string RegisteredBy { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    public string? ApprovedBy { get; set; }

    public DateOnly? ApprovedOn { get; set; }

    /// <summary>First month paid (first day of the month).</summary>
    public DateOnly? AllowanceFrom { get; set; }

    public DateOnly? LeftOn { get; set; }

    public LeaveReason? LeaveReason { get; set; }

    public string? LeaveNote { get; set; }

    public string? Note { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }

    public List<Guardian> Guardians { get; set; } = [];
}

/// <summary>A guardian (监护人); the payee of a dispersed allowance when <see cref="IsPayee"/>.</summary>
internal sealed class Guardian
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ChildId { get; set; }

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    public string Relation { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string? Phone { get; set; }

    public string? BankName { get; set; }

    [PersonalData(MaskKind.BankAccount)]
    public string? BankAccount { get; set; }

    public bool IsPayee { get; set; }
}
