using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Community.Seeding;

/// <summary>Generated demo data: plausible, fictitious, reproducible (fixed random seeds).</summary>
internal sealed partial class IntegritySeeder
{
    /// <summary>District → (streets, hot spots, patrols in 2018); 943 in all (the seed: 940余次).</summary>
    private static readonly (string District, string[] Streets, string[] Spots, int Count)[] PatrolPlan =
    [
        ("440303", ["440303001", "440303003", "440303005", "440303002"], ["罗湖火车站东广场", "东门步行街—老街地铁站", "国贸商圈天桥", "人民南路沿线"], 125),
        ("440304", ["440304004", "440304011", "440304001", "440304008"], ["华强北步行街", "皇岗口岸周边", "福田交通枢纽", "车公庙地铁站出入口"], 140),
        ("440305", ["440305001", "440305002", "440305005", "440305007"], ["南山书城—海岸城", "蛇口海上世界", "深圳湾公园沿线", "科技园地铁站"], 125),
        ("440306", ["440306017", "440306018", "440306022", "440306020"], ["宝安中心区天桥", "西乡汽车站", "沙井步行街", "机场东地铁站"], 160),
        ("440307", ["440307014", "440307015", "440307013", "440307016"], ["布吉火车站", "龙岗中心城万科广场", "坂田华为周边", "大运中心地铁站"], 155),
        ("440308", ["440308003", "440308002"], ["沙头角中英街入口", "大梅沙海滨公园"], 40),
        ("440309", ["440309002", "440309003", "440309006"], ["深圳北站东西广场", "民治地铁站", "观澜古墟"], 115),
        ("440310", ["440310001", "440310005"], ["坪山火车站", "坑梓老街"], 40),
        ("440311", ["440311001", "440311002"], ["光明大街", "公明广场"], 43),
    ];

