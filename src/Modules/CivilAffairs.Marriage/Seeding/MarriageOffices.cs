using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>
/// Shenzhen's ten 婚姻登记处, one per district or 新区 (rules doc §14), the regular week and the
/// announced special days. Hours are the published ones; capacities are 推定 starting values
/// that each office adjusts on its page. Addresses are left at district level for the office to
/// complete: the sources give none we could verify.
/// </summary>
internal static class MarriageOffices
{
    public static readonly (string Code, string Name, string District, string[] Served)[] All =
    [
        ("FT", "福田区婚姻登记处", "440304", ["440304"]),
        ("LH", "罗湖区婚姻登记处", "440303", ["440303"]),
        ("NS", "南山区婚姻登记处", "440305", ["440305"]),
        ("BA", "宝安区婚姻登记处", "440306", ["440306"]),
        ("LG", "龙岗区婚姻登记处", "440307", ["440307"]),
        ("YT", "盐田区婚姻登记处", "440308", ["440308"]),
        ("LHX", "龙华区婚姻登记处", "440309", ["440309"]),
        ("PS", "坪山区婚姻登记处", "440310", ["440310"]),
        ("GM", "光明区婚姻登记处", "440311", ["440311"]),
        // 大鹏新区 is a functional area inside 龙岗: its residents' hukou code is 龙岗's, so both offices serve 440307
        ("DP", "大鹏新区婚姻登记处", "440307", ["440307"]),
    ];

    public const string Hours = "周一至周五 9:00–11:30、14:00–17:30；周六 9:00–11:30（延时服务）；法定节假日按公告";

    public static readonly Dictionary<ServiceType, int> WeekdayCapacity = new()
    {
        [ServiceType.Marriage] = 40, [ServiceType.Divorce] = 10, [ServiceType.Reissue] = 5, [ServiceType.StatusCertificate] = 5,
    };

    public static readonly Dictionary<ServiceType, int> SaturdayCapacity = new() { [ServiceType.Marriage] = 30, [ServiceType.Reissue] = 5 };

    public static readonly Dictionary<ServiceType, int> SpecialCapacity = new() { [ServiceType.Marriage] = 100 };

    /// <summary>Days the city's couples want, announced each year: 2·14, 5·20 and 七夕 (lunar 7/7).</summary>
    public static readonly (string Date, string Name)[] SpecialDays =
    [
        ("2018-02-14", "2·14 情人节"), ("2018-05-20", "5·20 特别场次"), ("2018-08-17", "七夕特别场次"),
        ("2019-02-14", "2·14 情人节"), ("2019-05-20", "5·20 特别场次"), ("2019-08-07", "七夕特别场次"),
        ("2020-02-14", "2·14 情人节"), ("2020-05-20", "5·20 特别场次"), ("2020-08-25", "七夕特别场次"),
        ("2021-02-14", "2·14 情人节"), ("2021-05-20", "5·20 特别场次"), ("2021-08-14", "七夕特别场次"),
        ("2022-02-14", "2·14 情人节"), ("2022-05-20", "5·20 特别场次"), ("2022-08-04", "七夕特别场次"),
        ("2023-02-14", "2·14 情人节"), ("2023-05-20", "5·20 特别场次"), ("2023-08-22", "七夕特别场次"),
        ("2024-02-14", "2·14 情人节"), ("2024-05-20", "5·20 特别场次"), ("2024-08-10", "七夕特别场次"),
        ("2025-02-14", "2·14 情人节"), ("2025-05-20", "5·20 特别场次"), ("2025-08-29", "七夕特别场次"),
        ("2026-02-14", "2·14 情人节"), ("2026-05-20", "5·20 特别场次"), ("2026-08-19", "七夕特别场次"),
        ("2027-02-14", "2·14 情人节"), ("2027-05-20", "5·20 特别场次"), ("2027-08-08", "七夕特别场次"),
    ];

    public static IEnumerable<SessionTemplate> Templates(Guid officeId)
    {
        for (var dow = 1; dow <= 5; dow++)
        {
            yield return new SessionTemplate
            {
                OfficeId = officeId, DayOfWeek = dow, Period = SessionPeriod.Morning, Start = new TimeOnly(9, 0), End = new TimeOnly(11, 30),
                CapacityJson = Capacities.Write(WeekdayCapacity),
            };
            yield return new SessionTemplate
            {
                OfficeId = officeId, DayOfWeek = dow, Period = SessionPeriod.Afternoon, Start = new TimeOnly(14, 0), End = new TimeOnly(17, 30),
                CapacityJson = Capacities.Write(WeekdayCapacity),
            };
        }
        yield return new SessionTemplate
        {
            OfficeId = officeId, DayOfWeek = 6, Period = SessionPeriod.Morning, Start = new TimeOnly(9, 0), End = new TimeOnly(11, 30),
            CapacityJson = Capacities.Write(SaturdayCapacity),
        };
    }
}
