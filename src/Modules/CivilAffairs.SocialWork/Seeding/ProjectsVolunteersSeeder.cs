using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Projects;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Seeding;

/// <summary>
/// Demo purchased projects (2018 ones closed, current ones relative to today: one running with a
/// passed mid-term, one awaiting its final evaluation, one whose mid-term failed), the seed's six
/// 社工援疆 projects in 喀什地区 with about 1.5万 people served in 2018, and the volunteer demo
/// (the other half of this class).
/// </summary>
internal sealed partial class ProjectsVolunteersSeeder(SocialWorkDb db, Numbers numbers, DemoOptions demo, TimeProvider clock) : ISeeder
{
    public const int Aid2018Served = 15_260;

    public int Order => 107;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        if (await db.Projects.IgnoreQueryFilters().AnyAsync(ct) || !await db.Organizations.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var today = ChinaTime.Today(clock);
        var orgs = await db.Organizations.IgnoreQueryFilters().ToListAsync(ct);
        var bands = new GradeBands(60, 80, 90);
        var plan = new (string Name, string Division, string Purchaser, string Provider, SwField Field, DateOnly From, int Months, decimal Budget, decimal? Mid, decimal? Final)[]
        {
            ("福田区精神障碍社区康复社工服务项目（2018年度）", "440304", "福田区民政局", "阳光", SwField.MentalHealth, new(2018, 1, 1), 12, 1_560_000m, 82.5m, 88.0m),
            ("南头街道禁毒社会工作服务项目（2018年度）", "440305001", "南头街道办事处", "康乐", SwField.DrugRehab, new(2018, 3, 1), 12, 980_000m, 79.0m, 91.5m),
            ("罗湖区长者社区照顾社工服务项目（2018年度）", "440303", "罗湖区民政局", "彩虹", SwField.Elderly, new(2018, 1, 1), 12, 720_000m, 76.0m, 84.0m),
            ("龙岗区布吉街道青少年成长社工服务项目（2018年度）", "440307", "龙岗区民政局", "布吉", SwField.Youth, new(2018, 4, 1), 12, 560_000m, 70.0m, 78.5m),
            ("福田街道社区综合社工服务项目", "440304004", "福田街道办事处", "阳光", SwField.Community, today.AddMonths(-7), 12, 860_000m, 86.0m, null),
            ("福田区禁毒社工服务项目", "440304", "福田区民政局", "阳光", SwField.DrugRehab, today.AddMonths(-14), 12, 1_200_000m, 81.0m, null),
            ("福田区困境儿童家庭支持社工服务项目", "440304", "福田区民政局", "阳光", SwField.Family, today.AddMonths(-8), 12, 450_000m, 55.0m, null),
            ("南头街道长者关爱社工服务项目", "440305001", "南头街道办事处", "康乐", SwField.Elderly, today.AddMonths(-3), 12, 380_000m, null, null),
            ("罗湖区社区矫正社会工作服务项目", "440303", "罗湖区民政局", "彩虹", SwField.Corrections, today.AddMonths(-5), 12, 420_000m, null, null),
        };
        foreach (var p in plan)
        {
            var provider = orgs.FirstOrDefault(o => o.Name.Contains(p.Provider, StringComparison.Ordinal)) ?? orgs[0];
            var project = new ServiceProject
            {
                Number = await numbers.NextAsync("SG", p.From.Year, ct), Name = p.Name, DivisionCode = p.Division, PurchaserName = p.Purchaser, ProviderId = provider.Id,
                ProviderName = provider.Name, Field = p.Field, ContractNumber = $"SZMZ-{p.From.Year}-GM{p.From.DayNumber % 1000:000}", StartsOn = p.From,
                EndsOn = p.From.AddMonths(p.Months).AddDays(-1), Budget = p.Budget, CreatedBy = "system", CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Projects.Add(project);
            var done = p.Final is not null;
            foreach (var (name, unit, target) in Indicators(p.Field))
            {
                db.Indicators.Add(new ProjectIndicator
                {
                    ProjectId = project.Id, DivisionCode = p.Division, Name = name, Unit = unit, Target = target,
                    Actual = p.Mid is null ? null : decimal.Round(target * (done ? 1.04m : 0.55m), 0),
                });
            }
            db.Payments.Add(Payment(project, PaymentStage.Advance, decimal.Round(p.Budget * 0.3m, 2), p.From.AddDays(20), null, "评估前支付上限 30%"));
            if (p.Mid is { } mid)
            {
                var e = Evaluation(project, EvaluationKind.MidTerm, mid, p.From.AddMonths(p.Months / 2), bands);
                if (e.Passed)
                {
                    db.Payments.Add(Payment(project, PaymentStage.MidTerm, decimal.Round(p.Budget * 0.4m, 2), e.EvaluatedOn.AddDays(15), e, bands.Describe()));
                }
            }
            if (p.Final is { } fin)
            {
                var e = Evaluation(project, EvaluationKind.Final, fin, project.EndsOn.AddDays(10), bands);
                db.Payments.Add(Payment(project, PaymentStage.Final, p.Budget - decimal.Round(p.Budget * 0.3m, 2) - decimal.Round(p.Budget * 0.4m, 2),
                    e.EvaluatedOn.AddDays(20), e, bands.Describe()));
            }
        }
        SeedAid();
        await db.SaveChangesAsync(ct);
        await SeedVolunteersAsync(today, ct);
    }

    private ProjectEvaluation Evaluation(ServiceProject p, EvaluationKind kind, decimal score, DateOnly on, GradeBands bands)
    {
        var e = new ProjectEvaluation
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, Kind = kind, Evaluator = "深圳市社会工作者协会评估中心", EvaluatedOn = on, Score = score,
            Grade = SwRules.Grade(score, bands), Passed = SwRules.Passes(score, bands), Basis = bands.Describe(),
            Findings = score >= bands.Pass ? "服务指标按进度完成，服务对象满意度较高；建议加强个案记录规范。" : "服务指标完成率偏低，个案跟进不及时，督导记录缺失；限期整改后复评。",
            RecordedBy = "system",
        };
        db.Evaluations.Add(e);
        return e;
    }

