using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Seeding;

/// <summary>
/// Demo casework of 深圳市救助管理站 relative to today: about thirty people in care (a boy of 15,
/// an old woman with dementia, a few beyond the ten-day norm, long-stay residents), a few placed,
/// returned and closed cases. Fictitious persons; valid ID check digits. Case numbers come from
/// the per-year counter, so they never collide with the family-search area's JZ-2018-H… records.
/// </summary>
internal sealed class CasesDemoSeeder(RescueDb db, TimeProvider clock)
{
    private const string Staff = "rescue.station";
    private const string Lead = "rescue.lead";

    private sealed record Person(string Street, string Place, Sex Sex, int Age, bool WithId, string? Accent, string Health, string Mental, string Intellect,
        CareCategory Category, int DaysAgo, RescueCaseStatus Status, FoundBy By, string? Extension = null, int ExtensionDays = 0, bool ExtensionApproved = true);

    // street, place, sex, age, has ID, accent, health, mental, intellect, category, admitted days ago, status, brought by
    private static readonly Person[] People =
    [
        new("440303005", "罗湖火车站东广场", Sex.Male, 15, false, "河南口音", "良好", "紧张，少言", "正常", CareCategory.Minor, 3, RescueCaseStatus.Identifying, FoundBy.Police),
        new("440309002", "深圳北站西广场出租车候客区", Sex.Female, 78, false, "湖南口音", "高血压", "疑似老年痴呆，答非所问", "记忆力差", CareCategory.Elderly, 16,
            RescueCaseStatus.NoticePublished, FoundBy.Police, "AwaitingPickup", 20),
        new("440304011", "华强北步行街天桥下", Sex.Male, 45, false, "四川口音", "良好", "正常", "正常", CareCategory.Ordinary, 2, RescueCaseStatus.Registered, FoundBy.Patrol),
        new("440305001", "南头古城牌坊附近", Sex.Male, 52, true, "广西口音", "良好", "正常", "正常", CareCategory.Ordinary, 1, RescueCaseStatus.Registered, FoundBy.SelfReferral),
        new("440306018", "西乡汽车站候车厅", Sex.Male, 38, true, "江西口音", "腿部外伤", "正常", "正常", CareCategory.Sick, 4, RescueCaseStatus.Identifying, FoundBy.Citizen),
        new("440304004", "福田口岸公交站", Sex.Female, 33, false, "贵州口音", "良好", "情绪低落", "正常", CareCategory.Ordinary, 5, RescueCaseStatus.Identifying, FoundBy.Police),
        new("440307014", "布吉街道草埔地铁站", Sex.Male, 61, false, "湖北口音", "慢性支气管炎", "正常", "正常", CareCategory.Elderly, 7, RescueCaseStatus.NoticePublished, FoundBy.Patrol),
        new("440303003", "东门老街", Sex.Male, 29, false, null, "良好", "自言自语，疑似精神障碍", "一般", CareCategory.MentallyIll, 9, RescueCaseStatus.DnaComparing, FoundBy.Police),
        new("440305007", "深圳湾公园", Sex.Male, 47, false, "潮汕口音", "良好", "正常", "正常", CareCategory.Ordinary, 13, RescueCaseStatus.NoticePublished, FoundBy.Patrol),
        new("440306019", "宝安国际机场T3航站楼", Sex.Female, 41, false, "东北口音", "良好", "正常", "正常", CareCategory.Ordinary, 12, RescueCaseStatus.Identifying, FoundBy.Police),
        new("440309003", "龙华人民路", Sex.Male, 35, false, "河南口音", "胃病", "正常", "正常", CareCategory.Sick, 18, RescueCaseStatus.DnaComparing, FoundBy.Citizen,
            "MedicalTreatment", 10, false),
        new("440304001", "南园路菜市场", Sex.Male, 56, false, "湖南口音", "良好", "正常", "智力迟缓", CareCategory.Disabled, 21, RescueCaseStatus.SuspectedMatch, FoundBy.Police),
        new("440307016", "龙岗中心城公交总站", Sex.Male, 24, true, "江西口音", "良好", "正常", "正常", CareCategory.Ordinary, 6, RescueCaseStatus.FamilyVerification, FoundBy.SelfReferral),
        new("440303001", "人民公园北门", Sex.Female, 67, false, "粤语", "糖尿病", "正常", "正常", CareCategory.Elderly, 8, RescueCaseStatus.NoticePublished, FoundBy.Citizen),
        new("440305005", "蛇口港客运码头", Sex.Male, 43, false, "闽南口音", "良好", "正常", "正常", CareCategory.Ordinary, 0, RescueCaseStatus.Registered, FoundBy.Patrol),
        new("440306017", "新安宝安中心区天桥下", Sex.Male, 50, false, "重庆口音", "右手残疾", "正常", "正常", CareCategory.Disabled, 10, RescueCaseStatus.Identifying, FoundBy.Police),
        new("440304008", "莲花山公园南门", Sex.Female, 19, true, "广西口音", "良好", "正常", "正常", CareCategory.Ordinary, 3, RescueCaseStatus.Identifying, FoundBy.SelfReferral),
        new("440303010", "清水河物流园", Sex.Male, 58, false, "安徽口音", "良好", "正常", "正常", CareCategory.Ordinary, 2, RescueCaseStatus.Registered, FoundBy.Patrol),
        new("440307013", "坂田华为基地公交站", Sex.Male, 31, false, "湖南口音", "良好", "幻听，疑似精神分裂", "一般", CareCategory.MentallyIll, 25, RescueCaseStatus.DnaComparing, FoundBy.Police,
            "MedicalTreatment", 30),
        new("440309002", "民治地铁站C出口", Sex.Female, 26, false, "四川口音", "怀孕约5个月", "正常", "正常", CareCategory.Sick, 4, RescueCaseStatus.Identifying, FoundBy.Citizen),
        new("440305002", "南山商业文化中心", Sex.Male, 64, true, "河北口音", "良好", "正常", "正常", CareCategory.Elderly, 5, RescueCaseStatus.FamilyVerification, FoundBy.SelfReferral),
        new("440306022", "沙井大街", Sex.Male, 40, false, null, "良好", "正常", "不能言语", CareCategory.Disabled, 15, RescueCaseStatus.NoticePublished, FoundBy.Police,
            "AwaitingPickup", 15),
        new("440304005", "沙头下沙村牌坊", Sex.Male, 37, true, "贵州口音", "良好", "正常", "正常", CareCategory.Ordinary, 1, RescueCaseStatus.Registered, FoundBy.SelfReferral),
        new("440303006", "笋岗仓库区", Sex.Male, 70, false, "潮汕口音", "行动不便", "正常", "正常", CareCategory.Elderly, 11, RescueCaseStatus.NoticePublished, FoundBy.Police),
        new("440307017", "横岗地铁站", Sex.Female, 52, false, "江西口音", "良好", "正常", "正常", CareCategory.Ordinary, 6, RescueCaseStatus.Identifying, FoundBy.Patrol),
        new("440304009", "华富路天桥", Sex.Male, 48, false, "陕西口音", "良好", "正常", "正常", CareCategory.Ordinary, 3, RescueCaseStatus.Identifying, FoundBy.Patrol),
        // long stay: nobody found after months; extensions approved while awaiting settlement
        new("440303005", "罗湖火车站", Sex.Male, 55, false, null, "良好", "精神障碍，无法交流", "重度智力障碍", CareCategory.MentallyIll, 210, RescueCaseStatus.LongStay,
            FoundBy.Police, "AwaitingSettlement", 365),
        new("440305001", "南头检查站", Sex.Female, 62, false, null, "良好", "精神障碍", "无法表达", CareCategory.Elderly, 130, RescueCaseStatus.LongStay, FoundBy.Police,
            "AwaitingSettlement", 180),
        new("440306018", "西乡步行街", Sex.Male, 44, false, null, "癫痫", "正常", "智力残疾", CareCategory.Disabled, 95, RescueCaseStatus.LongStay, FoundBy.Citizen,
            "AwaitingSettlement", 120),
        new("440304011", "华强北地铁站", Sex.Male, 16, false, "云南口音", "良好", "正常", "正常", CareCategory.Minor, 1, RescueCaseStatus.Registered, FoundBy.Police),
        // left the station
        new("440309002", "深圳北站", Sex.Male, 42, true, "湖南口音", "良好", "正常", "正常", CareCategory.Ordinary, 6, RescueCaseStatus.Returned, FoundBy.SelfReferral),
        new("440303005", "罗湖火车站", Sex.Female, 71, true, "四川口音", "良好", "轻度认知障碍", "正常", CareCategory.Elderly, 9, RescueCaseStatus.Returned, FoundBy.Police),
        new("440305002", "海岸城", Sex.Male, 35, true, "河南口音", "良好", "正常", "正常", CareCategory.Ordinary, 20, RescueCaseStatus.Closed, FoundBy.SelfReferral),
        new("440304004", "皇岗口岸", Sex.Male, 58, false, null, "良好", "精神障碍", "智力障碍", CareCategory.MentallyIll, 400, RescueCaseStatus.Placed, FoundBy.Police,
            "AwaitingSettlement", 365),
        new("440307014", "布吉农批市场", Sex.Female, 66, false, null, "良好", "精神障碍", "智力障碍", CareCategory.Elderly, 700, RescueCaseStatus.HukouSettled, FoundBy.Police,
            "AwaitingSettlement", 365),
    ];

