using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Marriage.Features.Registration;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>
/// One session of the clerk's office with the day's counts: 预约 (not cancelled), 已签到 (waiting
/// at the window), 已办结, 未到 (booked but not arrived yet, or marked as a no-show).
/// </summary>
public sealed record DeskSessionView(Guid Id, Guid OfficeId, string OfficeName, DateOnly Date, SessionPeriod Period, string PeriodName,
    TimeOnly Start, TimeOnly End, string? Label, bool IsClosed, bool Ended, IReadOnlyList<QuotaView> Quotas,
    int Booked, int CheckedIn, int Completed, int NotArrived);

/// <summary>The window's day: today's sessions and bookings, and the sessions a walk-in may still be booked into.</summary>
public sealed record DeskToday(DateOnly Date, IReadOnlyList<string> Offices, IReadOnlyList<DeskSessionView> Sessions,
    IReadOnlyList<AppointmentView> Appointments, IReadOnlyList<DeskSessionView> Bookable);

/// <summary>
/// A booking as the window handles it: masked parties, what was recorded for it, and for a divorce
/// the application in cooling-off that this visit may complete.
/// </summary>
public sealed record DeskBookingView(AppointmentView Booking, string PartyAPhone, string? PartyBPhone, DateTime? CheckedInAtUtc,
    bool CanCheckIn, bool CanRegister, RegistrationView? Registration, DivorceView? Divorce, DivorceView? PendingDivorce,
    IReadOnlyList<string> Documents);

/// <summary>The parties' full names and ID numbers, shown to the clerk who holds their documents (audited).</summary>
public sealed record RevealedParties(string PartyAName, string PartyAIdNumber, string? PartyBName, string? PartyBIdNumber);

public sealed record RevealPartiesRequest(string? Reason);

/// <summary>Search of bookings in the clerk's district.</summary>
public sealed class AppointmentSearch
{
    /// <summary>预约码 (exact).</summary>
    public string? Code { get; set; }

    /// <summary>Either party's ID number (exact).</summary>
    public string? IdNumber { get; set; }

    public DateOnly? Date { get; set; }

    public Guid? Office { get; set; }

    /// <summary>Confirmed, Cancelled, CheckedIn, Completed or NoShow.</summary>
    public string? Status { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record AppointmentPage(int Total, int Page, int PageSize, IReadOnlyList<AppointmentView> Items);

/// <summary>Registrations recorded in the clerk's district.</summary>
public sealed class RegistrationSearch
{
    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    /// <summary>Marriage, Divorce, Reissue or StatusCertificate.</summary>
    public string? Type { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

public sealed record RegistrationPage(int Total, int Page, int PageSize, IReadOnlyList<RegistrationView> Items);

/// <summary>A divorce application in the list: its timeline, where it stands today and what may be done.</summary>
/// <param name="StageName">冷静期中 / 可申请发证 / 已逾期（待清理） for open applications, else the status name.</param>
public sealed record DivorceListItem(Guid Id, string OfficeName, DateOnly AppliedOn, DateOnly EarliestRegistrationOn, DateOnly? LapsesAfter,
    DivorceStatus Status, string StatusName, string StageName, string PartyAName, string PartyAIdNumber, string PartyBName, string PartyBIdNumber,
    DateTime? ClosedAtUtc, string? ClosedReason, bool CanWithdraw);

public sealed record DivorcePage(int Total, int Page, int PageSize, IReadOnlyList<DivorceListItem> Items,
    int CoolingOff, int Registered, int Withdrawn, int Lapsed);
