using CivilAffairs.Platform.Values;

namespace CivilAffairs.Rescue.Domain;

/// <summary>A room of the station's dormitory: men and women sleep apart (办法 art. 8).</summary>
internal sealed class StationRoom
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The station's division (4403 for the city station).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>e.g. A-101.</summary>
    public string Code { get; set; } = "";

    public Sex Sex { get; set; }

    public int Capacity { get; set; }

    /// <summary>e.g. 未成年人专区, 医疗观察室.</summary>
    public string? Note { get; set; }

    public bool IsActive { get; set; } = true;
}

/// <summary>随身物品登记 (办法 art. 6), returned on leaving against the person's signature.</summary>
internal sealed class CaseBelonging
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Item { get; set; } = "";

    public int Quantity { get; set; }

    public string? Note { get; set; }

    public DateTime RegisteredAtUtc { get; set; }

    public DateTime? ReturnedAtUtc { get; set; }

    /// <summary>The person (or the receiver) signed for the items.</summary>
    public bool ReturnSigned { get; set; }
}

/// <summary>One line of a case's timeline: who did what when.</summary>
internal sealed class CaseEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateTime AtUtc { get; set; }

    public string By { get; set; } = "";

    /// <summary>Short title, e.g. 受助登记, 延长救助批准.</summary>
    public string What { get; set; } = "";

    /// <summary>Details without ID numbers (masked where needed).</summary>
    public string? Detail { get; set; }
}

internal enum ExtensionReason
{
    /// <summary>等待亲属接领.</summary>
    AwaitingPickup,

    /// <summary>治疗.</summary>
    MedicalTreatment,

    /// <summary>等待安置.</summary>
    AwaitingSettlement,
}

internal enum ExtensionStatus
{
    Requested,
    Approved,
    Refused,
}

/// <summary>延长救助期限 (实施细则 arts 11–12), approved by the station lead (rescue.approve).</summary>
internal sealed class StayExtension
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public ExtensionReason Reason { get; set; }

    public int Days { get; set; }

    public string? Note { get; set; }

    public ExtensionStatus Status { get; set; }

    public string RequestedBy { get; set; } = "";

    public DateTime RequestedAtUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }
}

/// <summary>送医: a person sent to hospital for treatment.</summary>
internal sealed class MedicalReferral
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Hospital { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateOnly SentOn { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    /// <summary>治愈返站, 住院治疗中, 转院, 死亡 ...</summary>
    public string? Outcome { get; set; }

    public string RecordedBy { get; set; } = "";
}

internal enum TravelMode
{
    Train,
    Bus,
    Air,
    Ship,
    Other,
}

/// <summary>返乡车票: fare paid by the station for someone without money to go home (办法 art. 9).</summary>
internal sealed class TravelTicket
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Destination { get; set; } = "";

    public TravelMode Mode { get; set; }

    public DateOnly TravelOn { get; set; }

    public decimal Fare { get; set; }

    /// <summary>Staff escorting the person, if any (护送返乡).</summary>
    public string? Escort { get; set; }

    public string IssuedBy { get; set; } = "";

    public DateTime IssuedAtUtc { get; set; }
}

/// <summary>How the person left: to relatives or a guardian, home on a ticket, or on their own.</summary>
internal sealed class HandOver
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public string DivisionCode { get; set; } = "";

    public HandOverKind Kind { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? ReceiverName { get; set; }

    /// <summary>父亲, 儿子, 监护人(福利院) ...</summary>
    public string? Relationship { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string? ReceiverIdNumber { get; set; }

    public DateOnly HandedOverOn { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}

/// <summary>Case numbers JZ-{year}-{seq:000000}: the last number given per year.</summary>
internal sealed class CaseCounter
{
    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}
