using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Marriage.Domain;

/// <summary>上午 / 下午 (a session is one half-day at one office).</summary>
public enum SessionPeriod
{
    Morning,
    Afternoon,
}

/// <summary>Why a session exists: the regular week, the Saturday extended service, an announced special day or holiday.</summary>
public enum SessionKind
{
    Weekday,
    Saturday,
    Special,
    Holiday,
}

public enum AppointmentStatus
{
    /// <summary>已预约: holds a slot.</summary>
    Confirmed,

    /// <summary>已取消: the slot went back.</summary>
    Cancelled,

    /// <summary>已签到: the couple came.</summary>
    CheckedIn,

    /// <summary>已办结: the clerk recorded the outcome.</summary>
    Completed,

    /// <summary>爽约: did not come (counts towards the no-show limit; the slot was consumed).</summary>
    NoShow,
}

public enum BookingChannel
{
    /// <summary>网上预约 (portal / WeChat entry).</summary>
    Online,

    /// <summary>窗口现场预约 by a clerk.</summary>
    Window,
}

/// <summary>A 婚姻登记处. DivisionCode is the district it belongs to (jurisdiction of its staff).</summary>
internal sealed class MarriageOffice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Short stable code, e.g. "FT" for 福田区婚姻登记处; used in certificate numbers' office part.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public string Address { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Hours { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public List<OfficeServedDistrict> Served { get; set; } = [];

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A hukou district (6-digit county code) whose residents this office registers.</summary>
internal sealed class OfficeServedDistrict
{
    public Guid OfficeId { get; set; }

    public string DivisionCode { get; set; } = "";
}

/// <summary>The regular week: which half-days open, their hours and capacity per service type.</summary>
internal sealed class SessionTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OfficeId { get; set; }

    /// <summary>ISO day of week (1 = Monday … 6 = Saturday).</summary>
    public int DayOfWeek { get; set; }

    public SessionPeriod Period { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>Capacity per <see cref="ServiceType"/>, e.g. {"Marriage":40,"Divorce":10}.</summary>
    public string CapacityJson { get; set; } = "{}";
}

/// <summary>
/// An announced exception to the week: a special opening (5·20, 七夕, 2·14, a holiday by
/// announcement) or a closure. Applies to one office or, with no office, to all.
/// </summary>
internal sealed class SpecialDay
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid? OfficeId { get; set; }

    public DateOnly Date { get; set; }

    public string Name { get; set; } = "";

    /// <summary>True: the office is closed that day (sessions already booked are listed for call-back).</summary>
    public bool IsClosure { get; set; }

    public SessionPeriod? Period { get; set; }

    public TimeOnly? Start { get; set; }

    public TimeOnly? End { get; set; }

    public string CapacityJson { get; set; } = "{}";

    public DateOnly AnnouncedOn { get; set; }
}

/// <summary>One bookable half-day at one office, generated from the templates and special days.</summary>
internal sealed class Session
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OfficeId { get; set; }

    /// <summary>The office's district, copied so that jurisdiction filters need no join.</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly Date { get; set; }

    public SessionPeriod Period { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public SessionKind Kind { get; set; }

    public string? Label { get; set; }

    public bool IsClosed { get; set; }

    public string? ClosedReason { get; set; }

    public List<SessionQuota> Quotas { get; set; } = [];
}

/// <summary>
/// The hot row of the rush: capacity and what is left for one service type in one session.
/// Invariant: Capacity = Remaining + bookings holding a slot. Remaining only changes by
/// set-based updates guarded by "Remaining > 0" inside the booking's transaction.
/// </summary>
[NotAudited]
internal sealed class SessionQuota
{
    public Guid SessionId { get; set; }

    public ServiceType ServiceType { get; set; }

    public int Capacity { get; set; }

    public int Remaining { get; set; }
}

/// <summary>A booking for one couple (or one person for 补领 / 婚姻状况证明) in one session.</summary>
internal sealed class Appointment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>预约码: 8 characters without look-alikes (no 0/O, 1/I).</summary>
    public string Code { get; set; } = "";

    public Guid SessionId { get; set; }

    public Guid OfficeId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly Date { get; set; }

    public SessionPeriod Period { get; set; }

    public ServiceType ServiceType { get; set; }

    public AppointmentStatus Status { get; set; }

    public BookingChannel Channel { get; set; }

    [PersonalData(MaskKind.IdNumber)]
    public string PartyAIdNumber { get; set; } = "";

    [PersonalData(MaskKind.Name)]
    public string PartyAName { get; set; } = "";

    [PersonalData(MaskKind.Phone)]
    public string PartyAPhone { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string? PartyBIdNumber { get; set; }

    [PersonalData(MaskKind.Name)]
    public string? PartyBName { get; set; }

    [PersonalData(MaskKind.Phone)]
    public string? PartyBPhone { get; set; }

    /// <summary>The account that booked (a citizen sees their own bookings by this).</summary>
    public string BookedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? CancelledAtUtc { get; set; }

    public string? CancelReason { get; set; }

    public DateTime? CheckedInAtUtc { get; set; }

    /// <summary>How many times this booking's chain was moved (改约), limited by a parameter.</summary>
    public int RescheduleCount { get; set; }

    /// <summary>When rescheduled: the booking that replaced this one.</summary>
    public Guid? ReplacedById { get; set; }

    public int Version { get; set; }

    public bool HoldsSlot => Status is AppointmentStatus.Confirmed or AppointmentStatus.CheckedIn or AppointmentStatus.Completed or AppointmentStatus.NoShow;
}

/// <summary>
/// One person booked on one day: its unique key is what stops a person being booked twice on
/// a day under any concurrency. Deleted when the booking is cancelled.
/// </summary>
[NotAudited]
internal sealed class AppointmentDayLock
{
    public string IdNumber { get; set; } = "";

    public DateOnly Date { get; set; }

    public Guid AppointmentId { get; set; }
}
