using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Seeding;

/// <summary>
/// Demo data: typhoon 山竹 (2018-09-16) as a closed record — response raised to level I, shelters
/// across the districts with their peak, goods issued, affected households, subsidies decided and
/// the 2018-2019 winter list — and a landslide twenty days before today that is still being worked:
/// shelters with people in them now, subsidies at every step, two cash referrals to 临时救助, and
/// this season's winter list in draft. Fictitious persons with valid check digits. Idempotent.
/// </summary>
internal sealed partial class DisasterDemoSeeder(DisasterDb db, TimeProvider clock, WorkingDayCalendar calendar, ITemporaryAssistanceReferrals referrals)
{
    private static readonly string[] Surnames = ["陈", "李", "张", "黄", "林", "刘", "吴", "王", "郑", "杨", "何", "周", "罗", "梁", "谢", "邓"];
    private static readonly string[] Given = ["志强", "秀英", "建华", "桂芳", "伟明", "丽珍", "国平", "玉兰", "永昌", "淑贞", "少雄", "惠芬", "锦荣", "美玲", "海生", "月娥"];

    private static readonly (string Name, string Division, string Address, int Capacity, int PeakMangkhut)[] ShelterRows =
    [
        ("福田街道福田小学避灾场所", "440304004", "深圳市福田区福田街道福民路（推定）", 400, 352),
        ("福田街道岗厦社区工作站避灾点", "440304004", "深圳市福田区福田街道岗厦社区（推定）", 120, 96),
        ("南头街道南头中学避灾场所", "440305001", "深圳市南山区南头街道南头古城附近（推定）", 500, 418),
        ("南头街道同乐社区避灾点", "440305001", "深圳市南山区南头街道同乐社区（推定）", 150, 133),
        ("罗湖区翠竹街道体育馆避灾场所", "440303003", "深圳市罗湖区翠竹街道（推定）", 600, 287),
        ("宝安区西乡街道文体中心避灾场所", "440306004", "深圳市宝安区西乡街道（推定）", 800, 746),
        ("龙岗区南澳避灾场所", "440307005", "深圳市龙岗区（推定）", 300, 265),
    ];

    private static readonly (string District, string Name)[] WarehouseRows =
    [
        ("440304", "福田区救灾物资储备仓库"),
        ("440305", "南山区救灾物资储备仓库"),
        ("440303", "罗湖区救灾物资储备仓库"),
        ("440306", "宝安区救灾物资储备仓库"),
    ];

    private static readonly (string Item, string Unit, int Stock)[] ItemRows =
    [
        ("帐篷", "顶", 300), ("折叠床", "张", 800), ("棉被", "床", 1500), ("毛毯", "条", 1200), ("矿泉水", "箱", 2000), ("方便面", "箱", 1600),
        ("应急照明灯", "个", 400),
    ];