    private static readonly string[] HomeCodes = ["430102", "411302", "510104", "360102", "450103", "520102", "420102", "130102"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "周", "吴", "罗"];
    private static readonly string[] Given = ["建军", "志刚", "小燕", "国强", "海波", "明", "丽", "永福", "春梅", "德华"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.CaseCounters.AnyAsync(ct))
        {
            return;
        }
        var rooms = await db.Rooms.IgnoreQueryFilters().Where(r => r.Note == null || r.Note != "医疗观察室").OrderBy(r => r.Code).ToListAsync(ct);
        var load = rooms.ToDictionary(r => r.Id, _ => 0);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var random = new Random(2018_0916);
        var counters = new Dictionary<int, int>();
        db.Scope.BulkLoad = true;
        try
        {
            for (var i = 0; i < People.Length; i++)
            {
                var p = People[i];
                var admitted = now.AddDays(-p.DaysAgo).AddHours(-random.Next(0, 8));
                var year = CaseDay(admitted).Year;
                counters[year] = counters.GetValueOrDefault(year) + 1;
                var birth = today.AddYears(-p.Age).AddDays(-random.Next(1, 360));
                var id = p.WithId ? IdNumber.Create(HomeCodes[i % HomeCodes.Length], birth, (random.Next(1, 499) * 2) + (p.Sex == Sex.Male ? 1 : 0)) : null;
                var c = new RescueCase
                {
                    CaseNumber = $"JZ-{year}-{counters[year]:000000}", DivisionCode = p.Street, Status = p.Status, Sex = p.Sex,
                    Name = p.WithId ? Surnames[i % Surnames.Length] + Given[(i * 3) % Given.Length] : null, IdNumber = id,
                    BirthDate = p.WithId ? birth : null, EstimatedAge = p.WithId ? null : p.Age, HeightCm = p.Sex == Sex.Male ? 160 + random.Next(15) : 150 + random.Next(12),
                    FoundAtUtc = admitted.AddHours(-random.Next(1, 5)), FoundPlace = p.Place, Accent = p.Accent, AdmittedAtUtc = admitted, FoundBy = p.By,
                    FoundByUnit = p.By == FoundBy.Police ? "辖区派出所" : null, PoliceEscorted = p.By == FoundBy.Police,
                    Build = (i % 3) switch { 0 => "偏瘦", 1 => "中等", _ => "偏胖" }, Health = p.Health, MentalState = p.Mental, IntellectualState = p.Intellect,
                    Clothing = p.Sex == Sex.Male ? "深色夹克，灰色长裤，旧运动鞋" : "碎花上衣，黑色长裤，布鞋", PhysicalFeatures = i % 4 == 0 ? "左手背有疤痕" : null,
                    ObservedDisabled = p.Category == CareCategory.Disabled, ObservedMentalIllness = p.Category == CareCategory.MentallyIll || p.Mental.Contains("痴呆"),
                    ObservedSick = p.Category == CareCategory.Sick, Category = p.Category, SuggestedCategory = p.Category, CategoryConfirmedBy = Staff,
                    StayNormDays = 10, IntakeBy = Staff,
                };
                if (c.InCare)
                {
                    var room = rooms.FirstOrDefault(r => r.Sex == p.Sex && load[r.Id] < r.Capacity && (p.Category == CareCategory.Minor) == (r.Note == "未成年人专区"));
                    if (room is not null)
                    {
                        c.RoomId = room.Id;
                        load[room.Id]++;
                    }
                }
                db.Cases.Add(c);
                Event(c, admitted, Staff, "受助登记", $"{(p.By == FoundBy.Police ? "公安护送" : "")}{p.Place}；分类 {CaseRules.CategoryName(p.Category)}");
                db.Belongings.Add(new CaseBelonging
                {
                    CaseId = c.Id, DivisionCode = c.DivisionCode, Item = i % 2 == 0 ? "手机（无电）" : "双肩背包", Quantity = 1, RegisteredAtUtc = admitted,
                    Note = i % 2 == 0 ? null : "内有换洗衣物", ReturnedAtUtc = c.InCare || p.Status == RescueCaseStatus.HukouSettled ? null : admitted.AddDays(p.DaysAgo / 2.0),
                    ReturnSigned = !c.InCare && p.Status != RescueCaseStatus.HukouSettled,
                });
                if (p.Extension is { } reason)
                {
                    db.Extensions.Add(new StayExtension
                    {
                        CaseId = c.Id, DivisionCode = c.DivisionCode, Reason = Enum.Parse<ExtensionReason>(reason), Days = p.ExtensionDays,
                        Status = p.ExtensionApproved ? ExtensionStatus.Approved : ExtensionStatus.Requested, RequestedBy = Staff, RequestedAtUtc = admitted.AddDays(9),
                        DecidedBy = p.ExtensionApproved ? Lead : null, DecidedAtUtc = p.ExtensionApproved ? admitted.AddDays(9.5) : null,
                    });
                    Event(c, admitted.AddDays(9), Staff, "申请延长救助", $"{p.ExtensionDays} 日");
                }
                Finish(c, p, admitted, today);
            }
            db.CaseCounters.AddRange(counters.Select(x => new CaseCounter { Year = x.Key, Last = x.Value }));
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private void Finish(RescueCase c, Person p, DateTime admitted, DateOnly today)
    {
        if (p.Category == CareCategory.Sick && p.Health.Contains("胃病", StringComparison.Ordinal))
        {
            db.MedicalReferrals.Add(new MedicalReferral
            {
                CaseId = c.Id, DivisionCode = c.DivisionCode, Hospital = "深圳市人民医院", Reason = "胃部出血", SentOn = today.AddDays(-p.DaysAgo + 2), RecordedBy = Staff,
            });
        }
        switch (p.Status)
        {
            case RescueCaseStatus.Returned or RescueCaseStatus.Closed:
                var left = admitted.AddDays(Math.Min(p.DaysAgo, 8));
                db.Tickets.Add(new TravelTicket
                {
                    CaseId = c.Id, DivisionCode = c.DivisionCode, Destination = p.Accent?.Replace("口音", "", StringComparison.Ordinal) + "（火车站）", Mode = TravelMode.Train,
                    TravelOn = CaseDay(left), Fare = 268.50m, Escort = p.Category == CareCategory.Elderly ? "林社工" : null, IssuedBy = Staff, IssuedAtUtc = left.AddHours(-3),
                });
                var vulnerable = p.Category == CareCategory.Elderly;
                db.HandOvers.Add(new HandOver
                {
                    CaseId = c.Id, DivisionCode = c.DivisionCode, Kind = vulnerable ? HandOverKind.Relative : HandOverKind.SentHome, ReceiverName = vulnerable ? "王建华" : null,
                    Relationship = vulnerable ? "儿子" : null, ReceiverIdNumber = vulnerable ? IdNumber.Create("510104", new DateOnly(1978, 3, 14), 233) : null,
                    HandedOverOn = CaseDay(left), RecordedBy = Staff, RecordedAtUtc = left,
                });
                c.LeftAtUtc = left;
                Event(c, left, Staff, vulnerable ? "亲属接回" : "购票返乡", "受助登记 → 返乡/接回");
                if (p.Status == RescueCaseStatus.Closed)
                {
                    c.ClosedAtUtc = left.AddDays(1);
                    c.ClosureReason = "已返乡，随身物品已归还";
                    Event(c, left.AddDays(1), Staff, "结案", c.ClosureReason);
                }
                break;
            case RescueCaseStatus.Placed or RescueCaseStatus.HukouSettled:
                c.PlacementInstitution = "深圳市社会福利中心";
                c.PlacedOn = CaseDay(admitted.AddDays(200));
                c.LeftAtUtc = admitted.AddDays(200);
                Event(c, admitted.AddDays(180), Staff, "转为滞留");
                Event(c, admitted.AddDays(200), Staff, "安置", c.PlacementInstitution);
                if (p.Status == RescueCaseStatus.HukouSettled)
                {
                    c.HukouSettledOn = CaseDay(admitted.AddDays(500));
                    c.HukouApprovedBy = Lead;
                    Event(c, admitted.AddDays(500), Lead, "批准落户", "落户深圳市社会福利中心集体户");
                }
                break;
            case RescueCaseStatus.LongStay:
                Event(c, admitted.AddDays(30), Staff, "转为滞留", "寻亲无果");
                break;
        }
    }

    private void Event(RescueCase c, DateTime at, string by, string what, string? detail = null) =>
        db.CaseEvents.Add(new CaseEvent { CaseId = c.Id, DivisionCode = c.DivisionCode, AtUtc = at, By = by, What = what, Detail = detail });

    private static DateOnly CaseDay(DateTime utc) => DateOnly.FromDateTime(ChinaTime.ToLocal(utc));
}
