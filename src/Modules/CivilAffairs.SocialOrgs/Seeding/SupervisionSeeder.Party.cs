using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Domain;

namespace CivilAffairs.SocialOrgs.Seeding;

/// <summary>Demo inspections and complaints; party units (3 organizations 应建未建), self-regulation pilots, the 6 party–mass service centres.</summary>
internal sealed partial class SupervisionSeeder
{
    private static readonly string[] Complainants = ["赵先生", "钱女士", "孙先生", "李女士", "周先生", "吴女士", "郑先生", "王女士", "冯先生", "陈女士"];

    private async Task SeedOversightAsync(Func<int, SocialOrganization?> org, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        async Task Inspect(int n, InspectionKind kind, DateOnly on, InspectionOutcome outcome, string findings, DateOnly? rectifyBy = null, DateOnly? rectified = null)
        {
            if (org(n) is not { } o)
            {
                return;
            }
            var who = Staff(o.AuthorityCode);
            db.Inspections.Add(new Inspection
            {
                Number = await numbers.NextAsync("JC", on.Year, ct), OrganizationId = o.Id, CreditCode = o.CreditCode, DivisionCode = o.DivisionCode, Kind = kind,
                InspectedOn = on, Inspectors = $"{who}.npo,zf.{(who == "city" ? "city" : "district")}", Findings = findings,
                Notes = "检查组内部意见：负责人配合程度一般，建议下次重点核查财务凭证", Outcome = outcome, RectifyBy = rectifyBy, RectifiedOn = rectified,
                RecordedBy = who + ".npo", CreatedAtUtc = now,
            });
        }
        string[] findings2018 = ["章程执行、换届、财务管理情况正常", "会员大会未按期召开", "财务凭证不规范", "未按规定公开年度报告", "分支机构管理不规范", "收费项目未公示"];
        var n2018 = new[] { 1, 4, 5, 7, 11, 14, 16, 17, 21, 27, 29, 31 };
        for (var i = 0; i < n2018.Length; i++)
        {
            var outcome = i % 3 == 0 ? InspectionOutcome.NoIssue : i % 5 == 0 ? InspectionOutcome.Referred : InspectionOutcome.Rectify;
            var on = new DateOnly(2018, 3 + i * 8 / 12, 10 + i);
            await Inspect(n2018[i], (InspectionKind)(i % 3 + 1), on, outcome, findings2018[i % findings2018.Length],
                outcome == InspectionOutcome.Rectify ? on.AddDays(30) : null, outcome == InspectionOutcome.Rectify ? on.AddDays(25) : null);
        }
        await Inspect(3, InspectionKind.RandomCheck, today.AddDays(-12), InspectionOutcome.Rectify, "项目经费未单独核算，志愿者保险未购买", today.AddDays(18));
        await Inspect(24, InspectionKind.Special, today.AddDays(-50), InspectionOutcome.Rectify, "住所与登记不一致，未办理变更登记", today.AddDays(-20));
        await Inspect(26, InspectionKind.RandomCheck, today.AddDays(-45), InspectionOutcome.Referred, "违规设立分支机构，移交立案");
        await Inspect(23, InspectionKind.AnnualFollowUp, today.AddDays(-66), InspectionOutcome.Referred, "接受捐赠未开具票据，移交立案");
        await Inspect(9, InspectionKind.RandomCheck, today.AddDays(-30), InspectionOutcome.NoIssue, "章程执行、换届、财务管理情况正常");
        await Inspect(2, InspectionKind.Special, today.AddDays(-25), InspectionOutcome.NoIssue, "慈善项目支出与公开募捐方案一致");

        var k = 0;
        async Task Complain(DateOnly on, ComplaintChannel channel, int? n, string? name, string? place, string? division, string summary, ComplaintStatus status)
        {
            var o = n is { } x ? org(x) : null;
            var c = new Complaint
            {
                Number = await numbers.NextAsync("TS", on.Year, ct), ReceivedOn = on, Channel = channel, OrganizationId = o?.Id, CreditCode = o?.CreditCode ?? "",
                SubjectName = o?.Name ?? name ?? "", SubjectPlace = o is null ? place : null, DivisionCode = o?.DivisionCode ?? division ?? "440304", Summary = summary,
                ComplainantName = Complainants[k % Complainants.Length], ComplainantPhone = $"1380013{k:0000}", Status = status,
                ReplyDue = on.AddDays(21), RecordedBy = "futian.npo", CreatedAtUtc = now,
                ParametersUsed = SupervisionSupport_Json(on),
            };
            k++;
            if (status >= ComplaintStatus.Assigned)
            {
                c.AssignedTo = o?.AuthorityCode == "4403" ? "city.npo" : "futian.npo";
            }
            if (status >= ComplaintStatus.Verified)
            {
                c.VerifiedOn = on.AddDays(8);
                c.Substantiated = k % 2 == 0;
                c.Result = c.Substantiated == true ? "经核查情况属实，已移交立案" : "经核查未发现违规情形";
            }
            if (status == ComplaintStatus.Replied)
            {
                c.RepliedOn = on.AddDays(12);
            }
            db.Complaints.Add(c);
        }
        await Complain(new DateOnly(2018, 3, 6), ComplaintChannel.Hotline12345, 6, null, null, null, "反映协会强制会员参加收费培训", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 4, 18), ComplaintChannel.Letter, null, IllegalNames[0], IllegalPlaces[0], "440304004", "反映该组织未经登记以“总会”名义收取会费", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 5, 9), ComplaintChannel.Online, 8, null, null, null, "反映协会违规设立分会", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 6, 21), ComplaintChannel.Visit, null, IllegalNames[2], IllegalPlaces[2], "440305005", "反映该联盟以健康讲座名义推销保健品", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 8, 2), ComplaintChannel.Hotline12345, 33, null, null, null, "反映商会违规收费", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 9, 14), ComplaintChannel.Online, null, IllegalNames[4], IllegalPlaces[1], "440303004", "反映该协会未登记组织老年人旅游收费", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 10, 25), ComplaintChannel.Letter, 27, null, null, null, "反映义工联合会活动超出业务范围", ComplaintStatus.Replied);
        await Complain(new DateOnly(2018, 11, 30), ComplaintChannel.Hotline12345, null, IllegalNames[8], IllegalPlaces[3], "440306017", "反映该中心擅自组织少儿艺术考级并收费", ComplaintStatus.Replied);
        await Complain(today.AddDays(-5), ComplaintChannel.Hotline12345, 25, null, null, null, "家长反映培训学校以培训名义收取赞助费", ComplaintStatus.Assigned);
        await Complain(today.AddDays(-2), ComplaintChannel.Online, null, "深圳市福田区智慧家长联合会（筹）", "福田区示例路88号", "440304004", "反映该组织未经登记以联合会名义招募会员", ComplaintStatus.Received);
        await Complain(today.AddDays(-40), ComplaintChannel.Letter, 26, null, null, null, "反映商会向商户摊派活动经费", ComplaintStatus.Verified);
        await Complain(today.AddDays(-30), ComplaintChannel.Visit, 22, null, null, null, "反映服务中心收费标准未公示", ComplaintStatus.Replied);
    }

    private static string SupervisionSupport_Json(DateOnly on)
    {
        var row = Rows.First(r => r.Key == SupervisionParameters.ComplaintReplyDays);
        return Features.Supervision.SupervisionSupport.Json([new Features.Supervision.ParameterUse(row.Key, row.Value, Day(row.From), row.Basis)]);
    }

    private void SeedParty(Func<int, SocialOrganization?> org)
    {
        var today = ChinaTime.Today(clock);
        // 应建未建: party members at the threshold but no party organization
        int[] noParty = [9, 24, 36];
        // too few party members to form one (not flagged)
        int[] few = [20, 37, 41];
        var superiors = new Dictionary<string, string>
        {
            ["4403"] = "中共深圳市社会组织委员会", ["440304"] = "中共福田区社会组织委员会", ["440305"] = "中共南山区社会组织委员会",
            ["440303"] = "中共罗湖区社会组织委员会", ["440306"] = "中共宝安区社会组织委员会", ["440307"] = "中共龙岗区社会组织委员会",
            ["440309"] = "中共龙华区社会组织委员会", ["440311"] = "中共光明区社会组织委员会",
        };
        string[] secretaries = ["林建华", "黄志强", "陈丽君", "刘国平", "张红梅", "李卫东", "王秀兰", "吴建军"];
        string[] instructors = ["梁党建", "何指导", "邓联络", "许指导"];
        for (var n = 1; n <= SocialOrgsSeeder.Demo.Count; n++)
        {
            if (org(n) is not { Status: OrgStatus.Active } o)
            {
                continue;
            }
            var u = new PartyUnit
            {
                OrganizationId = o.Id, CreditCode = o.CreditCode, DivisionCode = o.DivisionCode, UpdatedOn = today, UpdatedBy = "system",
                Instructor = instructors[n % instructors.Length],
            };
            if (noParty.Contains(n))
            {
                u.PartyMembers = 3 + n % 3;
            }
            else if (few.Contains(n))
            {
                u.PartyMembers = n % 3;
            }
            else
            {
                var form = n % 5 == 0 ? PartyForm.Joint : n % 7 == 0 ? PartyForm.Functional : PartyForm.Own;
                u.Form = form;
                u.PartyMembers = form == PartyForm.Own ? 3 + n * 7 % 30 : 1 + n % 4;
                u.PartyOrgName = form == PartyForm.Joint ? $"中共{SupervisionDistrict(o.DivisionCode)}社会组织第{n % 4 + 1}联合支部委员会" : $"中共{o.Name}支部委员会";
                u.EstablishedOn = new DateOnly(Math.Max(o.EstablishedOn.Year, 2015) + n % 3, 1 + n % 12, 1);
                u.Secretary = secretaries[n % secretaries.Length];
                u.Superior = superiors.GetValueOrDefault(o.AuthorityCode) ?? superiors["4403"];
            }
            db.PartyUnits.Add(u);
        }

        (int N, int Year, string Measures, decimal? Score, string? Result)[] pilots =
        [
            (4, 2018, "制定《电子行业自律公约》，建立会员诚信档案和失信惩戒机制", 92m, "优秀"), (5, 2018, "发布物流服务标准，设立行业纠纷调解委员会", 88m, "良好"),
            (7, 2018, "制定养老服务行业服务规范，开展星级评定", 85m, "良好"), (8, 2018, "推行物业服务收费公示承诺制度", 78m, "合格"),
            (10, 2018, "建立软件企业知识产权自律联盟和信用承诺制度", 90m, "优秀"), (26, 2018, "商户诚信经营承诺，假冒伪劣商品先行赔付", 74m, "合格"),
            (6, today.Year, "家政服务人员持证上岗、信用评价和黑名单制度", null, null), (32, today.Year, "科技企业家诚信公约与会员违规处理办法", null, null),
            (34, today.Year, "商圈明码标价与消费纠纷快速处理机制", null, null),
        ];
        foreach (var p in pilots)
        {
            if (org(p.N) is not { IsIndustryAssociation: true } o)
            {
                continue;
            }
            var started = p.Year == today.Year ? today.AddDays(-60) : new DateOnly(2018, 6, 1);
            db.Pilots.Add(new SelfRegulationPilot
            {
                OrganizationId = o.Id, CreditCode = o.CreditCode, DivisionCode = o.DivisionCode, BatchYear = p.Year, StartedOn = started, Measures = p.Measures,
                Status = p.Score is null ? PilotStatus.Running : PilotStatus.Evaluated, Score = p.Score, Result = p.Result,
                EvaluatedOn = p.Score is null ? null : new DateOnly(2018, 12, 20), RecordedBy = "city.npo",
            });
        }

        (string Name, string Division, string Host, string Services, int Visits)[] centres =
        [
            ("深圳市社会组织党群服务中心", "440304004", "中共深圳市社会组织委员会", "党员教育、社会组织孵化、政策咨询、联学联建", 12_600),
            ("福田区社会组织党群服务中心", "440304001", "福田区社会工作者协会（受托运营）", "党员活动、社会组织培训、公益项目对接", 8_400),
            ("南山区社会组织党群服务中心", "440305005", "中共南山区社会组织委员会", "党员报到、行业协会联建、创新创业服务", 7_900),
            ("罗湖区社会组织党群服务中心", "440303001", "中共罗湖区社会组织委员会", "党员学习、社区社会组织培育、志愿服务", 6_200),
            ("宝安区社会组织党群服务中心", "440306006", "中共宝安区社会组织委员会", "党员教育、制造业商协会联建、法律咨询", 5_800),
            ("龙岗区社会组织党群服务中心", "440307014", "中共龙岗区社会组织委员会", "党员活动、社工机构督导、公益创投", 5_100),
        ];
        for (var i = 0; i < centres.Length; i++)
        {
            var c = centres[i];
            db.PartyCentres.Add(new PartyServiceCentre
            {
                Name = c.Name, DivisionCode = c.Division, Address = $"深圳市{SupervisionDistrict(c.Division)}示例路{100 + i * 12}号党群服务中心", OpenedOn = new DateOnly(2018, 7 + i / 2, 1 + i * 3),
                Host = c.Host, Services = c.Services, VisitsPerYear = c.Visits, RecordedBy = "city.npo",
            });
        }
    }

    private static string SupervisionDistrict(string code) => Features.Supervision.SupervisionSupport.DistrictName(code);
}