    private static ProjectPayment Payment(ServiceProject p, PaymentStage stage, decimal amount, DateOnly on, ProjectEvaluation? e, string basis) => new()
    {
        ProjectId = p.Id, DivisionCode = p.DivisionCode, Stage = stage, Amount = amount, PaidOn = on, EvaluationId = e?.Id,
        Basis = $"预算 {p.Budget:N2} 元；" + (e is null ? basis : $"{ProjectNames.Of(e.Kind)} {e.Score:0.0} 分 {e.Grade}（{basis}）"), RecordedBy = "system",
    };

    private static IEnumerable<(string Name, string Unit, decimal Target)> Indicators(SwField field) => field switch
    {
        SwField.MentalHealth => [("个案服务", "个", 120), ("康复小组", "节", 48), ("家属支持活动", "场", 24)],
        SwField.DrugRehab => [("社区戒毒康复个案", "个", 150), ("禁毒宣传活动", "场", 36), ("朋辈辅导小组", "节", 24)],
        SwField.Elderly => [("长者个案", "个", 80), ("探访服务", "人次", 1200), ("社区活动", "场", 30)],
        SwField.Youth => [("青少年个案", "个", 60), ("成长小组", "节", 40)],
        SwField.Family => [("困境儿童家庭个案", "户", 45), ("亲子活动", "场", 20)],
        SwField.Corrections => [("社区矫正对象个案", "个", 70), ("法治教育", "场", 12)],
        _ => [("个案服务", "个", 100), ("小组工作", "节", 40), ("社区活动", "场", 36)],
    };

    private void SeedAid()
    {
        var aid = new (string Name, string Place, string Partner, SwField Field, int Served2018)[]
        {
            ("农村社区发展项目（小母牛）", "喀什地区疏附县", "国际小母牛组织（四川）·疏附县民政局", SwField.Community, 4_120),
            ("塔吉克妇女互助成长项目", "喀什地区塔什库尔干塔吉克自治县", "塔县妇联", SwField.Family, 2_380),
            ("留守儿童关爱社工服务项目", "喀什地区疏勒县", "疏勒县民政局", SwField.Youth, 2_860),
            ("长者居家照顾社工服务项目", "喀什地区喀什市", "喀什市民政局", SwField.Elderly, 2_240),
            ("残疾人社区康复社工服务项目", "喀什地区伽师县", "伽师县残联", SwField.Disability, 1_760),
            ("社区社会工作人才培育项目", "喀什地区", "喀什地区民政局", SwField.Community, 1_900),
        };
        foreach (var a in aid)
        {
            var p = new AidProject
            {
                Name = a.Name, Place = a.Place, Partner = a.Partner, Field = a.Field, StartsOn = new(2016, 9, 1), EndsOn = new(2020, 12, 31),
                Budget = 600_000m, CreatedBy = "system",
            };
            db.AidProjects.Add(p);
            var first = a.Served2018 * 45 / 100;
            db.AidLogs.Add(new AidServiceLog { AidProjectId = p.Id, PeriodEnd = new(2017, 12, 31), PeopleServed = a.Served2018 * 7 / 10, RecordedBy = "system" });
            db.AidLogs.Add(new AidServiceLog { AidProjectId = p.Id, PeriodEnd = new(2018, 6, 30), PeopleServed = first, Note = "上半年", RecordedBy = "system" });
            db.AidLogs.Add(new AidServiceLog { AidProjectId = p.Id, PeriodEnd = new(2018, 12, 31), PeopleServed = a.Served2018 - first, Note = "下半年", RecordedBy = "system" });
        }
    }
}
