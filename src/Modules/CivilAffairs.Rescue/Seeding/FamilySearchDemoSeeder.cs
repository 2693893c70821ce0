using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Features.FamilySearch;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Seeding;

/// <summary>
/// Demo family-search data. The 603 people who went home in 2018 (the year's summary) as closed
/// cases JZ-2018-H0001…H0603 with their reunions, spread over channels (weights after the national
/// H1-2016 mix, rules §4.2), months and districts; all persons fictitious. Inserted in one save.
/// </summary>
internal sealed class FamilySearchDemoSeeder(RescueDb db, ParameterStore parameters, TimeProvider clock)
{
    private static readonly (ReunionChannel Channel, int Count)[] Channels2018 =
        [(ReunionChannel.Notice, 180), (ReunionChannel.Dna, 96), (ReunionChannel.Face, 41), (ReunionChannel.Questioning, 214), (ReunionChannel.Police, 52), (ReunionChannel.Other, 20)];

    // more reunions before the Spring Festival and after typhoon 山竹 (September)
    private static readonly int[] MonthWeights = [58, 61, 44, 47, 46, 45, 48, 47, 62, 52, 45, 48];

    private static readonly (string Street, int Weight, string Place)[] Streets =
    [
        ("440303003", 9, "东门步行街"), ("440303002", 5, "罗湖火车站东广场"), ("440303005", 6, "深圳火车站"), ("440304011", 7, "华强北路"),
        ("440304004", 6, "福田口岸"), ("440304009", 3, "笔架山公园"), ("440305002", 5, "南山大道天桥下"), ("440305005", 3, "蛇口港"),
        ("440306018", 8, "西乡汽车站"), ("440306017", 6, "宝安中心区"), ("440306022", 4, "沙井街道"), ("440307014", 8, "布吉关附近"),
        ("440307015", 6, "龙城广场"), ("440307017", 3, "横岗汽车站"), ("440308002", 2, "盐田港"), ("440309003", 7, "龙华汽车站"),
        ("440309002", 4, "民治地铁站"), ("440310001", 2, "坪山汽车站"), ("440311002", 3, "公明广场"),
    ];

    private static readonly string[] Accents = ["湖南口音", "四川口音", "河南口音", "江西口音", "广西口音", "湖北口音", "贵州口音", "粤语", "客家话", "潮汕口音", "安徽口音", "重庆口音"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "梁"];
    private static readonly string[] Given = ["建国", "志强", "春梅", "小军", "海燕", "国华", "秀英", "伟", "明", "桂兰", "德胜", "玉兰", "小龙", "红霞", "永福", "金凤"];
    private static readonly string[] WhoCame = ["父亲", "母亲", "儿子", "女儿", "哥哥", "弟弟", "姐姐", "妻子", "丈夫", "侄子", "户籍地民政工作人员"];

