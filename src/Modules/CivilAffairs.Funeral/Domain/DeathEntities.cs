using CivilAffairs.Platform.Values;

namespace CivilAffairs.Funeral.Domain;

/// <summary>殡仪馆: a funeral home, a service-provider institution of a district.</summary>
internal sealed class FuneralHome
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short code used in cremation certificate numbers, e.g. SZ, BA, LG.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>District the home belongs to (its cases carry the same code).</summary>
    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Phone { get; set; } = "";

    public bool IsActive { get; set; } = true;
}

/// <summary>
/// One item of the free basic funeral services (基本殡葬服务免费项目) in force from
/// <see cref="ValidFrom"/> to <see cref="ValidTo"/>, with the standard (the most waived for it).
/// </summary>
internal sealed class FreeServiceItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>Standard price = the most waived for this item (yuan).</summary>
    public decimal Standard { get; set; }

    public int Order { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }

    public string LegalBasis { get; set; } = "";

    /// <summary>True when the standard is not from a published source (推定).</summary>
    public bool Inferred { get; set; }
}

internal enum DeathPlace
{
    Hospital,
    Home,
    Other,
}

internal enum CaseStatus
{
    /// <summary>Death recorded, not yet cremated.</summary>
    Recorded,
    Cremated,
    Closed,
}

/// <summary>A deceased received by a funeral home: the death, services delivered, cremation and the waiver.</summary>
internal sealed class DeathCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HomeId { get; set; }

    /// <summary>The home's district (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    public Sex Sex { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>户籍所在县区 (6 digits); 4403xx is Shenzhen hukou.</summary>
    public string HukouDivisionCode { get; set; } = "";

    public DateOnly DiedOn { get; set; }

    public DeathPlace Place { get; set; }

    [PersonalData(MaskKind.Address)]
    public string PlaceText { get; set; } = "";

    public bool DiedInShenzhen { get; set; } = true;

    /// <summary>死亡医学证明（推断）书编号.</summary>
    public string DeathCertificateNumber { get; set; } = "";

    public CaseStatus Status { get; set; }

    public DateOnly? CrematedOn { get; set; }

    /// <summary>火化证明编号: generated per home and year, or the other city's number for a reimbursement.</summary>
    public string? CremationCertificateNumber { get; set; }

    /// <summary>Invoices presented when a Shenzhen resident cremated elsewhere claims the fees back.</summary>
    public string? InvoiceNumbers { get; set; }

    public decimal ChargedTotal { get; set; }

    public bool WaiverEligible { get; set; }

    public string WaiverReason { get; set; } = "";

    public decimal WaiverAmount { get; set; }

    public decimal SelfPay { get; set; }

    /// <summary>The overall cap used and the date its version took effect (the parameter values used).</summary>
    public decimal? WaiverCap { get; set; }

    public DateOnly? WaiverCapFrom { get; set; }

    public string? WaiverBasis { get; set; }

    public Guid? ClaimId { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int Version { get; set; }

    public List<DeliveredService> Services { get; set; } = [];

    public bool IsShenzhenHukou => HukouDivisionCode.StartsWith("4403", StringComparison.Ordinal);
}

/// <summary>A service delivered: a catalogue item (ItemCode set) or a paid extra.</summary>
internal sealed class DeliveredService
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string? ItemCode { get; set; }

    public string Name { get; set; } = "";

    public decimal Quantity { get; set; }

    public decimal UnitPrice { get; set; }

    public decimal Charged { get; set; }

    /// <summary>The item's standard used (null for an extra).</summary>
    public decimal? Standard { get; set; }

    public decimal Waived { get; set; }

    public int Order { get; set; }
}

/// <summary>
/// Outbox row: a PersonDied to publish, written in the same transaction as the case; the outcome of
/// each module is stored once dispatched.
/// </summary>
internal sealed class DeathNotice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public DateOnly DiedOn { get; set; }

    public string Source { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? DispatchedAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>JSON array of PersonDiedOutcome of the latest dispatch.</summary>
    public string? OutcomesJson { get; set; }
}

internal enum ClaimStatus
{
    Prepared,
    Submitted,
    Approved,
    Returned,
}

/// <summary>月度申报: a home's claim for the waivers of the cases cremated in one month.</summary>
internal sealed class WaiverClaim
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HomeId { get; set; }

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month claimed.</summary>
    public DateOnly Month { get; set; }

    public ClaimStatus Status { get; set; }

    public int Cases { get; set; }

    public decimal Amount { get; set; }

    /// <summary>Totals imported from the former system (no case rows behind them).</summary>
    public bool Imported { get; set; }

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public string? SubmittedBy { get; set; }

    public DateTime? SubmittedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public string? ReturnReason { get; set; }

    public int Version { get; set; }
}

/// <summary>Cremation certificate counter per home and year.</summary>
internal sealed class CertificateCounter
{
    public Guid HomeId { get; set; }

    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
