using System.Globalization;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Platform.Values;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>Marriage-registration parameters with their legal bases (rules doc §14); 推定 values say so.</summary>
internal sealed class MarriageSeeder(PlatformDb db, MarriageDb marriage, SessionGenerator sessions, MarriagePolicyReader policies,
    MarriageDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private const string Inferred = "推定值（深圳规定未查得），请市民政局在政策参数页确认";

    private static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (MarriageParameters.MinAgeMale, "1981-01-01", "22", "《中华人民共和国婚姻法》第六条"),
        (MarriageParameters.MinAgeMale, "2021-01-01", "22", "《中华人民共和国民法典》第一千零四十七条"),
        (MarriageParameters.MinAgeFemale, "1981-01-01", "20", "《中华人民共和国婚姻法》第六条"),
        (MarriageParameters.MinAgeFemale, "2021-01-01", "20", "《中华人民共和国民法典》第一千零四十七条"),
        (MarriageParameters.DivorceCoolingOffDays, "1981-01-01", "0", "《中华人民共和国婚姻法》《婚姻登记条例》：无离婚冷静期"),
        (MarriageParameters.DivorceCoolingOffDays, "2021-01-01", "30", "《中华人民共和国民法典》第一千零七十七条"),
        (MarriageParameters.DivorceCollectionDays, "1981-01-01", "0", "2021年前无此期限"),
        (MarriageParameters.DivorceCollectionDays, "2021-01-01", "30", "《中华人民共和国民法典》第一千零七十七条（期间届满后三十日内申请发给离婚证，未申请视为撤回）"),
        (MarriageParameters.BookingMinDaysAhead, "2015-01-01", "1", "广东省婚姻登记网上预约系统：须至少提前1天（24小时）预约"),
        (MarriageParameters.BookingMaxDaysAhead, "2015-01-01", "15", "广东省婚姻登记网上预约系统：可预约1至15天内的号源"),
        (MarriageParameters.BookingReleaseTime, "2015-01-01", "08:30", "广东省婚姻登记网上预约系统：每日8:30放号"),
        (MarriageParameters.NoShowLimit, "2015-01-01", "3", Inferred),
        (MarriageParameters.NoShowWindowDays, "2015-01-01", "90", Inferred),
        (MarriageParameters.NoShowBanDays, "2015-01-01", "30", Inferred),
        (MarriageParameters.RescheduleLimit, "2015-01-01", "2", Inferred),
        (MarriageParameters.AnyOffice, "2003-10-01", "0", "《婚姻登记条例》（2003年国务院令第387号）第四条、第十条：到一方当事人常住户口所在地的婚姻登记机关办理"),
        (MarriageParameters.AnyOffice, "2025-05-10", "1", "《婚姻登记条例》（2025年4月6日国务院令第804号修订，2025年5月10日起施行）：内地居民婚姻登记“全国通办”，不再限于户籍地，无需户口簿"),
        (MarriageParameters.ResidencePermitPilot, "2003-10-01", "0", "《婚姻登记条例》第四条：到一方当事人常住户口所在地的婚姻登记机关办理"),
        (MarriageParameters.ResidencePermitPilot, "2021-06-01", "1", "《国务院关于同意在辽宁、山东、广东、重庆、四川等省市开展内地居民婚姻登记“跨省通办”试点的批复》（国函〔2021〕49号）"),
    ];

    public int Order => 30;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("marriage.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in Rows.GroupBy(r => r.Key).Where(g => !present.Contains(g.Key)))
        {
            var versions = group.OrderBy(r => r.From, StringComparer.Ordinal).ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                DateOnly? to = i + 1 < versions.Count ? DateOnly.Parse(versions[i + 1].From, CultureInfo.InvariantCulture).AddDays(-1) : null;
                db.Parameters.Add(new Parameter
                {
                    Key = group.Key, DivisionCode = "4403", Value = versions[i].Value, ValidFrom = DateOnly.Parse(versions[i].From, CultureInfo.InvariantCulture),
                    ValidTo = to, LegalBasis = versions[i].Basis, CreatedBy = "system", CreatedAtUtc = now,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        await SeedOfficesAsync(now, ct);
    }

    private async Task SeedOfficesAsync(DateTime now, CancellationToken ct)
    {
        if (await marriage.Offices.AnyAsync(ct))
        {
            return;
        }
        foreach (var (code, name, district, served) in MarriageOffices.All)
        {
            var office = new MarriageOffice
            {
                Code = code, Name = name, DivisionCode = district, Address = name.Replace("婚姻登记处", "", StringComparison.Ordinal) + "民政局婚姻登记处（详细地址请在登记处设置中维护）",
                Phone = "12345", Hours = MarriageOffices.Hours, UpdatedAtUtc = now,
                Served = served.Select(d => new OfficeServedDistrict { DivisionCode = d }).ToList(),
            };
            marriage.Offices.Add(office);
            marriage.Templates.AddRange(MarriageOffices.Templates(office.Id));
        }
        foreach (var (date, name) in MarriageOffices.SpecialDays)
        {
            var day = DateOnly.Parse(date, CultureInfo.InvariantCulture);
            foreach (var (period, start, end) in new[] { (SessionPeriod.Morning, new TimeOnly(9, 0), new TimeOnly(11, 30)), (SessionPeriod.Afternoon, new TimeOnly(14, 0), new TimeOnly(17, 30)) })
            {
                marriage.SpecialDays.Add(new SpecialDay
                {
                    Date = day, Name = name, Period = period, Start = start, End = end, CapacityJson = Capacities.Write(MarriageOffices.SpecialCapacity),
                    AnnouncedOn = day.AddDays(-30),
                });
            }
        }
        await marriage.SaveChangesAsync(ct);
        var today = ChinaTime.Today(clock);
        var window = await policies.BookingAsync(today, "4403", ct);
        await sessions.EnsureAsync(today, today.AddDays(window.MaxDaysAhead), null, ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
