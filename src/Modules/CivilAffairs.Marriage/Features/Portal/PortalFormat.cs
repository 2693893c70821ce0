using System.Globalization;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Localization;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>How the portal writes days, times and statuses (Chinese first; English from the feature's en.json).</summary>
internal static class PortalFormat
{
    private static readonly string[] Weekdays = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    /// <summary>"5月20日 周三" / "Wed 20 May".</summary>
    public static string Day(DateOnly d) => Loc.IsEnglish
        ? d.ToString("ddd d MMM", CultureInfo.InvariantCulture)
        : $"{d.Month}月{d.Day}日 {Weekdays[(int)d.DayOfWeek]}";

    /// <summary>"2026年5月20日 周三" / "Wed 20 May 2026".</summary>
    public static string FullDay(DateOnly d) => Loc.IsEnglish
        ? d.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)
        : $"{d.Year}年{d.Month}月{d.Day}日 {Weekdays[(int)d.DayOfWeek]}";

    /// <summary>A translated format string filled in ("剩余{0}个" → "{0} left").</summary>
    public static string F(string zh, params object[] args) => string.Format(CultureInfo.InvariantCulture, Loc.T(zh), args);

    public static string WeekdayZh(DateOnly d) => Weekdays[(int)d.DayOfWeek];

    public static string Time(TimeOnly t) => t.ToString("H:mm", CultureInfo.InvariantCulture);

    public static string Hours(TimeOnly start, TimeOnly end) => $"{Time(start)}–{Time(end)}";

    public static string StatusCss(AppointmentStatus s) => s switch
    {
        AppointmentStatus.Confirmed => "text-bg-success",
        AppointmentStatus.CheckedIn or AppointmentStatus.Completed => "text-bg-primary",
        AppointmentStatus.NoShow => "text-bg-danger",
        _ => "text-bg-secondary",
    };

    /// <summary>"福田区婚姻登记处" → "福田区": the district names the 居住证 choice shows, taken from the offices.</summary>
    public static string DistrictOf(string officeName) => officeName.Replace("婚姻登记处", "", StringComparison.Ordinal);
}
