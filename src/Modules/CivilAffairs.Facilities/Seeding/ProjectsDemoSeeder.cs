using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Seeding;

/// <summary>
/// The seed's "9+3" projects (section 一): the nine city projects, all approved and in the 市场化代建 pilot
/// (市养老护理院 operating, 市殡仪馆改扩建一期 in use), and the district ones named in the summary. Names
/// the seed does not list, investments, agents and all dates are plausible inventions (推定); dates are
/// relative to today so that delays show.
/// </summary>
internal sealed class ProjectsDemoSeeder(IServiceScopeFactory scopes, TimeProvider clock) : ISeeder
{
    /// <param name="Reached">Stages already entered (0 = only in the plan, 6 = operating).</param>
    /// <param name="LateMonths">How far the next stage is behind its plan (0 = on time).</param>
    private sealed record Spec(string Name, ProjectKind Kind, string Division, decimal Investment, DeliveryMode Delivery, string? Agent, string Future, string Scale, int Reached, int LateMonths);

    private const string Agent1 = "深圳市建安（集团）股份有限公司（代建，推定）";
    private const string Agent2 = "深圳市天健（集团）股份有限公司（代建，推定）";
    private const string Agent3 = "深圳市特区建工集团有限公司（代建，推定）";

    private static readonly Spec[] Specs =
    [
        new("深圳市养老护理院", ProjectKind.ElderlyCare, "4403", 1_150_000_000m, DeliveryMode.AgentConstruction, Agent1, "深圳市养老护理院", "床位800张", 6, 0),
        new("深圳市殡仪馆改扩建工程（一期）", ProjectKind.Funeral, "4403", 620_000_000m, DeliveryMode.AgentConstruction, Agent2, "深圳市殡仪馆", "告别厅、火化车间改造", 6, 0),
        new("深圳市殡仪馆改扩建工程（二期）", ProjectKind.Funeral, "4403", 480_000_000m, DeliveryMode.AgentConstruction, Agent2, "深圳市殡仪馆", "骨灰楼、业务楼（推定）", 3, 0),
        new("深圳市社会福利院（新院）", ProjectKind.Welfare, "4403", 1_380_000_000m, DeliveryMode.AgentConstruction, Agent3, "深圳市社会福利中心", "床位1200张（推定）", 2, 5),
        new("深圳市社会救助安置院", ProjectKind.RescueSettlement, "4403", 560_000_000m, DeliveryMode.AgentConstruction, Agent3, "深圳市社会救助安置院", "安置床位500张（推定）", 2, 0),
        new("深圳市第二儿童福利院", ProjectKind.ChildWelfare, "4403", 430_000_000m, DeliveryMode.AgentConstruction, Agent1, "深圳市第二儿童福利院", "床位400张（推定）", 3, 2),
        new("深圳市救助管理站改扩建工程", ProjectKind.RescueStation, "4403", 260_000_000m, DeliveryMode.AgentConstruction, Agent2, "深圳市救助管理站", "救助床位300张（推定）", 3, 0),
        new("深圳市精神卫生福利院", ProjectKind.MentalHealth, "4403", 520_000_000m, DeliveryMode.AgentConstruction, Agent3, "深圳市精神卫生福利院", "床位600张（推定）", 1, 0),
        new("深圳市第二殡仪馆", ProjectKind.Funeral, "4403", 900_000_000m, DeliveryMode.AgentConstruction, Agent1, "深圳市第二殡仪馆", "火化炉12台（推定）", 1, 3),
        new("光明区社会福利院", ProjectKind.Welfare, "440311", 320_000_000m, DeliveryMode.GovernmentDirect, null, "光明区社会福利院", "床位500张（推定）", 5, 0),
        new("盐田区社会福利中心（二期）", ProjectKind.Welfare, "440308", 210_000_000m, DeliveryMode.PublicWorksAgency, null, "盐田区社会福利中心", "床位300张（推定）", 4, 0),
        new("宝安区养老院", ProjectKind.ElderlyCare, "440306", 380_000_000m, DeliveryMode.GovernmentDirect, null, "宝安区养老院", "床位600张（推定）", 4, 0),
        new("福田区老人护理院", ProjectKind.ElderlyCare, "440304", 290_000_000m, DeliveryMode.GovernmentDirect, null, "福田区老人护理院", "床位400张（推定）", 4, 2),
        new("龙岗区救助管理站异地新建项目", ProjectKind.RescueStation, "440307", 150_000_000m, DeliveryMode.GovernmentDirect, null, "龙岗区救助管理站", "救助床位150张（推定）", 1, 0),
        new("龙华区社会福利中心", ProjectKind.Welfare, "440309", 350_000_000m, DeliveryMode.GovernmentDirect, null, "龙华区社会福利中心", "列入区政府投资项目计划", 0, 0),
        new("龙华区救助管理站", ProjectKind.RescueStation, "440309", 120_000_000m, DeliveryMode.GovernmentDirect, null, "龙华区救助管理站", "列入区政府投资项目计划", 0, 0),
        new("坪山区社会福利中心", ProjectKind.Welfare, "440310", 300_000_000m, DeliveryMode.GovernmentDirect, null, "坪山区社会福利中心", "列入区政府投资项目计划", 0, 0),
        new("坪山区救助管理站", ProjectKind.RescueStation, "440310", 100_000_000m, DeliveryMode.GovernmentDirect, null, "坪山区救助管理站", "列入区政府投资项目计划", 0, 0),
    ];

