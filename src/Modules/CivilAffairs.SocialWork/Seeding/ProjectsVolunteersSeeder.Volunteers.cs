using CivilAffairs.SocialWork.Features.Volunteers;

namespace CivilAffairs.SocialWork.Seeding;

/// <summary>
/// The river-protection force of seed section 七 (“社工+义工” 双工联动): a city force, district
/// brigades and river-section teams, 700-odd 志愿者河长 registered one by one and 10万+ 河小二
/// received in batches from the volunteer platform, so that every total is computed from records;
/// community and elder-help teams in 福田 and 南山. All persons are fictitious.
/// </summary>
internal sealed partial class ProjectsVolunteersSeeder
{
    public const int RiverChiefs = 726;
    public const int PlatformMembers = 102_480;

    private static readonly (string District, string Name, (string River, string Street)[] Sections)[] River =
    [
        ("440303", "罗湖区", [("深圳河罗湖段", "440303001"), ("布吉河", "440303002")]),
        ("440304", "福田区", [("福田河", "440304002"), ("新洲河", "440304001"), ("皇岗河", "440304004")]),
        ("440305", "南山区", [("大沙河", "440305002"), ("桂庙渠", "440305001")]),
        ("440306", "宝安区", [("茅洲河宝安段", "440306017"), ("西乡河", "440306018")]),
        ("440307", "龙岗区", [("龙岗河", "440307006"), ("丁山河", "440307003")]),
        ("440308", "盐田区", [("盐田河", "440308002")]),
        ("440309", "龙华区", [("观澜河", "440309001"), ("油松河", "440309002")]),
        ("440310", "坪山区", [("坪山河", "440310001"), ("飞西水", "440310002")]),
        ("440311", "光明区", [("茅洲河光明段", "440311001"), ("鹅颈水", "440311002")]),
    ];

    private static readonly string[] Patrols = ["巡河护河", "河道垃圾清理", "排污口巡查上报", "治水宣传进社区", "水质简易检测"];
    private static readonly string[] CommunityActivities = ["社区环境整治", "长者探访", "长者助餐送餐", "社区防疫宣传", "便民服务站值守", "儿童课后托管"];

    private async Task SeedVolunteersAsync(DateOnly today, CancellationToken ct)
    {
        var people = new DemoPeople(107, 0);
        var rng = people.Rng;
        var now = clock.GetUtcNow().UtcDateTime;
        var city = Team("深圳市护河志愿者总队", TeamKind.RiverProtection, "深圳市义工联合会", null, "4403", new(2017, 3, 22));
        var sections = new List<VolunteerTeam>();
        foreach (var (district, name, rivers) in River)
        {
            var brigade = Team($"{name}护河志愿者大队", TeamKind.RiverProtection, $"{name}义工联合会", city.Id, district, new(2017, 5, 1));
            sections.AddRange(rivers.Select(r => Team($"{r.River}护河志愿服务队", TeamKind.RiverProtection, $"{name}义工联合会", brigade.Id, r.Street, new(2017, 6, 1))));
        }
        var chiefs = new List<Volunteer>();
        // the seed counts 700-odd chiefs at the end of the demo year: registered between the teams' founding and then
        var yearEnd = new DateOnly(demo.Year, 12, 31) < today ? new DateOnly(demo.Year, 12, 31) : today;
        var founded = new DateOnly(2017, 6, 2);
        for (var i = 0; i < RiverChiefs; i++)
        {
            var team = sections[i % sections.Count];
            var registered = yearEnd.AddDays(-rng.Next(0, 570));
            chiefs.Add(Person(people, team, VolunteerRole.RiverChief, "河道巡查、环保宣传", registered < founded ? founded : registered));
        }
        // 河小二: batches from the platform, adding up to PlatformMembers
        var left = PlatformMembers;
        for (var i = 0; i < sections.Count; i++)
        {
            var n = i == sections.Count - 1 ? left : PlatformMembers / sections.Count + rng.Next(-400, 400);
            left -= n;
            var first = n * 6 / 10;
            db.Intakes.Add(new VolunteerIntake { TeamId = sections[i].Id, DivisionCode = sections[i].DivisionCode, ReceivedOn = new(2018, 3, 22), Members = first, Source = "志愿深圳平台（世界水日招募）", RecordedBy = "system" });
            db.Intakes.Add(new VolunteerIntake { TeamId = sections[i].Id, DivisionCode = sections[i].DivisionCode, ReceivedOn = new(2018, 9, 1), Members = n - first, Source = "志愿深圳平台", RecordedBy = "system" });
        }

        var fuhua = Team("福华社区志愿服务队", TeamKind.Community, "福华社区党委", null, "440304004022", new(2015, 3, 5));
        var futianElder = Team("福田街道助老志愿服务队", TeamKind.ElderHelp, "福田街道社工服务站", null, "440304004", new(2016, 10, 9));
        var nantou = Team("南头街道社区志愿服务队", TeamKind.Community, "南头街道义工服务站", null, "440305001", new(2016, 3, 5));
        var community = new List<Volunteer>();
        foreach (var (team, count, skills) in new[] { (fuhua, 30, "普通话、粤语、电脑操作"), (futianElder, 22, "护理、陪伴、送餐"), (nantou, 16, "心理疏导、法律咨询") })
        {
            for (var i = 0; i < count; i++)
            {
                community.Add(Person(people, team, i == 0 ? VolunteerRole.Leader : VolunteerRole.Member, skills, today.AddDays(-rng.Next(30, 1800))));
            }
        }

        foreach (var v in chiefs)
        {
            for (var k = 0; k < 2; k++)
            {
                Service(v, Patrols[rng.Next(Patrols.Length)], today.AddDays(-rng.Next(1, 150) - k * 160), 1.5m + rng.Next(0, 5) * 0.5m, now);
            }
        }
        foreach (var v in community)
        {
            var days = Enumerable.Range(0, 5).Select(_ => rng.Next(1, 300)).Distinct();
            foreach (var d in days)
            {
                Service(v, CommunityActivities[rng.Next(CommunityActivities.Length)], today.AddDays(-d), 2m + rng.Next(0, 7) * 0.5m, now);
            }
        }
        db.Volunteers.AddRange(chiefs);
        db.Volunteers.AddRange(community);
        db.Scope.BulkLoad = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    private VolunteerTeam Team(string name, TeamKind kind, string parentOrg, Guid? parent, string division, DateOnly founded)
    {
        var t = new VolunteerTeam { Name = name, Kind = kind, ParentOrganization = parentOrg, ParentTeamId = parent, DivisionCode = division, FoundedOn = founded, CreatedBy = "system" };
        db.Teams.Add(t);
        return t;
    }

    private static Volunteer Person(DemoPeople people, VolunteerTeam team, VolunteerRole role, string skills, DateOnly registered) => new()
    {
        Name = people.Name(), IdNumber = people.IdNumber(team.DivisionCode.Length >= 6 ? team.DivisionCode[..6] : "440300", 1955, 45), TeamId = team.Id,
        DivisionCode = team.DivisionCode, Role = role, Skills = skills, RegisteredOn = registered, CreatedBy = "system",
    };

    private void Service(Volunteer v, string activity, DateOnly on, decimal hours, DateTime now)
    {
        if (on < v.RegisteredOn)
        {
            return;
        }
        db.ServiceRecords.Add(new ServiceRecord
        {
            VolunteerId = v.Id, TeamId = v.TeamId, DivisionCode = v.DivisionCode, Activity = activity, ServedOn = on, Hours = hours, Verifier = "队长核实",
            RecordedBy = "system", RecordedAtUtc = now,
        });
    }
}
