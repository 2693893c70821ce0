using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>One party as entered on the portal or at the window.</summary>
/// <param name="HukouDivisionCode">户籍地 (county code) when the ID's address code is not where the hukou now is; else the registry's record or the ID's code is used.</param>
/// <param name="ResidencePermitDivisionCode">The district of a Shenzhen 居住证 (跨省通办 pilot from 2021-06-01).</param>
public sealed record PartyInput(string? IdNumber, string? Name, string? Phone, string? HukouDivisionCode = null, string? ResidencePermitDivisionCode = null);

public sealed record BookAppointmentRequest(Guid SessionId, ServiceType ServiceType, PartyInput? PartyA, PartyInput? PartyB);

public sealed record RescheduleRequest(Guid SessionId);

public sealed record CancelRequest(string? Reason);

/// <summary>A booking as shown to its owner or a clerk: names and ID numbers masked.</summary>
public sealed record AppointmentView(
    string Code, Guid SessionId, Guid OfficeId, string OfficeName, string OfficeAddress, DateOnly Date, SessionPeriod Period,
    TimeOnly Start, TimeOnly End, string? SessionLabel, ServiceType ServiceType, string ServiceName, AppointmentStatus Status, string StatusName,
    BookingChannel Channel, string PartyAName, string PartyAIdNumber, string? PartyBName, string? PartyBIdNumber, DateTime CreatedAtUtc,
    string? ReplacedByCode, bool CanCancel);

/// <summary>Why a claim did not get a slot (the rush answers with these, never with an error page).</summary>
internal static class BookingProblems
{
    public const string SessionFull = "/problems/session-full";
    public const string DuplicateBooking = "/problems/duplicate-booking";
    public const string TooBusy = "/problems/too-busy";
    public const string TooBusyMessage = "当前预约人数较多，请稍后再试";
}

internal static class MarriageNames
{
    public static string Of(ServiceType t) => t switch
    {
        ServiceType.Marriage => "结婚登记",
        ServiceType.Divorce => "离婚登记",
        ServiceType.Reissue => "补领婚姻登记证",
        _ => "婚姻状况证明",
    };

    public static string Of(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Confirmed => "已预约",
        AppointmentStatus.Cancelled => "已取消",
        AppointmentStatus.CheckedIn => "已签到",
        AppointmentStatus.Completed => "已办结",
        _ => "爽约",
    };

    public static string Of(SessionPeriod p) => p == SessionPeriod.Morning ? "上午" : "下午";

    public static string Of(SessionKind k) => k switch
    {
        SessionKind.Weekday => "工作日",
        SessionKind.Saturday => "周六延时服务",
        SessionKind.Special => "特别场次",
        _ => "节假日场次",
    };

    /// <summary>Whether the service needs both parties present and entered.</summary>
    public static bool NeedsBoth(ServiceType t) => t is ServiceType.Marriage or ServiceType.Divorce;
}
