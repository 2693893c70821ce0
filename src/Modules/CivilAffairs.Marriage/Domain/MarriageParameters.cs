using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Marriage.Domain;

/// <summary>
/// The parameter keys of marriage registration (rules doc §14). Values, effective dates and legal
/// bases live in the parameter store; the 2021 divorce cooling-off period is a dated value, not code.
/// </summary>
internal static class MarriageParameters
{
    public const string MinAgeMale = "marriage.age.male";
    public const string MinAgeFemale = "marriage.age.female";
    public const string DivorceCoolingOffDays = "marriage.divorce.cooling_off_days";
    public const string DivorceCollectionDays = "marriage.divorce.collection_days";
    public const string BookingMinDaysAhead = "marriage.booking.min_days_ahead";
    public const string BookingMaxDaysAhead = "marriage.booking.max_days_ahead";
    public const string BookingReleaseTime = "marriage.booking.release_time";
    public const string NoShowLimit = "marriage.booking.no_show_limit";
    public const string NoShowWindowDays = "marriage.booking.no_show_window_days";
    public const string NoShowBanDays = "marriage.booking.no_show_ban_days";
    public const string RescheduleLimit = "marriage.booking.reschedule_limit";
    public const string ResidencePermitPilot = "marriage.residence_permit_pilot";
    public const string AnyOffice = "marriage.registration.any_office";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(MinAgeMale, "法定结婚年龄（男）", "周岁", ParameterType.Integer, "marriage"),
        new(MinAgeFemale, "法定结婚年龄（女）", "周岁", ParameterType.Integer, "marriage"),
        new(DivorceCoolingOffDays, "离婚冷静期", "日", ParameterType.Integer, "marriage"),
        new(DivorceCollectionDays, "冷静期届满后申请发给离婚证的期限", "日", ParameterType.Integer, "marriage"),
        new(BookingMinDaysAhead, "预约最少提前天数", "日", ParameterType.Integer, "marriage"),
        new(BookingMaxDaysAhead, "可预约的最远天数", "日", ParameterType.Integer, "marriage"),
        new(BookingReleaseTime, "每日放号时间", "HH:mm", ParameterType.Text, "marriage"),
        new(NoShowLimit, "爽约次数上限（统计期内）", "次", ParameterType.Integer, "marriage"),
        new(NoShowWindowDays, "爽约统计期", "日", ParameterType.Integer, "marriage"),
        new(NoShowBanDays, "爽约达上限后暂停预约天数", "日", ParameterType.Integer, "marriage"),
        new(RescheduleLimit, "每笔预约可改约次数", "次", ParameterType.Integer, "marriage"),
        new(AnyOffice, "婚姻登记“全国通办”：可在任一婚姻登记机关办理，不限户籍地（1=是，0=否）", "", ParameterType.Integer, "marriage"),
        new(ResidencePermitPilot, "婚姻登记“跨省通办”试点：凭本地居住证可在居住地登记（1=是，0=否）", "", ParameterType.Integer, "marriage"),
    ];
}