    public int Order => 111;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("facilities-projects-demo");
        var db = scope.ServiceProvider.GetRequiredService<FacilitiesDb>();
        if (await db.Projects.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var numbers = scope.ServiceProvider.GetRequiredService<Numbers>();
        var today = ChinaTime.Today(clock);
        var facilities = await db.Facilities.IgnoreQueryFilters().Select(f => new { f.Name, f.Code }).ToListAsync(ct);
        foreach (var s in Specs)
        {
            var p = new CapitalProject
            {
                Number = await numbers.NextAsync("XM", today.Year, ct), Name = s.Name, Kind = s.Kind, Level = s.Division == "4403" ? ProjectLevel.City : ProjectLevel.District,
                DivisionCode = s.Division, FutureInstitution = s.Future, FacilityCode = facilities.FirstOrDefault(f => f.Name == s.Future)?.Code, Investment = s.Investment,
                Delivery = s.Delivery, AgentName = s.Agent, Scale = s.Scale, CreatedBy = "system", CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                Note = "演示数据：投资额、代建单位与各阶段日期为推定",
            };
            db.Projects.Add(p);
            foreach (var stage in Enum.GetValues<ProjectStage>())
            {
                var i = (int)stage;
                DateOnly? actual = i <= s.Reached ? today.AddMonths(-7 * (s.Reached - i) - 2) : null;
                DateOnly planned = i <= s.Reached ? actual!.Value.AddDays(-(i % 3) * 10)
                    : i == s.Reached + 1 ? (s.LateMonths > 0 ? today.AddMonths(-s.LateMonths) : today.AddMonths(3))
                    : today.AddMonths(3 + 8 * (i - s.Reached - 1) + (s.LateMonths > 0 ? 0 : 0));
                db.ProjectStages.Add(new ProjectStageRecord { ProjectId = p.Id, DivisionCode = s.Division, Stage = stage, PlannedOn = planned, ActualOn = actual, RecordedBy = "system" });
            }
            AddRecords(db, p, s, today);
        }
        await db.SaveChangesAsync(ct);
    }

    private static void AddRecords(FacilitiesDb db, CapitalProject p, Spec s, DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        if (s.Reached == (int)ProjectStage.Construction)
        {
            // the last three months of construction reports
            var percents = s.LateMonths > 0 ? new[] { 52, 55, 57 } : new[] { 61, 68, 74 };
            for (var k = 0; k < 3; k++)
            {
                var m = month.AddMonths(k - 3);
                db.ProjectReports.Add(new ProjectReport
                {
                    ProjectId = p.Id, DivisionCode = s.Division, Month = m, ReportedOn = m.AddMonths(1).AddDays(4), Percent = percents[k], Spend = Math.Round(p.Investment * 0.04m, 2),
                    Text = k == 2 && s.Name.StartsWith("盐田", StringComparison.Ordinal) ? "主体结构封顶，转入机电安装与装饰装修" : "主体结构施工按计划推进，完成本月形象进度",
                    ReportedBy = "system",
                });
            }
            db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = p.Id, DivisionCode = s.Division, Title = "主体结构封顶", DueOn = month.AddMonths(-1),
                DoneOn = s.Name.StartsWith("盐田", StringComparison.Ordinal) ? month.AddMonths(-1).AddDays(12) : null });
            db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = p.Id, DivisionCode = s.Division, Title = "消防验收", DueOn = month.AddMonths(5) });
            db.ProjectRisks.Add(new ProjectRisk
            {
                ProjectId = p.Id, DivisionCode = s.Division, Description = "雨季施工影响工期", Level = s.LateMonths > 0 ? RiskLevel.High : RiskLevel.Medium,
                Owner = "建设单位工程部", Mitigation = "调整施工组织，增加作业面，周例会跟踪", RaisedOn = month.AddMonths(-2),
            });
        }
        else if (s.Reached is 2 or 3)
        {
            db.ProjectRisks.Add(new ProjectRisk
            {
                ProjectId = p.Id, DivisionCode = s.Division, Description = s.Reached == 2 ? "用地移交及地上物清理滞后" : "方案审查意见需多轮修改",
                Level = s.LateMonths > 0 ? RiskLevel.High : RiskLevel.Medium, Owner = s.Reached == 2 ? "区土地整备中心" : "代建单位设计管理部",
                Mitigation = s.Reached == 2 ? "提请市政府协调会，明确移交时限" : "提前与规划部门沟通，并行开展施工图设计", RaisedOn = month.AddMonths(-3),
            });
            db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = p.Id, DivisionCode = s.Division, Title = s.Reached == 2 ? "完成用地移交" : "方案设计批复", DueOn = month.AddMonths(2) });
        }
        else if (s.Reached == (int)ProjectStage.Completion)
        {
            db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = p.Id, DivisionCode = s.Division, Title = "竣工验收", DueOn = month.AddMonths(-2), DoneOn = month.AddMonths(-2).AddDays(3) });
            db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = p.Id, DivisionCode = s.Division, Title = "确定运营方并开业", DueOn = month.AddMonths(4) });
        }
    }
}