    private void SeedPatrols()
    {
        var rnd = new Random(2018);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (district, streets, spots, count) in PatrolPlan)
        {
            for (var i = 0; i < count; i++)
            {
                db.Patrols.Add(Patrol(rnd, new DateOnly(2018, 1, 1).AddDays(rnd.Next(365)), streets, spots, now));
            }
        }
        // recent patrols so this year's page is not empty
        var today = ChinaTime.Today(clock);
        foreach (var (_, streets, spots, _) in PatrolPlan)
        {
            for (var i = 0; i < 4; i++)
            {
                db.Patrols.Add(Patrol(rnd, today.AddDays(-rnd.Next(1, 60)), streets, spots, now));
            }
        }
    }

    private static BeggingPatrol Patrol(Random rnd, DateOnly on, string[] streets, string[] spots, DateTime now)
    {
        var found = rnd.Next(10) switch { < 4 => 0, < 7 => rnd.Next(1, 3), < 9 => rnd.Next(2, 5), _ => rnd.Next(4, 9) };
        var station = found == 0 ? 0 : rnd.Next(0, found + 1);
        var police = found >= 3 && rnd.Next(6) == 0 ? 1 : 0;
        return new BeggingPatrol
        {
            PatrolOn = on, DivisionCode = streets[rnd.Next(streets.Length)], Route = spots[rnd.Next(spots.Length)], TeamSize = rnd.Next(4, 13), PersonsFound = found,
            PersonsToStation = station, HandedToPolice = police,
            Notes = found == 0 ? "未发现组织乞讨" : police > 0 ? "发现疑似组织、操纵乞讨线索，移交辖区派出所" : "劝导求助人员，护送救助站",
            RecordedBy = "system", CreatedAtUtc = now,
        };
    }

    private static readonly (LeadField Field, string Summary, string Position)[] LeadTexts =
    [
        (LeadField.Begging, "群众反映有人在地铁站出入口组织未成年人、残疾人乞讨并收取“保护费”", "无"),
        (LeadField.Begging, "反映某团伙控制多名老年人在商圈天桥固定点位乞讨", "无"),
        (LeadField.Begging, "巡查发现乞讨人员由同一车辆定时接送，疑被组织操纵", "无"),
        (LeadField.Funeral, "反映有人垄断医院周边殡葬服务，强行收取高价“一条龙”费用", "无"),
        (LeadField.Funeral, "反映村（社区）干部亲属控制公墓周边墓穴销售，阻挠他人经营", "社区股份合作公司董事"),
        (LeadField.GrassrootsOrganization, "反映社区居委会委员纵容亲属垄断小区建材运输和装修垃圾清运", "居委会委员"),
        (LeadField.GrassrootsOrganization, "反映居委会成员在换届选举中拉票贿选、威胁其他候选人", "居委会副主任"),
        (LeadField.GrassrootsOrganization, "反映社区干部与涉黑人员往来密切，插手辖区出租屋管理", "居委会主任"),
        (LeadField.SocialOrganization, "反映某未登记“同乡会”以会费名义向商户强行收费", "无"),
        (LeadField.SocialOrganization, "反映某协会负责人借协会名义插手市场经营、强揽工程", "协会会长"),
    ];

    private static readonly string[] LeadCommunities =
    [
        "440304004027", "440304010002", "440303003001", "440305001001", "440306022001", "440306018022", "440307014001", "440307015020", "440309002001",
        "440310001001", "440311001001", "440308003006", "440303001002",
    ];

    private static readonly string[] Names = ["陈某华", "李某强", "王某明", "张某军", "刘某平", "黄某东", "吴某辉", "周某伟"];

    private async Task<List<IntegrityLead>> SeedLeadsAsync(CancellationToken ct)
    {
        var rnd = new Random(25);
        var now = clock.GetUtcNow().UtcDateTime;
        var days = int.Parse(Rows.First(r => r.Key == IntegrityParameters.LeadVerifyDays).Value, System.Globalization.CultureInfo.InvariantCulture);
        var uses = Uses(IntegrityParameters.LeadVerifyDays);
        // 25 in 2018 (the seed): 6 begging, 5 funeral, 9 grassroots organizations, 5 social organizations
        var plan = Enumerable.Repeat(LeadField.Begging, 6).Concat(Enumerable.Repeat(LeadField.Funeral, 5))
            .Concat(Enumerable.Repeat(LeadField.GrassrootsOrganization, 9)).Concat(Enumerable.Repeat(LeadField.SocialOrganization, 5)).ToList();
        // the three removals of 2018 come from confirmed grassroots leads; the rest: 查实 4, 部分查实 5, 查否 13 (7 / 5 / 13 in all)
        var grassIdx = plan.Select((f, i) => (f, i)).Where(x => x.f == LeadField.GrassrootsOrganization).Select(x => x.i).Take(3).ToList();
        var others = new Queue<LeadResult>(Enumerable.Repeat(LeadResult.Confirmed, 4).Concat(Enumerable.Repeat(LeadResult.PartlyConfirmed, 5))
            .Concat(Enumerable.Repeat(LeadResult.Unfounded, 13)).OrderBy(_ => rnd.Next()));
        var results = plan.Select((_, i) => grassIdx.Contains(i) ? LeadResult.Confirmed : others.Dequeue()).ToList();
        var leads = new List<IntegrityLead>();
        for (var i = 0; i < plan.Count; i++)
        {
            var texts = LeadTexts.Where(t => t.Field == plan[i]).ToList();
            var text = texts[i % texts.Count];
            var received = new DateOnly(2018, 2, 1).AddDays(i * 12 + rnd.Next(10));
            var lead = new IntegrityLead
            {
                Number = await numbers.NextAsync("XS", 2018, ct), ReceivedOn = received, Source = (LeadSource)rnd.Next(0, 6), Field = plan[i],
                DivisionCode = grassIdx.Contains(i) ? RemovalCommunities[grassIdx.IndexOf(i)].Code : LeadCommunities[i % LeadCommunities.Length],
                Summary = text.Summary, SubjectName = text.Position == "无" ? null : Names[i % Names.Length], SubjectPosition = text.Position == "无" ? null : text.Position,
                VerifyDue = await calendar.AddWorkingDaysAsync(received, days, ct), ParametersUsed = uses, RecordedBy = "system", CreatedAtUtc = now,
            };
            Close(lead, results[i], received.AddDays(10 + rnd.Next(25)), now);
            leads.Add(lead);
            db.Leads.Add(lead);
        }
        // open leads dated from today: one overdue in verification, one new, one confirmed and waiting for the hand-over
        var today = ChinaTime.Today(clock);
        foreach (var (ago, field, status) in new[] { (60, LeadField.GrassrootsOrganization, LeadStatus.Verifying), (3, LeadField.Begging, LeadStatus.Received),
                     (25, LeadField.SocialOrganization, LeadStatus.Verified) })
        {
            var received = today.AddDays(-ago);
            var text = LeadTexts.First(t => t.Field == field);
            var lead = new IntegrityLead
            {
                Number = await numbers.NextAsync("XS", received.Year, ct), ReceivedOn = received, Source = LeadSource.PublicReport, Field = field,
                DivisionCode = "440304004027", Summary = text.Summary, SubjectName = field == LeadField.GrassrootsOrganization ? "赵某林" : null,
                SubjectPosition = field == LeadField.GrassrootsOrganization ? "居委会委员" : null, VerifyDue = await calendar.AddWorkingDaysAsync(received, days, ct),
                ParametersUsed = uses, Status = status, RecordedBy = "system", CreatedAtUtc = now,
            };
            if (status != LeadStatus.Received)
            {
                lead.Steps.Add(Step(lead, received.AddDays(5), "verify", "走访小区居民6户，调取物业合同及付款记录", now));
            }
            if (status == LeadStatus.Verified)
            {
                lead.Result = LeadResult.Confirmed;
                lead.VerifiedOn = received.AddDays(15);
                lead.Steps.Add(Step(lead, received.AddDays(15), "result", "经核查，反映的强行收费问题基本属实", now));
            }
            db.Leads.Add(lead);
        }
        return leads;
    }

    private static void Close(IntegrityLead lead, LeadResult result, DateOnly verifiedOn, DateTime now)
    {
        lead.Steps.Add(Step(lead, lead.ReceivedOn.AddDays(3), "verify", "成立核查小组，走访群众、调取相关资料", now));
        lead.Steps.Add(Step(lead, verifiedOn, "result", result == LeadResult.Unfounded ? "经核查，反映问题不属实" : "经核查，反映问题属实或部分属实", now));
        lead.Result = result;
        lead.VerifiedOn = verifiedOn;
        var closed = verifiedOn.AddDays(5);
        if (result != LeadResult.Unfounded)
        {
            lead.HandedOverOn = verifiedOn.AddDays(2);
            lead.ReceivingUnit = $"深圳市公安局{GrassDistrict(lead.DivisionCode)}分局";
            lead.Steps.Add(Step(lead, lead.HandedOverOn.Value, "handover", "移交" + lead.ReceivingUnit, now));
            closed = verifiedOn.AddDays(20);
        }
        lead.ClosedOn = closed;
        lead.Status = LeadStatus.Closed;
        lead.Steps.Add(Step(lead, closed, "close", "已办结，材料归档", now));
    }

    private static string GrassDistrict(string code) => Features.Honours.GrassText.DistrictName(code).TrimEnd('区');

    private static IntegrityLeadStep Step(IntegrityLead lead, DateOnly on, string action, string note, DateTime now) =>
        new() { LeadId = lead.Id, On = on, Action = action, Note = note, By = "system", AtUtc = now };

    private static readonly (string Code, string Name, string Member, string Position)[] RemovalCommunities =
    [
        ("440304004027", "福民社区", "孙建国", "委员"), ("440307014001", "布吉圩社区", "郑志明", "副主任"), ("440309002001", "沙吓社区", "冯国强", "委员"),
    ];

    private async Task SeedRemovalsAsync(List<IntegrityLead> leads, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var uses = Uses(IntegrityParameters.RemovalQuorum, IntegrityParameters.RemovalMajority);
        var confirmed = leads.Where(l => l.Field == LeadField.GrassrootsOrganization && l.Result == LeadResult.Confirmed
            && RemovalCommunities.Any(c => c.Code == l.DivisionCode)).ToList();
        for (var i = 0; i < RemovalCommunities.Length; i++)
        {
            var (code, name, member, position) = RemovalCommunities[i];
            var lead = confirmed.FirstOrDefault(l => l.DivisionCode == code);
            var proposed = (lead?.ClosedOn ?? new DateOnly(2018, 9, 1)).AddDays(7);
            var eligible = 60 + i * 17;
            var attended = eligible * 4 / 5;
            db.Removals.Add(new MemberRemoval
            {
                Number = await numbers.NextAsync("BM", 2018, ct), DivisionCode = code, CommunityName = name, MemberName = member,
                MemberIdNumber = IdNumber.Create(code[..6], new DateOnly(1968 + i * 4, 3 + i, 11), 101 + i * 2), Position = position,
                Grounds = RemovalGrounds.GangRelated, GroundsDetail = "经核查，该成员参与涉黑涉恶违法活动，已被公安机关立案侦查，不宜继续担任居委会成员", ProposedOn = proposed,
                ProposedBy = "system", Meeting = MeetingKind.RepresentativesMeeting, MeetingOn = proposed.AddDays(10), Eligible = eligible, Attended = attended,
                VotesFor = attended - 3, VotesAgainst = 1, Abstained = 2, AttendanceNeeded = eligible / 2 + 1, VotesNeeded = attended / 2 + 1, VotePassed = true,
                ParametersUsed = uses, Status = RemovalStatus.Confirmed, DecidedOn = proposed.AddDays(15), DecidedBy = "system",
                DecisionNumber = $"{GrassDistrict(code)}民罢〔2018〕{i + 1}号", DecisionNote = "表决程序合法，确认罢免（演示）", LeadId = lead?.Id, CreatedAtUtc = now,
            });
        }
        // one proposal waiting for the street's confirmation (today's workflow)
        var today = ChinaTime.Today(clock);
        db.Removals.Add(new MemberRemoval
        {
            Number = await numbers.NextAsync("BM", today.Year, ct), DivisionCode = "440304004028", CommunityName = "水围社区", MemberName = "钱志刚",
            MemberIdNumber = IdNumber.Create("440304", new DateOnly(1975, 8, 20), 213), Position = "委员", Grounds = RemovalGrounds.Crime,
            GroundsDetail = "该成员因犯寻衅滋事罪被判处有期徒刑，依法应终止职务", ProposedOn = today.AddDays(-12), ProposedBy = "futian.clerk",
            Meeting = MeetingKind.RepresentativesMeeting, MeetingOn = today.AddDays(-5), Eligible = 45, Attended = 38, VotesFor = 35, VotesAgainst = 1, Abstained = 2,
            AttendanceNeeded = 23, VotesNeeded = 20, VotePassed = true, ParametersUsed = uses, Status = RemovalStatus.Proposed, CreatedAtUtc = now,
        });
    }
}
