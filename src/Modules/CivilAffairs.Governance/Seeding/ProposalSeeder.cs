using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Experts;
using CivilAffairs.Governance.Features.Proposals;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Seeding;

/// <summary>
/// Demo suggestions and proposals (2018's, including the 市人大养老重点建议案, and this year's open ones
/// relative to today), and an expert pool with one concluded and one open consultation. Delegates and
/// experts named here are fictitious.
/// </summary>
internal sealed class ProposalSeeder(GovernanceDb db, TimeProvider clock, Numbers numbers) : ISeeder
{
    private static readonly string DueBasis = "3个月（" + GovernanceSeeder.Rows.Single(r => r.Key == GovernanceParameters.ReplyMonths).Basis + "）";

    public int Order => 117;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Proposals.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var npc18 = "市六届人大七次会议";
        var cppcc18 = "市政协六届四次会议";
        Add("20180032", ProposalKind.NpcSuggestion, npc18, "关于加快推进社区居家养老服务体系建设的重点建议", "王建华等12名代表", true,
            "建议整合建设多功能居家养老服务中心，推动家庭适老化改造和社区长者助餐服务。", D(2018, 1, 25), "4403", "深圳市民政局养老服务处", "市卫生健康委、市财政局",
            D(2018, 2, 26), D(2018, 5, 20), Satisfaction.Satisfied,
            "我局将办理该重点建议案作为推动养老服务供给重心向社区居家转移的契机，全市已建成长者助餐服务机构55家，养老床位新增1000张。");
        Add("20180117", ProposalKind.NpcSuggestion, npc18, "关于进一步提高最低生活保障标准的建议", "刘晓梅代表", false,
            "建议参照上海等城市提高低保标准。", D(2018, 1, 26), "4403", "深圳市民政局社会救助处", null, D(2018, 2, 26), D(2018, 5, 10), Satisfaction.BasicallySatisfied,
            "经市政府批准，我市低保标准自2018年起由每人每月900元提高至1070元，与上海并列国内大中城市首位。");
        Add("20180208", ProposalKind.CppccProposal, cppcc18, "关于推动社会组织党建工作全覆盖的提案", "陈志强委员", false,
            "建议推进党政机关党组织与社会组织党组织联学联建。", D(2018, 1, 22), "4403", "深圳市民政局社会组织管理局", null, D(2018, 2, 26), D(2018, 5, 15), Satisfaction.Satisfied,
            "市社会组织党委已管理基层党组织1235个、党员11988名，全市首批6个社会组织党群服务中心建成投入使用。");
        Add("20180231", ProposalKind.CppccProposal, cppcc18, "关于大力推广节地生态安葬的提案", "林海燕委员", false,
            "建议出台节地生态安葬奖励政策。", D(2018, 1, 23), "4403", "深圳市民政局社会事务处", null, D(2018, 2, 26), D(2018, 6, 8), Satisfaction.BasicallySatisfied,
            "我局已起草《深圳市节地生态安葬奖励办法》并于2018年11月印发实施，同时深入实施殡葬基本服务免费政策。");
        Add("20180266", ProposalKind.NpcSuggestion, npc18, "关于在福田区增设长者饭堂的建议", "张丽华代表", false,
            "建议在福田区各街道增设长者饭堂。", D(2018, 1, 27), "440304", "福田区民政局", null, D(2018, 2, 27), D(2018, 5, 18), Satisfaction.Satisfied,
            "福田区已在各街道设置长者饭堂，并对高龄、失能老人给予助餐补贴。");
        var y = today.Year;
        Add($"{y}0041", ProposalKind.NpcSuggestion, $"{y}年市人代会", "关于完善困境儿童分类保障的建议", "黄志明代表", false,
            "建议细化困境儿童认定标准和保障措施。", today.AddDays(-100), "4403", "深圳市民政局儿童福利处", "市教育局", today.AddDays(-95), null, null, null);
        Add($"{y}0088", ProposalKind.NpcSuggestion, $"{y}年市人代会", "关于在福田区推广社区嵌入式养老的建议", "吴淑芬代表", false,
            "建议在福田区老旧小区推广嵌入式养老服务。", today.AddDays(-40), "440304", "福田区民政局", null, today.AddDays(-35), null, null, null);
        Add($"{y}0152", ProposalKind.CppccProposal, $"{y}年市政协全会", "关于加强社区社会工作服务站建设的提案", "郑国强委员", false,
            "建议在每个社区设立社会工作服务站。", today.AddDays(-60), "4403", "深圳市民政局社会工作处", null, today.AddDays(-55), today.AddDays(-5), null,
            "全市已建成社区党群服务中心社会工作服务点，下一步将按照每个社区配备社工的目标推进。");
        Add($"{y}0163", ProposalKind.CppccProposal, $"{y}年市政协全会", "关于规范殡葬服务收费的提案", "何文静委员", false,
            "建议公开殡葬服务项目和收费标准。", today.AddDays(-6), "4403", null, null, null, null, null, null);
        await SeedExpertsAsync(today, ct);
        await db.SaveChangesAsync(ct);
    }

    private void Add(string number, ProposalKind kind, string session, string title, string proposers, bool key, string content, DateOnly received,
        string division, string? unit, string? coUnits, DateOnly? assigned, DateOnly? replied, Satisfaction? satisfaction, string? reply)
    {
        db.Proposals.Add(new Proposal
        {
            Number = number, Kind = kind, Session = session, Title = title, Proposers = proposers, Key = key, Content = content, ReceivedOn = received,
            DivisionCode = division, LeadUnit = unit, CoUnits = coUnits, AssignedOn = assigned, AssignedBy = assigned is null ? null : "city.office",
            DueOn = assigned is { } a ? ProposalRules.Due(a, 3) : null, DueBasis = assigned is null ? null : DueBasis,
            ReplyText = reply, RepliedOn = replied, RepliedBy = replied is null ? null : "system", Satisfaction = satisfaction,
            EvaluatedOn = satisfaction is null ? null : replied!.Value.AddDays(20),
            Status = satisfaction is not null ? ProposalStatus.Evaluated : replied is not null ? ProposalStatus.Replied : assigned is not null ? ProposalStatus.Assigned : ProposalStatus.Received,
        });
    }

    private async Task SeedExpertsAsync(DateOnly today, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        (string Name, string Employer, string Title, string Fields, string Phone)[] pool =
        [
            ("周文博", "深圳大学社会学系", "教授", "社会政策、社会救助", "13800138001"),
            ("郭雅琴", "南方科技大学公共管理学院", "副教授", "公共管理、基层治理", "13800138002"),
            ("蔡振宇", "广东华商律师事务所（演示）", "律师", "行政法、社会组织法", "13800138003"),
            ("谢慧敏", "深圳市老龄科学研究中心（演示）", "研究员", "养老服务、老年学", "13800138004"),
            ("彭立新", "深圳市社会工作者协会", "高级社会工作师", "社会工作、志愿服务", "13800138005"),
            ("罗静怡", "中山大学政治与公共事务管理学院", "教授", "社会福利、儿童福利", "13800138006"),
            ("梁国栋", "深圳市财政评审中心（演示）", "高级会计师", "财政资金绩效、审计", "13800138007"),
            ("邓婉清", "深圳职业技术大学", "副教授", "殡葬服务、民政政策", "13800138008"),
        ];
        var experts = pool.Select(p => new Expert { Name = p.Name, Employer = p.Employer, Title = p.Title, Fields = p.Fields, Phone = p.Phone, CreatedAtUtc = now }).ToList();
        db.Experts.AddRange(experts);
        db.ExpertConflicts.Add(new ExpertConflict
        {
            ExpertId = experts[4].Id, Party = "福田区阳光社工服务中心", Reason = "本人任该中心理事", Source = ConflictSource.Declared,
            RecordedOn = today.AddDays(-200), RecordedBy = "city.office",
        });
        db.ExpertConflicts.Add(new ExpertConflict
        {
            ExpertId = experts[3].Id, Party = "深圳市长者关爱协会", Reason = "近三年与该协会有合作课题", Source = ConflictSource.Found,
            RecordedOn = today.AddDays(-30), RecordedBy = "city.office",
        });
        var done = new Consultation
        {
            Number = await numbers.NextAsync("ZJLZ", 2018, ct), Topic = "《深圳市民办养老机构资助办法》资助标准论证", Parties = "", HeldOn = D(2018, 6, 12),
            Status = ConsultationStatus.Concluded, Conclusion = "资助标准总体可行，建议运营资助与护理等级、服务质量挂钩。", ConcludedOn = D(2018, 6, 20),
            RuleUsed = "最少专家5人，2018-01-01起（推定）", CreatedBy = "city.office",
        };
        foreach (var e in experts.Take(5))
        {
            done.Experts.Add(new ConsultationExpert { ExpertId = e.Id, Opinion = $"{e.Name}：同意，建议细化资助发放的核查程序。", InvitedBy = "city.office" });
        }
        var open = new Consultation
        {
            Number = await numbers.NextAsync("ZJLZ", today.Year, ct), Topic = "《深圳市社区民生微实事项目管理办法（征求意见稿）》论证",
            Parties = "深圳市长者关爱协会、福田区阳光社工服务中心", HeldOn = today.AddDays(-3), Status = ConsultationStatus.Open, CreatedBy = "city.office",
        };
        open.Experts.Add(new ConsultationExpert { ExpertId = experts[0].Id, Opinion = "建议明确单个项目资金上限的调整机制。", InvitedBy = "city.office" });
        open.Experts.Add(new ConsultationExpert { ExpertId = experts[1].Id, Opinion = "建议增加居民议事的最低参与人数要求。", InvitedBy = "city.office" });
        open.Experts.Add(new ConsultationExpert { ExpertId = experts[5].Id, InvitedBy = "city.office" });
        db.Consultations.AddRange(done, open);
    }

    private static DateOnly D(int y, int m, int d) => new(y, m, d);
}
