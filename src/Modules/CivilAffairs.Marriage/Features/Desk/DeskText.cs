using System.Globalization;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using static CivilAffairs.Platform.Localization.Loc;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>How the window pages write days, sessions and quotas (one place, so the pages stay short).</summary>
internal static class DeskText
{
    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + T(Weekdays[(int)d.DayOfWeek]);

    public static string Time(TimeOnly start, TimeOnly end) =>
        start.ToString("HH:mm", CultureInfo.InvariantCulture) + "–" + end.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Quotas(IEnumerable<QuotaView> quotas) =>
        string.Join("  ", quotas.Where(q => q.Capacity > 0).Select(q => $"{T(Short(q.ServiceType))} {q.Remaining}/{q.Capacity}"));

    /// <summary>An option of the walk-in form: "2026-11-30 星期一 上午 09:00–12:00 · 结婚 12/40 …".</summary>
    public static string Option(DeskSessionView s, bool withOffice) =>
        $"{Day(s.Date)} {T(s.PeriodName)} {Time(s.Start, s.End)}{(s.Label is null ? "" : " " + s.Label)}{(withOffice ? " · " + s.OfficeName : "")} · {Quotas(s.Quotas)}";

    public static string Short(ServiceType t) => t switch
    {
        ServiceType.Marriage => "结婚",
        ServiceType.Divorce => "离婚",
        ServiceType.Reissue => "补领",
        _ => "证明",
    };

    public static string Channel(BookingChannel c) => c == BookingChannel.Window ? "窗口" : "网上";

    public static string StatusBadge(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Confirmed => "text-bg-primary",
        AppointmentStatus.CheckedIn => "text-bg-warning",
        AppointmentStatus.Completed => "text-bg-success",
        AppointmentStatus.NoShow => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    public static string DivorceBadge(DivorceStatus s) => s switch
    {
        DivorceStatus.CoolingOff => "text-bg-warning",
        DivorceStatus.Registered => "text-bg-success",
        DivorceStatus.Withdrawn => "text-bg-secondary",
        _ => "text-bg-light border",
    };

    public static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static string LocalTime(DateTime? utc) =>
        utc is { } u ? CivilAffairs.Platform.Values.ChinaTime.ToLocal(u).ToString("HH:mm", CultureInfo.InvariantCulture) : "";
}