    private readonly Random _r = new(20180916);
    private int _person;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Events.AnyAsync(ct))
        {
            return;
        }
        db.Scope.BulkLoad = true;
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;

        var mangkhut = new DisasterEvent
        {
            Number = "ZH-2018-001", Name = "台风“山竹”", Type = DisasterType.Typhoon, Level = 1, StartDate = new DateOnly(2018, 9, 16), EndDate = new DateOnly(2018, 9, 20),
            AffectedDivisions = "440303,440304,440305,440306,440307,440308", CreatedBy = "city.officer", CreatedAtUtc = Utc(2018, 9, 14, 9),
            Description = "1822号超强台风“山竹”9月16日17时在广东台山登陆，深圳受强风暴雨和风暴潮影响；全市紧急转移安置群众，开放避灾场所。（演示数据，数字为示意）",
        };
        mangkhut.Responses.Add(new ResponseActivation { Level = 4, Trigger = "气象台发布台风蓝色预警，预计48小时内影响我市", ActivatedAtUtc = Utc(2018, 9, 14, 10), ActivatedBy = "city.officer", EndedAtUtc = Utc(2018, 9, 15, 9), EndedBy = "city.officer" });
        mangkhut.Responses.Add(new ResponseActivation { Level = 1, Trigger = "台风红色预警，预计风力12级以上，需紧急转移安置群众超过10万人（预案Ⅰ级响应条件）", ActivatedAtUtc = Utc(2018, 9, 15, 9), ActivatedBy = "city.officer", EndedAtUtc = Utc(2018, 9, 18, 17), EndedBy = "city.officer" });
        var landslideStart = today.AddDays(-20);
        var landslide = new DisasterEvent
        {
            Number = $"ZH-{landslideStart.Year}-001", Name = "强降雨引发山体滑坡", Type = DisasterType.Landslide, Level = 4, StartDate = landslideStart,
            AffectedDivisions = "440304004,440305001", CreatedBy = "futian.district", CreatedAtUtc = now.AddDays(-20),
            Description = "连续强降雨致福田街道、南头街道山边部分老旧房屋受损，转移安置群众。（演示数据）",
        };
        landslide.Responses.Add(new ResponseActivation { Level = 4, Trigger = "因灾需紧急转移安置群众超过100人（预案Ⅳ级响应条件）", ActivatedAtUtc = now.AddDays(-20), ActivatedBy = "city.officer", EndedAtUtc = now.AddDays(-12), EndedBy = "city.officer" });
        if (mangkhut.Number == landslide.Number)
        {
            landslide.Number = $"ZH-{landslideStart.Year}-002";
        }
        db.Events.AddRange(mangkhut, landslide);

        var shelters = ShelterRows.Select(s => new Shelter { Name = s.Name, DivisionCode = s.Division, Address = s.Address, Capacity = s.Capacity }).ToList();
        db.Shelters.AddRange(shelters);
        var mOpenings = shelters.Select((s, i) => new ShelterOpening
        {
            EventId = mangkhut.Id, ShelterId = s.Id, DivisionCode = s.DivisionCode, Capacity = s.Capacity, Occupants = 0, Peak = ShelterRows[i].PeakMangkhut,
            OpenedAtUtc = Utc(2018, 9, 15, 12), ClosedAtUtc = Utc(2018, 9, 18, 12), OpenedBy = "city.officer",
        }).ToList();
        db.ShelterOpenings.AddRange(mOpenings);
        var lOpenings = new[] { shelters[1], shelters[3] }.Select(s => new ShelterOpening
        {
            EventId = landslide.Id, ShelterId = s.Id, DivisionCode = s.DivisionCode, Capacity = s.Capacity, OpenedAtUtc = now.AddDays(-20), OpenedBy = "futian.district",
        }).ToList();
        db.ShelterOpenings.AddRange(lOpenings);
        foreach (var o in lOpenings)
        {
            var n = o.DivisionCode.StartsWith("440304", StringComparison.Ordinal) ? 9 : 6;
            for (var i = 0; i < n + 4; i++)
            {
                var (id, name) = Person(o.DivisionCode[..6]);
                var outAt = i < 4 ? now.AddDays(-10 + i) : (DateTime?)null;
                db.ShelterOccupants.Add(new ShelterOccupant
                {
                    OpeningId = o.Id, DivisionCode = o.DivisionCode, IdNumber = i % 5 == 4 ? null : id, Name = i % 5 == 4 ? null : name,
                    Description = i % 5 == 4 ? "男，约70岁，外省口音，独居老人（无证件）" : null, CheckedInAtUtc = now.AddDays(-20).AddHours(i), CheckedOutAtUtc = outAt,
                });
            }
            o.Occupants = n;
            o.Peak = n + 4;
        }

        var mHouseholds = Households(mangkhut, ["440304004", "440305001", "440303003", "440306004", "440307005"], 40, Utc(2018, 9, 17, 10));
        var lHouseholds = Households(landslide, ["440304004", "440305001"], 21, now.AddDays(-19));
        // the landslide's households damaged enough for a subsidy, one per workflow step
        var damaged = lHouseholds.Where(h => h.Damage != HouseDamage.None).ToList();
        var mDamaged = mHouseholds.Where(h => h.Damage != HouseDamage.None).ToList();
        await SubsidiesAsync(mangkhut, mDamaged, landslide, damaged, today, ct);
        Goods(mangkhut, mOpenings, mHouseholds, landslide, lOpenings, now);
        Winter(mangkhut, mHouseholds, today, now);
        await db.SaveChangesAsync(ct);

        // 临时救助 for two landslide households whose homes collapsed (the street decides there)
        foreach (var h in damaged.Where(h => h.Damage == HouseDamage.Collapsed).Take(2))
        {
            var reference = Features.Events.Households.Reference(landslide.Number, h.Id);
            var result = await referrals.ReferAsync(new ReferralRequest(reference, h.HeadName, h.HeadIdNumber,
                $"{landslide.Name}受灾（房屋倒塌）：临时安置期间基本生活困难", 3000m, h.DivisionCode), ct);
            h.CashReferralRef = reference;
            h.CashCaseId = result.CaseId;
            h.CashRequested = 3000m;
            h.CashReferredAtUtc = now.AddDays(-18);
        }
        await db.SaveChangesAsync(ct);
        db.Scope.BulkLoad = false;
    }

    private List<AffectedHousehold> Households(DisasterEvent ev, string[] divisions, int count, DateTime at)
    {
        var list = new List<AffectedHousehold>();
        for (var i = 0; i < count; i++)
        {
            var division = divisions[i % divisions.Length];
            var (id, name) = Person(division[..6]);
            var damage = (i % 7) switch
            {
                0 => HouseDamage.Collapsed,
                1 or 2 => HouseDamage.Severe,
                3 or 4 => HouseDamage.Moderate,
                _ => HouseDamage.None,
            };
            var members = 1 + _r.Next(5);
            var h = new AffectedHousehold
            {
                EventId = ev.Id, DivisionCode = division, HeadIdNumber = id, HeadName = name, Address = $"{division}社区{_r.Next(1, 60)}栋{_r.Next(101, 699)}（演示）",
                Members = members, Damage = damage, Injured = i % 9 == 0 ? 1 : 0, CropAreaMu = i % 4 == 0 ? _r.Next(1, 8) / 2m : 0m,
                PropertyLoss = damage == HouseDamage.None ? _r.Next(5, 40) * 100m : _r.Next(20, 300) * 500m, CreatedBy = "futian.clerk", CreatedAtUtc = at.AddMinutes(i * 7),
            };
            list.Add(h);
        }
        db.Households.AddRange(list);
        return list;
    }

    private (string Id, string Name) Person(string county)
    {
        _person++;
        var birth = new DateOnly(1950, 1, 1).AddDays(_r.Next(0, 17000));
        var id = IdNumber.Create(county, birth, 100 + (_person * 13 % 880));
        return (id, Surnames[_r.Next(Surnames.Length)] + Given[_r.Next(Given.Length)]);
    }

    private static DateTime Utc(int y, int m, int d, int hourChina) => new DateTime(y, m, d, hourChina, 0, 0, DateTimeKind.Utc).AddHours(-8);
}
