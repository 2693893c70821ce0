using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Seeding;

/// <summary>
/// The demo year (Demo:Year) of the institutions: 长者助餐 providers in streets across the city so that
/// 55 operate at the year's end (the seed's figure), and the year's new beds (expansions of the demo's
/// nursing and care homes) so that about 1,000 beds are added in the year. The sample institutions of
/// <see cref="InstitutionsDemoSeeder"/> count towards both.
/// </summary>
internal sealed class ElderCareYearSeeder(ElderCareDb db, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public const int MealProvidersAtYearEnd = 55;
    public const int NewBedsInYear = 1_000;

    /// <summary>Code and name of Shenzhen's streets (the Registry's reference list) where the year's canteens open.</summary>
    private static readonly string[] Streets =
    [
        "440303002黄贝街道",
        "440303003东门街道",
        "440303004翠竹街道",
        "440303005南湖街道",
        "440303006笋岗街道",
        "440303007东湖街道",
        "440303008莲塘街道",
        "440303009东晓街道",
        "440303010清水河街道",
        "440304002园岭街道",
        "440304005沙头街道",
        "440304006香蜜湖街道",
        "440304007梅林街道",
        "440304008莲花街道",
        "440304009华富街道",
        "440304010福保街道",
        "440304011华强北街道",
        "440305002南山街道",
        "440305003沙河街道",
        "440305005蛇口街道",
        "440305006招商街道",
        "440305007粤海街道",
        "440305008桃源街道",
        "440305009西丽街道",
        "440306017新安街道",
        "440306018西乡街道",
        "440306019航城街道",
        "440306020福永街道",
        "440306021福海街道",
        "440306022沙井街道",
        "440306023新桥街道",
        "440306024松岗街道",
        "440306025燕罗街道",
        "440306026石岩街道",
        "440307003平湖街道",
        "440307006坪地街道",
        "440307009葵涌街道",
        "440307010大鹏街道",
        "440307011南澳街道",
        "440307012南湾街道",
        "440307013坂田街道",
        "440307014布吉街道",
        "440307015龙城街道",
        "440307016龙岗街道",
        "440307017横岗街道",
        "440307018吉华街道",
        "440307019宝龙街道",
        "440307020园山街道",
        "440308001梅沙街道",
        "440308002盐田街道",
        "440308003沙头角街道",
        "440308004海山街道",
        "440309001观湖街道",
        "440309002民治街道",
        "440309003龙华街道",
        "440309004大浪街道",
        "440309005福城街道",
        "440309006观澜街道",
        "440310001坪山街道",
        "440310002马峦街道",
        "440310003碧岭街道",
        "440310004石井街道",
        "440310005坑梓街道",
        "440310006龙田街道",
        "440311001光明街道",
        "440311002公明街道",
        "440311003新湖街道",
        "440311004凤凰街道",
        "440311005玉塘街道",
        "440311006马田街道",
    ];

    private static readonly string[] Venues = ["长者饭堂", "长者助餐点", "社区长者食堂"];
    private static readonly string[] Streetsides = ["党群服务中心一楼", "社区服务站旁", "长者活动中心内", "社区健康服务中心旁"];

    private static readonly (BedType Type, string Reason)[] Expansions =
    [
        (BedType.Nursing, "扩建新楼启用，新增护理型床位"), (BedType.MemoryCare, "设立失智照护专区"), (BedType.Nursing, "公建民营新院区启用"),
        (BedType.SelfCare, "改造闲置楼层新增床位"), (BedType.Nursing, "医养结合病区开放"),
    ];

    private readonly Random _rng = new(55);

    public int Order => 9060;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        var year = demo.Year;
        var today = ChinaTime.Today(clock);
        var end = new DateOnly(year + 1, 1, 1);
        var start = new DateOnly(year, 1, 1);
        if (year >= today.Year || !await db.Institutions.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.Scope.BulkLoad = true;
        try
        {
            var providers = await db.Institutions.IgnoreQueryFilters()
                .CountAsync(i => i.Kind == InstitutionKind.MealProvider && i.OpenedOn < end && i.Status == InstitutionStatus.Operating, ct);
            var codes = (await db.Institutions.IgnoreQueryFilters().Select(i => i.Code).ToListAsync(ct)).ToHashSet();
            for (var i = 0; providers < MealProvidersAtYearEnd && i < Streets.Length; i++)
            {
                var street = Streets[(i * 17) % Streets.Length];
                var code = "ZC" + street[..6] + (100 + i).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
                if (!codes.Add(code))
                {
                    continue;
                }
                var name = street[9..] + Venues[i % Venues.Length];
                db.Institutions.Add(new Institution
                {
                    Code = code, Name = name, Kind = InstitutionKind.MealProvider,
                    Ownership = i % 3 == 0 ? InstitutionOwnership.Public : i % 3 == 1 ? InstitutionOwnership.PublicBuiltPrivateRun : InstitutionOwnership.Private,
                    Status = InstitutionStatus.Operating, Operator = i % 3 == 0 ? "街道办事处" : name + "运营方",
                    Address = "深圳市" + street[9..] + Streetsides[i % Streetsides.Length], DivisionCode = street[..9],
                    Phone = "0755-8" + street[4..6] + (7000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    // a third opened in the demo year, the others in the two years before
                    OpenedOn = new DateOnly(year - (i % 3 == 0 ? 0 : 1 + i % 2), 1 + _rng.Next(12), 1 + _rng.Next(28)), CreatedAtUtc = now, UpdatedAtUtc = now,
                });
                providers++;
            }
            await db.SaveChangesAsync(ct);

            var added = await db.BedChanges.IgnoreQueryFilters().Where(b => b.Delta > 0 && b.ChangedOn >= start && b.ChangedOn < end).SumAsync(b => (int?)b.Delta, ct) ?? 0;
            var homes = await db.Institutions.IgnoreQueryFilters()
                .Where(i => (i.Kind == InstitutionKind.NursingHome || i.Kind == InstitutionKind.CareHome) && i.OpenedOn < start)
                .OrderBy(i => i.Code).ToListAsync(ct);
            for (var k = 0; added < NewBedsInYear && homes.Count > 0; k++)
            {
                var home = homes[k % homes.Count];
                var (type, reason) = Expansions[k % Expansions.Length];
                var delta = Math.Min(NewBedsInYear - added, 20 + _rng.Next(9) * 10);
                var on = new DateOnly(year, 1 + _rng.Next(12), 1 + _rng.Next(28));
                db.BedChanges.Add(new BedChange
                {
                    InstitutionCode = home.Code, DivisionCode = home.DivisionCode, BedType = type, Delta = delta, ChangedOn = on, Reason = reason,
                    RecordedBy = "system", AtUtc = now,
                });
                added += delta;
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }
}
