using CivilAffairs.Platform.Values;

namespace CivilAffairs.Marriage.Domain;

public enum ServiceType
{
    /// <summary>结婚登记</summary>
    Marriage,

    /// <summary>离婚登记</summary>
    Divorce,

    /// <summary>补领婚姻登记证</summary>
    Reissue,

    /// <summary>婚姻状况证明</summary>
    StatusCertificate,
}

/// <summary>A party as the rules see them: parsed ID number and the district of their permanent hukou.</summary>
internal sealed record Party(IdNumberInfo Id, string HukouDistrict);

/// <summary>The parameter values in force on the registration date (see <see cref="MarriageParameters"/>).</summary>
/// <param name="AnyOffice">From 2025-05-10 (国务院令第804号) any office registers anyone: no hukou jurisdiction check.</param>
internal sealed record MarriagePolicy(int MinAgeMale, int MinAgeFemale, int DivorceCoolingOffDays, int DivorceCollectionDays, bool AnyOffice = false);

/// <summary>The booking-window parameters in force on the booking day.</summary>
internal sealed record BookingPolicy(int MinDaysAhead, int MaxDaysAhead, TimeOnly ReleaseTime);

/// <summary>
/// Who may register where and when (婚姻法 art. 6 / 民法典 arts. 1046–1049, 1076–1077; 婚姻登记条例
/// arts. 2, 4, 6). Pure: booking, window booking and registration all ask the same questions.
/// </summary>
internal static class MarriageRules
{
    /// <summary>Reasons a marriage booking or registration on <paramref name="on"/> must be refused (empty = eligible).</summary>
    public static IReadOnlyList<string> MarriageRefusals(Party a, Party b, DateOnly on, MarriagePolicy p, IReadOnlySet<string> servedDistricts)
    {
        var reasons = new List<string>();
        if (a.Id.Normalized == b.Id.Normalized)
        {
            reasons.Add("双方身份证号码相同，请核对");
            return reasons;
        }
        if (a.Id.Sex == b.Id.Sex)
        {
            reasons.Add("结婚登记须为男女双方（《民法典》第一千零四十六条）");
        }
        foreach (var party in new[] { a, b })
        {
            var min = party.Id.Sex == Sex.Male ? p.MinAgeMale : p.MinAgeFemale;
            if (IdNumber.AgeOn(party.Id.BirthDate, on) < min)
            {
                var who = party.Id.Sex == Sex.Male ? "男方" : "女方";
                reasons.Add($"{who}在登记日（{on:yyyy-MM-dd}）未满{min}周岁，不符合法定结婚年龄（《民法典》第一千零四十七条）");
            }
        }
        if (!p.AnyOffice && !servedDistricts.Contains(a.HukouDistrict) && !servedDistricts.Contains(b.HukouDistrict))
        {
            reasons.Add("双方户籍均不在本登记处受理范围内，请到一方常住户口所在地的婚姻登记机关办理（《婚姻登记条例》第四条）");
        }
        return reasons;
    }

    /// <summary>
    /// A divorce applied for on <paramref name="appliedOn"/>: from 2021 the couple must wait the
    /// cooling-off period and then come within the collection period, else the application lapses.
    /// With no cooling-off in force (before 2021) the divorce is registered on the day.
    /// </summary>
    public static (DateOnly EarliestRegistration, DateOnly? LapsesAfter) DivorceTimeline(DateOnly appliedOn, MarriagePolicy p) =>
        p.DivorceCoolingOffDays <= 0
            ? (appliedOn, null)
            : (appliedOn.AddDays(p.DivorceCoolingOffDays + 1), appliedOn.AddDays(p.DivorceCoolingOffDays + p.DivorceCollectionDays));

    /// <summary>
    /// Whether a session on <paramref name="sessionDay"/> can be booked at <paramref name="now"/>
    /// (China time): at least MinDaysAhead days ahead, and the furthest day opens at the release time.
    /// </summary>
    public static string? BookingWindowRefusal(DateOnly sessionDay, DateTime now, BookingPolicy p)
    {
        var today = DateOnly.FromDateTime(now);
        var days = sessionDay.DayNumber - today.DayNumber;
        if (days < p.MinDaysAhead)
        {
            return $"须至少提前{p.MinDaysAhead}天预约";
        }
        var furthest = TimeOnly.FromDateTime(now) >= p.ReleaseTime ? p.MaxDaysAhead : p.MaxDaysAhead - 1;
        return days > furthest ? $"该日期尚未放号（每日{p.ReleaseTime:HH\\:mm}放出第{p.MaxDaysAhead}天的号源）" : null;
    }
}
