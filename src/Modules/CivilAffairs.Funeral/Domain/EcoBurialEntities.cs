using CivilAffairs.Platform.Values;

namespace CivilAffairs.Funeral.Domain;

internal enum EcoBurialStatus
{
    /// <summary>Papers complete, waiting for the bureau's decision.</summary>
    Submitted,
    Approved,
    Rejected,

    /// <summary>The reward went out in a payment batch marked paid.</summary>
    Paid,
}

/// <summary>
/// An application for an eco-burial (and its reward). It keeps its own copy of the deceased's
/// facts: the death records of the funeral homes belong to another area of the module.
/// DivisionCode is the accepting office's division (the clerk's jurisdiction).
/// </summary>
internal sealed class EcoBurialApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public EcoBurialStatus Status { get; set; }

    public BurialType BurialType { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string DeceasedIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string DeceasedName { get; set; } = "";

    /// <summary>Hukou county (6 digits) or "" when outside Shenzhen and not given.</summary>
    public string HukouDivisionCode { get; set; } = "";

    public bool ShenzhenHukou { get; set; }

    public DateOnly DateOfDeath { get; set; }

    /// <summary>火化证 or 骨灰寄存证 number.</summary>
    public string CertificateNumber { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string ApplicantIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string ApplicantName { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string ApplicantPhone { get; set; } = "";

    /// <summary>配偶 / 子女 / 父母 / 其他亲属 / 受托人 (with a power of attorney).</summary>
    public string Relationship { get; set; } = "";

    public bool PowerOfAttorney { get; set; }

    public string BankName { get; set; } = "";

    [PersonalData(MaskKind.BankAccount)]
    public string BankAccount { get; set; } = "";

    /// <summary>Organised by the city or a district 民政 department (a condition of the reward).</summary>
    public bool OrganisedByCivilAffairs { get; set; } = true;

    /// <summary>Tree / flower-bed / lawn: entered; sea: the event's date once assigned.</summary>
    public DateOnly? BurialDate { get; set; }

    public string? CemeteryName { get; set; }

    public Guid? SeaBurialEventId { get; set; }

    public List<EcoBurialCompanion> Companions { get; set; } = [];

    public int ExtraSeats { get; set; }

    public decimal ExtraSeatFee { get; set; }

    public string? SeatBasis { get; set; }

    public bool PaperCertificate { get; set; }

    public bool PaperApplicantId { get; set; }

    public bool PaperRelationship { get; set; }

    public bool PaperCompanionIds { get; set; }

    public bool PaperHukouBook { get; set; }

    public DateOnly AcceptedOn { get; set; }

    public string AcceptedBy { get; set; } = "";

    public decimal? RewardAmount { get; set; }

    public string? RewardReason { get; set; }

    /// <summary>The parameter values used for the reward (key=value, since, legal basis).</summary>
    public string? RewardBasis { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public string? DecidedBy { get; set; }

    public string? RejectReason { get; set; }

    public Guid? PaymentBatchId { get; set; }

    public DateOnly? PaidOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A family member boarding the sea-burial vessel with the ashes.</summary>
internal sealed class EcoBurialCompanion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ApplicationId { get; set; }

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";
}

internal enum SeaBurialStatus
{
    Planned,
    Done,
    Cancelled,
}

/// <summary>
/// One sea-burial voyage (海葬活动). Organised city-wide, so not filtered by jurisdiction: every
/// office assigns its applicants to the same voyages. The taken counters only change through a
/// conditional UPDATE (never read-modify-write), so a voyage cannot be overbooked.
/// </summary>
internal sealed class SeaBurialEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public int Sequence { get; set; }

    public DateOnly Date { get; set; }

    public string Vessel { get; set; } = "";

    public int AshesCapacity { get; set; }

    public int PassengerSeats { get; set; }

    public int AshesTaken { get; set; }

    public int SeatsTaken { get; set; }

    public SeaBurialStatus Status { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

internal enum PaymentBatchStatus
{
    Prepared,
    Paid,
}

/// <summary>The approved, unpaid rewards of one month in one jurisdiction, sent to the bank as one list.</summary>
internal sealed class EcoRewardBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    /// <summary>First day of the month whose approvals it pays.</summary>
    public DateOnly Month { get; set; }

    public int Count { get; set; }

    public decimal Total { get; set; }

    public PaymentBatchStatus Status { get; set; }

    public string PreparedBy { get; set; } = "";

    public DateTime PreparedAtUtc { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? PaidBy { get; set; }
}

internal enum CemeteryKind
{
    /// <summary>公墓</summary>
    Cemetery,

    /// <summary>骨灰堂 / 骨灰楼</summary>
    Columbarium,
}

/// <summary>A 公墓 or 骨灰堂 as an institution: capacity, use and its eco-burial area.</summary>
internal sealed class Cemetery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public CemeteryKind Kind { get; set; }

    public string Operator { get; set; } = "";

    /// <summary>公益性 (true) or 经营性 (false).</summary>
    public bool PublicWelfare { get; set; }

    public string DivisionCode { get; set; } = "";

    public string? Address { get; set; }

    /// <summary>Plots (cemetery) or niches (columbarium).</summary>
    public int Capacity { get; set; }

    public int Used { get; set; }

    public int EcoAreaCapacity { get; set; }

    public int EcoAreaUsed { get; set; }

    /// <summary>What is not sourced (推定) about this entry.</summary>
    public string? Note { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}