    public async Task SeedAsync(CancellationToken ct)
    {
        db.Scope.BulkLoad = true;
        try
        {
            await SeedHistoryAsync(ct);
            await SeedReportsAsync(ct);
            await SeedNoticesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private async Task SeedHistoryAsync(CancellationToken ct)
    {
        if (await db.Cases.IgnoreQueryFilters().AnyAsync(c => c.CaseNumber == "JZ-2018-H0001", ct))
        {
            return;
        }
        var rnd = new Random(2018);
        var channels = Channels2018.SelectMany(c => Enumerable.Repeat(c.Channel, c.Count)).OrderBy(_ => rnd.Next()).ToList();
        for (var i = 0; i < channels.Count; i++)
        {
            var month = Pick(rnd, MonthWeights.Select((w, m) => (m + 1, w)));
            var reunited = new DateOnly(2018, month, rnd.Next(1, DateTime.DaysInMonth(2018, month) + 1));
            var (street, place) = Pick(rnd, Streets.Select(s => ((s.Street, s.Place), s.Weight)));
            var admitted = reunited.AddDays(-rnd.Next(1, channels[i] == ReunionChannel.Dna ? 60 : 15));
            var foundAt = admitted.ToDateTime(new TimeOnly(rnd.Next(0, 24), rnd.Next(0, 60)), DateTimeKind.Utc).AddHours(-8);
            var sex = rnd.Next(100) < 78 ? Sex.Male : Sex.Female;
            var c = new RescueCase
            {
                CaseNumber = $"JZ-2018-H{i + 1:0000}", DivisionCode = street, Status = RescueCaseStatus.Closed,
                Name = Surnames[rnd.Next(Surnames.Length)] + Given[rnd.Next(Given.Length)], Sex = sex, EstimatedAge = rnd.Next(16, 82),
                HeightCm = sex == Sex.Male ? rnd.Next(158, 180) : rnd.Next(148, 168), FoundAtUtc = foundAt, FoundPlace = place,
                Accent = Accents[rnd.Next(Accents.Length)], AdmittedAtUtc = foundAt.AddHours(2),
                ClosedAtUtc = reunited.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            };
            db.Cases.Add(c);
            db.Reunions.Add(new Reunion
            {
                CaseId = c.Id, DivisionCode = street, Channel = channels[i], ReunitedOn = reunited, WhoCame = WhoCame[rnd.Next(WhoCame.Length)],
                FollowUp = rnd.Next(4) == 0 ? "已通报户籍地民政部门，纳入当地救助帮扶" : null, RecordedBy = "rescue.station",
                RecordedAtUtc = reunited.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            });
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedReportsAsync(CancellationToken ct)
    {
        if (await db.Reports.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        (string Name, Sex Sex, int Birth, int Height, int DaysAgo, string Place, string Accent, string Description, string Home, string Reporter, string Rel)[] rows =
        [
            ("刘德胜", Sex.Male, 1956, 168, 40, "宝安区西乡街道", "湖南口音", "偏瘦，左手缺一指，患有阿尔茨海默病，走失时穿灰色夹克", "湖南省邵阳市", "刘小勇", "儿子"),
            ("陈桂兰", Sex.Female, 1948, 152, 12, "罗湖区东门街道", "客家话", "白发，驼背，记忆力差，走失时穿红色毛衣", "广东省梅州市", "陈建华", "儿子"),
            ("王小龙", Sex.Male, 2008, 158, 5, "龙岗区布吉街道", "普通话", "初中生，戴黑框眼镜，身穿校服", "深圳市龙岗区", "王海燕", "母亲"),
            ("黄永福", Sex.Male, 1972, 170, 200, "福田区华强北街道", "广西口音", "智力残疾，不善言语，右脸有痣", "广西壮族自治区玉林市", "黄秀英", "姐姐"),
            ("张春梅", Sex.Female, 1985, 158, 90, "南山区南山街道", "四川口音", "精神分裂症病史，长发，走失时穿蓝色连衣裙", "四川省南充市", "张国华", "父亲"),
            ("李志强", Sex.Male, 1963, 172, 365, "龙华区龙华街道", "河南口音", "听力障碍，右腿微跛", "河南省周口市", "李红霞", "女儿"),
            ("赵玉兰", Sex.Female, 1940, 150, 3, "福田区梅林街道", "东北口音", "认知障碍，拄拐杖，穿黑色棉衣", "辽宁省沈阳市", "赵明", "儿子"),
            ("周小军", Sex.Male, 1990, 175, 30, "宝安区沙井街道", "江西口音", "患抑郁症，寸头，左臂有文身", "江西省赣州市", "周金凤", "母亲"),
            ("吴秀英", Sex.Female, 1952, 155, 60, "光明区公明街道", "潮汕口音", "糖尿病，身材微胖，走失时背绿色布袋", "广东省汕头市", "吴伟", "儿子"),
            ("孙建国", Sex.Male, 1968, 165, 21, "盐田区沙头角街道", "湖北口音", "酗酒，面部有疤痕，穿迷彩服", "湖北省黄冈市", "孙海燕", "妻子"),
        ];
        var prefix = $"XQ-{today.Year}-";
        for (var i = 0; i < rows.Length; i++)
        {
            var r = rows[i];
            var since = today.AddDays(-r.DaysAgo);
            db.Reports.Add(new MissingPersonReport
            {
                ReportNumber = $"{prefix}{i + 1:000000}", DivisionCode = "4403", Status = MissingReportStatus.Open, MissingName = r.Name, MissingSex = r.Sex,
                MissingBirthYear = r.Birth, MissingHeightCm = r.Height, MissingSince = since, MissingPlace = r.Place, MissingAccent = r.Accent,
                MissingDescription = r.Description, HomePlace = r.Home, ReporterName = r.Reporter, ReporterPhone = $"1390755{1000 + (i * 731 % 9000):0000}",
                ReporterRelationship = r.Rel, ReportedAtUtc = since.AddDays(1).ToDateTime(new TimeOnly(2, 30), DateTimeKind.Utc), RecordedBy = "rescue.station",
            });
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A published notice for each unidentified person now in care (the casework seeder's cases) that has none.</summary>
    private async Task SeedNoticesAsync(CancellationToken ct)
    {
        var withNotice = db.Notices.IgnoreQueryFilters().Select(n => n.CaseId);
        var cases = await db.Cases.IgnoreQueryFilters()
            .Where(c => c.IdNumber == null && !withNotice.Contains(c.Id) && !c.CaseNumber.Contains("-H")
                && c.Status != RescueCaseStatus.Returned && c.Status != RescueCaseStatus.Placed && c.Status != RescueCaseStatus.HukouSettled
                && c.Status != RescueCaseStatus.Closed)
            .ToListAsync(ct);
        if (cases.Count == 0)
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var contact = (await parameters.FindAsync(FamilySearchParameters.StationContact, today, "4403", ct))?.Value ?? "";
        var photos = await db.Photos.IgnoreQueryFilters().Where(p => p.IsPrimary).Select(p => new { p.CaseId, p.Id }).ToListAsync(ct);
        var rnd = new Random(603);
        string[] health = ["一般", "良好", "体弱，有高血压", "右腿行动不便"];
        string[] intellect = ["正常", "智力低下，问答不清", "不详"];
        string[] mental = ["正常", "精神状况欠佳，言语混乱", "沉默寡言，不愿交流"];
        string[] clothing = ["灰色夹克、黑色长裤、解放鞋", "蓝色运动服、白色运动鞋", "红色毛衣、黑色裤子、拖鞋", "迷彩服、布鞋"];
        foreach (var c in cases)
        {
            var published = c.AdmittedAtUtc.AddDays(1);
            db.Notices.Add(new PublicNotice
            {
                CaseId = c.Id, DivisionCode = c.DivisionCode, CaseNumber = c.CaseNumber, Status = NoticeStatus.Published, Name = c.Name, Sex = c.Sex,
                Age = c.EstimatedAge, AgeEstimated = true, HeightCm = c.HeightCm, Health = health[rnd.Next(health.Length)],
                Intellect = intellect[rnd.Next(intellect.Length)], Mental = mental[rnd.Next(mental.Length)],
                PhysicalFeatures = "体型中等，无明显疤痕", Clothing = clothing[rnd.Next(clothing.Length)], Accent = c.Accent,
                FoundOn = DateOnly.FromDateTime(ChinaTime.ToLocal(c.FoundAtUtc)), FoundDistrict = c.DivisionCode.Length >= 6 ? c.DivisionCode[..6] : "440304",
                FoundPlace = c.FoundPlace, StationContact = contact, PhotoId = photos.FirstOrDefault(p => p.CaseId == c.Id)?.Id,
                FirstPublishedAtUtc = published, PublishedAtUtc = published, PublishedBy = "rescue.station", UpdatedAtUtc = published,
            });
            c.Advance(RescueCaseStatus.NoticePublished);
        }
        await db.SaveChangesAsync(ct);
    }

    private static T Pick<T>(Random rnd, IEnumerable<(T Item, int Weight)> items)
    {
        var list = items.ToList();
        var x = rnd.Next(list.Sum(i => i.Weight));
        foreach (var (item, w) in list)
        {
            if ((x -= w) < 0)
            {
                return item;
            }
        }
        return list[^1].Item;
    }
}
