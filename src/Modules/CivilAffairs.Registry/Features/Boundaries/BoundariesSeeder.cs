using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>
/// The two parameters with their legal basis (reference data) and the 2018 work of seed section 六
/// as demo data: the 深汕 四镇改街 risk assessment, the evaluation of changes since 2012, the 4th
/// joint inspection with 东莞 and 平安边界 mediation. Lengths, coordinates and costs are
/// illustrative (演示数据); today's open work is dated relative to today.
/// </summary>
internal sealed class BoundariesSeeder(RegistryDb db, PlatformDb platform, TimeProvider clock) : ISeeder
{
    public int Order => 12;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await platform.Parameters.Where(p => p.Key.StartsWith("registry.boundary.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in BoundaryParameters.Rows.Where(r => !present.Contains(r.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture), LegalBasis = r.Basis,
                Note = r.Note, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.BoundaryLines.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        await SeedProposalsAsync(today, ct);
        await db.SaveChangesAsync(ct);
        SeedEvaluations();
        SeedLines(today);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task SeedProposalsAsync(DateOnly today, CancellationToken ct)
    {
        var shenshan = new DivisionProposal
        {
            Number = "QH-2018-000001", Kind = ProposalKinds.TownToStreet, Title = "深汕特别合作区“四镇改街”", Proposer = "深汕特别合作区管理委员会",
            Reasons = "深汕特别合作区由深圳市全面主导建设，城市化进程加快，小漠、鹅埠、赤石、鮜门四镇承担的城市管理和公共服务职能日益增多，拟撤镇设街道，理顺基层管理体制。",
            Stage = ProposalStages.Submitted, ScopeCodes = "|4403|", CreatedBy = "city.officer",
            Divisions =
            [
                new() { Code = "441521102", Name = "小漠镇", NewName = "小漠街道", Seq = 0 },
                new() { Code = "441521103", Name = "鹅埠镇", NewName = "鹅埠街道", Seq = 1 },
                new() { Code = "441521104", Name = "赤石镇", NewName = "赤石街道", Seq = 2 },
                new() { Code = "441521105", Name = "鮜门镇", NewName = "鮜门街道", Seq = 3 },
            ],
            StageRecords =
            [
                new() { Stage = ProposalStages.Research, Date = D(2018, 3, 1), Note = "赴四镇实地调研", RecordedBy = "city.officer" },
                new() { Stage = ProposalStages.RiskAssessment, Date = D(2018, 6, 15), Note = "委托第三方开展社会稳定风险评估", RecordedBy = "city.officer" },
                new() { Stage = ProposalStages.Consultation, Date = D(2018, 10, 10), Note = "完成风险评估报告和区域界线勘定，征求汕尾市、海丰县及有关部门意见", RecordedBy = "city.officer" },
                new() { Stage = ProposalStages.Submitted, Date = D(2018, 12, 20), Note = "按程序报广东省人民政府", RecordedBy = "city.officer" },
            ],
            Risks =
            [
                new() { Description = "镇改街后农村集体经济组织、宅基地等政策变化，部分村民存在顾虑", Level = "中", Mitigation = "明确过渡期内原有惠农政策不变，逐村宣讲解读", Seq = 0 },
                new() { Description = "机构编制调整和人员安置引发不稳定因素", Level = "中", Mitigation = "人员平稳划转，编制和待遇过渡方案先行公示", Seq = 1 },
                new() { Description = "行政区划代码和名称变更影响证照、户籍、门牌等", Level = "低", Mitigation = "分批换发，旧证照过渡期内继续有效", Seq = 2 },
                new() { Description = "深圳、汕尾双重管理体制下事权划分不清", Level = "高", Mitigation = "报批前与汕尾市签订事权移交备忘录，明确社会事务管理主体", Seq = 3 },
            ],
        };
        var guangming = new DivisionProposal
        {
            Number = "QH-2018-000002", Kind = ProposalKinds.Establish, Title = "设立深圳市光明区", Proposer = "深圳市人民政府",
            Reasons = "光明新区作为功能区承担区级事务但缺乏相应法定地位，设立行政区有利于完善城市治理体系。",
            Stage = ProposalStages.Implemented, ScopeCodes = "|440306|440311|", CreatedBy = "city.officer",
            ApprovalAuthority = "国务院", ApprovalDocNo = "国务院批复同意设立深圳市光明区（文号待补录）", ImplementedOn = D(2018, 9, 19),
            Divisions = [new() { Code = "440311", Name = "光明区", NewName = "光明区", NewParentCode = "4403", Seq = 0 }],
            StageRecords =
            [
                new() { Stage = ProposalStages.Research, Date = D(2017, 3, 1), RecordedBy = "system" },
                new() { Stage = ProposalStages.Approved, Date = D(2018, 5, 1), Note = "国务院批复（日期待核对）", RecordedBy = "system" },
                new() { Stage = ProposalStages.Implemented, Date = D(2018, 9, 19), Note = "光明区挂牌，宝安区六个街道划入", RecordedBy = "system" },
            ],
            Risks = [new() { Description = "街道划转期间社会事务办理衔接", Level = "低", Mitigation = "宝安、光明两区建立交接清单", Seq = 0 }],
        };
        var applied = await db.DivisionChanges.Where(c => c.NewParentCode == "440311" || c.NewCode == "440311").Select(c => c.Id).ToListAsync(ct);
        guangming.AppliedChangeIds = applied.Count == 0 ? null : string.Join(",", applied);
        var year = today.Year;
        var futian = new DivisionProposal
        {
            Number = year == 2018 ? "QH-2018-000003" : $"QH-{year}-000001", Kind = ProposalKinds.SeatMove, Title = "福田区香蜜湖街道办事处驻地迁移", Proposer = "福田区人民政府",
            Reasons = "现驻地办公用房为租用，空间不足且不便群众办事，拟迁至街道党群服务中心所在地。",
            Stage = ProposalStages.RiskAssessment, ScopeCodes = "|440304|", CreatedBy = "futian.district",
            Divisions = [new() { Code = "440304006", Name = "香蜜湖街道", Seq = 0 }],
            StageRecords =
            [
                new() { Stage = ProposalStages.Research, Date = today.AddDays(-75), Note = "征集群众意见", RecordedBy = "futian.district" },
                new() { Stage = ProposalStages.RiskAssessment, Date = today.AddDays(-20), RecordedBy = "futian.district" },
            ],
        };
        db.DivisionProposals.AddRange(shenshan, guangming, futian);
        db.Counters.Add(new NumberCounter { Key = "QH-2018", Last = year == 2018 ? 3 : 2 });
        if (year != 2018)
        {
            db.Counters.Add(new NumberCounter { Key = $"QH-{year}", Last = 1 });
        }
    }

    private void SeedEvaluations()
    {
        const string demo = "（演示数据，数值以评估报告为准）";
        db.DivisionEvaluations.AddRange(
            new DivisionChangeEvaluation
            {
                Title = "党的十八大以来行政区划调整效果评估：设立龙华区、坪山区", ChangeSummary = "国务院批复设立深圳市龙华区、坪山区（2016年10月11日挂牌）",
                ChangeDate = D(2016, 10, 11), ScopeCodes = "|440309|440310|", EvaluatedOn = D(2018, 11, 30), Evaluator = "深圳市民政局（委托第三方评估机构）",
                Findings = "两区设立后区级机构和公共服务设施配置逐步到位，街道规模趋于合理，审批层级减少；部分社区管理人口仍偏多。" + demo,
                Conclusion = "调整达到预期目标，建议继续优化街道、社区规模。",
                Indicators =
                [
                    new() { Name = "街道平均管理人口", Before = "42", After = "28", Unit = "万人", Seq = 0 },
                    new() { Name = "区级政务服务事项就近办理率", Before = "61", After = "88", Unit = "%", Seq = 1 },
                ],
            },
            new DivisionChangeEvaluation
            {
                Title = "党的十八大以来行政区划调整效果评估：设立光明区（初评）", ChangeSummary = "国务院批复设立深圳市光明区（2018年9月19日挂牌）",
                ChangeDate = D(2018, 9, 19), ScopeCodes = "|440306|440311|", EvaluatedOn = D(2018, 12, 20), Evaluator = "深圳市民政局",
                Findings = "六个街道由宝安区划入光明区，交接平稳；民政服务事项已全部由光明区承接。" + demo,
                Conclusion = "过渡平稳，建议两年后开展全面评估。",
                Indicators = [new() { Name = "划转街道", Before = "0", After = "6", Unit = "个", Seq = 0 }],
            });
    }

    private void SeedLines(DateOnly today)
    {
        var dongguan = Line("深圳市—东莞市界线", "4403", "深圳市", "4419", "东莞市", "市级", 92.60m, "深莞界线协议书（演示）", D(2003, 12, 1), "440306,440307,440309,440311");
        var markers = new (string No, string Type, decimal Lat, decimal Lon)[]
        {
            ("深莞01", "三立", 22.738600m, 113.774500m), ("深莞02", "双立", 22.782300m, 113.861900m), ("深莞03", "双立", 22.786400m, 113.922800m),
            ("深莞04", "单立", 22.761900m, 113.998300m), ("深莞05", "双立", 22.752600m, 114.061700m), ("深莞06", "三立", 22.739800m, 114.140200m),
        };
        foreach (var m in markers)
        {
            dongguan.Markers.Add(new BoundaryMarker { Number = m.No, Type = m.Type, Latitude = m.Lat, Longitude = m.Lon, InstalledOn = D(2003, 11, 20), ScopeCodes = dongguan.ScopeCodes });
        }
        var third = new JointInspection
        {
            LineId = dongguan.Id, Round = 3, PartnerGovernment = "东莞市人民政府", StartDate = D(2013, 5, 6), EndDate = D(2013, 6, 14), ScopeCodes = dongguan.ScopeCodes,
            Participants = "深圳市民政局、东莞市民政局及沿线区、镇街", Summary = "第三轮联检，界桩总体完好。",
            Findings = [.. dongguan.Markers.Select(m => new InspectionFinding { MarkerId = m.Id, MarkerNumber = m.Number, FoundStatus = MarkerStatuses.Intact })],
        };
        var fourth = new JointInspection
        {
            LineId = dongguan.Id, Round = 4, PartnerGovernment = "东莞市人民政府", StartDate = D(2018, 5, 14), EndDate = D(2018, 6, 29), ScopeCodes = dongguan.ScopeCodes,
            Participants = "深圳市民政局、东莞市民政局、宝安区、光明区、龙华区、龙岗区民政局及沿线镇街",
            Summary = "顺利完成第四轮深莞行政区域界线联检，实地核查界桩6颗，发现损坏1颗、移位1颗，已商定修复。",
        };
        foreach (var m in dongguan.Markers)
        {
            var status = m.Number switch { "深莞03" => MarkerStatuses.Damaged, "深莞05" => MarkerStatuses.Moved, _ => MarkerStatuses.Intact };
            fourth.Findings.Add(new InspectionFinding { MarkerId = m.Id, MarkerNumber = m.Number, FoundStatus = status, Note = status == MarkerStatuses.Intact ? null : "道路施工影响" });
            m.LastInspectedOn = fourth.EndDate;
        }
        var m3 = dongguan.Markers.First(m => m.Number == "深莞03");
        var m5 = dongguan.Markers.First(m => m.Number == "深莞05");
        fourth.Repairs.Add(new MarkerRepair { MarkerId = m3.Id, MarkerNumber = m3.Number, Action = "原位重新浇筑桩体并刷新注记", Cost = 4800m, DoneOn = D(2018, 8, 20) });
        fourth.Repairs.Add(new MarkerRepair { MarkerId = m5.Id, MarkerNumber = m5.Number, Action = "按协议坐标复位", Cost = 2600m });
        m5.Status = MarkerStatuses.Moved;
        var m4 = dongguan.Markers.First(m => m.Number == "深莞04");
        db.MarkerDamages.Add(new MarkerDamage
        {
            LineId = dongguan.Id, MarkerId = m4.Id, MarkerNumber = m4.Number, FoundOn = D(2018, 9, 3), Description = "施工车辆撞击致桩体倾斜", ResponsibleParty = "某建筑工程公司",
            RepairCost = 1500m, ProposedFine = 500m, FineCap = 1000m, FineCapBasis = BoundaryParameters.Regulation, ScopeCodes = dongguan.ScopeCodes, RecordedBy = "city.officer",
        });
        db.BoundaryActivities.AddRange(
            new BoundaryActivity { LineId = dongguan.Id, Date = D(2018, 11, 8), Title = "深莞“平安边界”联合巡查", Description = "两市民政部门会同沿线镇街巡查界线周边", ScopeCodes = dongguan.ScopeCodes },
            new BoundaryActivity { LineId = dongguan.Id, Date = D(2018, 12, 4), Title = "“平安边界”创建联席会议", Description = "通报界线管理情况，商定争议调处机制", ScopeCodes = dongguan.ScopeCodes });

        var huizhou = Line("深圳市—惠州市界线", "4403", "深圳市", "4413", "惠州市", "市级", 125.40m, "深惠界线协议书（演示）", D(2004, 6, 1), "440307,440310");
        huizhou.Markers.Add(new BoundaryMarker { Number = "深惠01", Type = "双立", Latitude = 22.701200m, Longitude = 114.352600m, InstalledOn = D(2004, 5, 1), ScopeCodes = huizhou.ScopeCodes });
        huizhou.Markers.Add(new BoundaryMarker { Number = "深惠02", Type = "三立", Latitude = 22.658300m, Longitude = 114.408100m, InstalledOn = D(2004, 5, 1), ScopeCodes = huizhou.ScopeCodes });
        var huizhouRound = new JointInspection
        {
            LineId = huizhou.Id, Round = 4, PartnerGovernment = "惠州市人民政府", StartDate = today.AddYears(-2).AddDays(-30), EndDate = today.AddYears(-2), ScopeCodes = huizhou.ScopeCodes,
            Participants = "深圳市民政局、惠州市民政局、龙岗区、坪山区民政局", Summary = "界桩完好。",
            Findings = [.. huizhou.Markers.Select(m => new InspectionFinding { MarkerId = m.Id, MarkerNumber = m.Number, FoundStatus = MarkerStatuses.Intact })],
        };
        foreach (var m in huizhou.Markers) { m.LastInspectedOn = huizhouRound.EndDate; }

        var shenshan = Line("深汕特别合作区—惠东县界线（鹅埠段）", "441521103", "鹅埠镇", "441323", "惠东县", "市级", 38.20m, "深汕特别合作区区域界线勘定成果（2018，演示）", D(2018, 11, 30), null);

        var futianNanshan = Line("福田区—南山区界线", "440304", "福田区", "440305", "南山区", "县级", 11.80m, "福田区与南山区行政区域界线协议（演示）", D(2008, 4, 1), null);
        futianNanshan.Markers.Add(new BoundaryMarker { Number = "福南01", Type = "双立", Latitude = 22.527800m, Longitude = 113.987400m, InstalledOn = D(2008, 3, 1), ScopeCodes = futianNanshan.ScopeCodes });
        futianNanshan.Markers.Add(new BoundaryMarker { Number = "福南02", Type = "单立", Latitude = 22.548100m, Longitude = 113.991200m, InstalledOn = D(2008, 3, 1), ScopeCodes = futianNanshan.ScopeCodes });
        futianNanshan.Markers.Add(new BoundaryMarker { Number = "福南03", Type = "双立", Latitude = 22.571600m, Longitude = 113.996900m, InstalledOn = D(2008, 3, 1), ScopeCodes = futianNanshan.ScopeCodes });
        var fnRound = new JointInspection
        {
            LineId = futianNanshan.Id, Round = 2, PartnerGovernment = "南山区人民政府", StartDate = today.AddYears(-1).AddDays(-10), EndDate = today.AddYears(-1), ScopeCodes = futianNanshan.ScopeCodes,
            Participants = "福田区民政局、南山区民政局、沙头街道、沙河街道", Summary = "界桩完好。",
        };
        var futianLuohu = Line("福田区—罗湖区界线", "440304", "福田区", "440303", "罗湖区", "县级", 14.30m, "福田区与罗湖区行政区域界线协议（演示）", D(2009, 10, 1), null);
        futianLuohu.Markers.Add(new BoundaryMarker { Number = "福罗01", Type = "双立", Latitude = 22.546300m, Longitude = 114.093100m, InstalledOn = D(2009, 9, 1), ScopeCodes = futianLuohu.ScopeCodes });
        var nanshanBaoan = Line("南山区—宝安区界线", "440305", "南山区", "440306", "宝安区", "县级", 21.50m, "南山区与宝安区行政区域界线协议（演示）", D(2010, 5, 1), null);
        nanshanBaoan.Markers.Add(new BoundaryMarker { Number = "南宝01", Type = "双立", Latitude = 22.573900m, Longitude = 113.902700m, InstalledOn = D(2010, 4, 1), ScopeCodes = nanshanBaoan.ScopeCodes });

        db.BoundaryLines.AddRange(dongguan, huizhou, shenshan, futianNanshan, futianLuohu, nanshanBaoan);
        db.JointInspections.AddRange(third, fourth, huizhouRound, fnRound);

        db.BoundaryDisputes.AddRange(
            new BoundaryDispute
            {
                Number = "JF-2018-000001", LineId = dongguan.Id, Area = "观澜河深莞交界段（演示）", Parties = "深圳市龙华区观湖街道、东莞市塘厦镇", OpenedOn = D(2018, 7, 16),
                Description = "河道整治后岸线变化，双方对一处约0.3公顷滩地的管理权存在分歧。", ScopeCodes = dongguan.ScopeCodes,
                Mediations =
                [
                    new() { Date = D(2018, 8, 22), Mediator = "深圳市民政局、东莞市民政局", Participants = "龙华区、观湖街道、塘厦镇", Outcome = "现场踏勘，双方同意以第四轮联检确认的界桩连线为准，待测绘部门出具成果" },
                    new() { Date = D(2018, 12, 4), Mediator = "深莞“平安边界”联席会议", Participants = "两市民政局、沿线区镇", Outcome = "测绘成果已出具，双方原则同意，协议文本待签" },
                ],
            },
            new BoundaryDispute
            {
                Number = today.Year == 2018 ? "JF-2018-000002" : $"JF-{today.Year}-000001", LineId = futianNanshan.Id, Area = "沙河西路与深圳湾交界段（演示）", Parties = "福田区沙头街道、南山区沙河街道", OpenedOn = today.AddDays(-40),
                Description = "新建市政道路跨越界线，双方对道路绿化带的日常管养范围有不同意见。", ScopeCodes = futianNanshan.ScopeCodes,
                Mediations = [new() { Date = today.AddDays(-12), Mediator = "福田区民政局、南山区民政局", Participants = "沙头街道、沙河街道、两区城管部门", Outcome = "约定以界线为准分段管养，待两区政府确认" }],
            });
        db.Counters.Add(new NumberCounter { Key = "JF-2018", Last = today.Year == 2018 ? 2 : 1 });
        if (today.Year != 2018)
        {
            db.Counters.Add(new NumberCounter { Key = $"JF-{today.Year}", Last = 1 });
        }
    }

    private static BoundaryLine Line(string name, string a, string aName, string b, string bName, string level, decimal km, string agreement, DateOnly agreedOn, string? along)
    {
        var codes = new[] { a, b }.Concat(BoundaryAccess.SplitCodes(along));
        var managed = new Dictionary<string, string> { ["441521102"] = "4403", ["441521103"] = "4403", ["441521104"] = "4403", ["441521105"] = "4403" };
        return new BoundaryLine
        {
            Name = name, SideACode = a, SideAName = aName, SideBCode = b, SideBName = bName, Level = level, LengthKm = km, AgreementDoc = agreement, AgreementDate = agreedOn,
            AlongCodes = along, ScopeCodes = BoundaryRules.ScopeOf(codes, managed),
        };
    }
}
