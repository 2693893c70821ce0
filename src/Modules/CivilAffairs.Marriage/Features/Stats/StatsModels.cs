namespace CivilAffairs.Marriage.Features.Stats;

/// <summary>
/// The bookings of a period (by session date). A booking moved by 改约 counts once, as its new
/// booking. Due = not cancelled and its session has ended; Shown = came (已签到 / 已办结);
/// NoShows = Due − Shown; ShowRate = Shown ÷ Due (null when nothing was due).
/// </summary>
public sealed record BookingFigures(int Bookings, int Online, int Window, int Cancelled, int Due, int Shown, int NoShows, decimal? ShowRate);

/// <summary>Registrations recorded (证书字号 issued) by type: 结婚 / 离婚 / 补领 / 婚姻状况证明.</summary>
public sealed record RegistrationFigures(int Marriage, int Divorce, int Reissue, int StatusCertificate)
{
    public int Total => Marriage + Divorce + Reissue + StatusCertificate;
}

public sealed record RegistryStatsRow(Guid OfficeId, string OfficeCode, string OfficeName, BookingFigures Bookings, RegistrationFigures Registrations);

public sealed record DayStatsRow(DateOnly Date, string Weekday, string? DayNote, int Sessions, BookingFigures Bookings, RegistrationFigures Registrations);

/// <summary>Divorce applications: entering the cooling-off (applied in the period), withdrawn, lapsed, registered (closed in the period).</summary>
public sealed record DivorceFlowRow(Guid? OfficeId, string OfficeName, int EnteredCoolingOff, int Withdrawn, int Lapsed, int Registered);

/// <summary>Sessions outside the regular weekday: Saturday extended service, announced special days, holidays by announcement.</summary>
public sealed record ExtraSessionRow(string Kind, string KindName, int SessionsHeld, int Bookings, int CouplesServed);

/// <summary>One special or holiday day at one office: what it was and how many came.</summary>
public sealed record SpecialDayStatsRow(DateOnly Date, string OfficeName, string Label, string KindName, int SessionsHeld, int Capacity, int Bookings, int CouplesServed);

public sealed record MarriageStatsReport(DateOnly From, DateOnly To, Guid? RegistryId, string? RegistryName, BookingFigures Totals,
    RegistrationFigures Registrations, IReadOnlyList<RegistryStatsRow> ByRegistry, IReadOnlyList<DayStatsRow> ByDay,
    IReadOnlyList<DivorceFlowRow> Divorces, IReadOnlyList<ExtraSessionRow> ExtraSessions, IReadOnlyList<SpecialDayStatsRow> SpecialDays);
