using System.Globalization;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>Marriage-registration parameters with their legal bases (rules doc §14); 推定 values say so.</summary>
internal sealed class MarriageSeeder(PlatformDb db, TimeProvider clock) : ISeeder
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
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => Task.CompletedTask;
}
