using CivilAffairs.Platform.Values;

namespace CivilAffairs.Marriage.Domain;

/// <summary>A registration the clerk recorded (结婚 / 离婚 / 补领 / 婚姻状况证明), with its certificate number.</summary>
internal sealed class Registration
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OfficeId { get; set; }

    public string DivisionCode { get; set; } = "";

    public Guid? AppointmentId { get; set; }

    public Guid? DivorceApplicationId { get; set; }

    public ServiceType ServiceType { get; set; }

    /// <summary>证书字号, e.g. J440304-2018-000123 (结婚证), L… (离婚证), BJ/BL… (补发), Z… (证明).</summary>
    public string CertificateNumber { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    /// <summary>登记员 (display name of the clerk who recorded it).</summary>
    public string Registrar { get; set; } = "";

    public string RegistrarUserName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string PartyAIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string PartyAName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string? PartyBIdNumber { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? PartyBName { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}

public enum DivorceStatus
{
    /// <summary>冷静期中 / 待发证.</summary>
    CoolingOff,

    /// <summary>已登记离婚.</summary>
    Registered,

    /// <summary>一方撤回申请 within the cooling-off period.</summary>
    Withdrawn,

    /// <summary>期满未申请发证，视为撤回.</summary>
    Lapsed,
}

/// <summary>
/// A divorce application (离婚登记申请, 民法典 art. 1077): from 2021 it waits the cooling-off
/// period, then both must come within the collection period or it lapses.
/// </summary>
internal sealed class DivorceApplication
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OfficeId { get; set; }

    public string DivisionCode { get; set; } = "";

    public Guid? AppointmentId { get; set; }

    public DateOnly AppliedOn { get; set; }

    public DateOnly EarliestRegistrationOn { get; set; }

    /// <summary>Null when no cooling-off was in force (before 2021): registered the same day.</summary>
    public DateOnly? LapsesAfter { get; set; }

    public DivorceStatus Status { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string PartyAIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string PartyAName { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string PartyBIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string PartyBName { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public string? ClosedReason { get; set; }

    public int Version { get; set; }
}

/// <summary>The last certificate number issued per prefix, district and year (a concurrency token guards it).</summary>
internal sealed class CertificateSequence
{
    public string Prefix { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public int Year { get; set; }

    public int Last { get; set; }

    public int Version { get; set; }
}

/// <summary>An SMS waiting for (or sent through) the configured gateway. The text holds no ID number.</summary>
internal sealed class SmsMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.Phone)]
    public string Phone { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>What it is about, e.g. "appointment:ABCD2345", for the outbox list.</summary>
    public string Topic { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
