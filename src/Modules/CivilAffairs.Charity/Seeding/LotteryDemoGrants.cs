using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Lottery;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Contracts.SocialOrgs;

namespace CivilAffairs.Charity.Seeding;

/// <summary>
/// Demo budgets and grants: 2019's from 2018's fund (brand projects 来深建设者春节返乡, 来深建设者关爱基金,
/// 雏鹰展翅; the programmes 银龄安康 and 明天计划; paid, some evaluated) and this year's from last year's,
/// with two grants awaiting the city's approval. Prepared by city.npo, decided by city.officer.
/// </summary>
internal sealed class LotteryDemoGrants(CharityDb db, Numbers numbers, ISocialOrgDirectory orgs, LotteryBudgets budgets, LotteryGrants grants, TimeProvider clock)
{
    private const string Foundation = "53440300MJL000024A";
    private const string Association = "51440300MJL000016M";

    private static readonly (LotteryFundUse Use, string Title, decimal Share, string? Programme)[] Lines =
    [
        (LotteryFundUse.ElderlyCare, "居家和社区养老服务", 0.22m, null),
        (LotteryFundUse.ElderlyCare, "银龄安康行动", 0.03m, "eldercare.silver-insurance"),
        (LotteryFundUse.ChildWelfare, "儿童福利与保护", 0.08m, null),
        (LotteryFundUse.ChildWelfare, "明天计划", 0.02m, "childwelfare.tomorrow-plan"),
        (LotteryFundUse.DisabilityWelfare, "残疾人福利与康复", 0.10m, null),
        (LotteryFundUse.SocialAssistance, "困难群众临时救助", 0.15m, null),
        (LotteryFundUse.CharityPublicWelfare, "慈善公益与来深建设者关爱", 0.20m, null),
        (LotteryFundUse.Other, "社会福利设施建设", 0.10m, null),
    ];

    public async Task SeedAsync(DateOnly today, CancellationToken ct)
    {
        var foundation = await orgs.FindAsync(Foundation, ct);
        var association = await orgs.FindAsync(Association, ct);

        var y2019 = await BudgetAsync(2019, (await budgets.CeilingAsync(2019, ct)).FundBasis, ct);
        var g1 = await GrantAsync(y2019, "慈善公益与来深建设者关爱", foundation, "深圳市慈善会", "来深建设者春节返乡", true, 12_000_000m, LotteryGrantStatus.Approved, ct);
        var g2 = await GrantAsync(y2019, "慈善公益与来深建设者关爱", null, "深圳市民政局社会福利和慈善事业促进处", "来深建设者关爱基金", true, 20_000_000m, LotteryGrantStatus.Approved, ct);
        var g3 = await GrantAsync(y2019, "儿童福利与保护", null, "深圳市儿童福利院", "雏鹰展翅", true, 8_000_000m, LotteryGrantStatus.Approved, ct);
        var g4 = await GrantAsync(y2019, "银龄安康行动", null, "深圳市民政局养老服务处", "银龄安康行动 2019", false, 0.9m, LotteryGrantStatus.Approved, ct);
        var g5 = await GrantAsync(y2019, "明天计划", null, "深圳市儿童福利院", "明天计划 2019", false, 0.9m, LotteryGrantStatus.Approved, ct);
        var g6 = await GrantAsync(y2019, "居家和社区养老服务", association, "深圳市长者关爱协会", "长者关爱探访服务", false, 3_000_000m, LotteryGrantStatus.Approved, ct);
        await db.SaveChangesAsync(ct);
        foreach (var g in new[] { g1, g2, g3, g4, g5, g6 })
        {
            await grants.DisburseAsync(g.Id, new() { PaidOn = new DateOnly(2019, 3, 15), Amount = decimal.Round(g.Amount / 2, 2), Note = "首期拨付" }, ct);
            await grants.DisburseAsync(g.Id, new() { PaidOn = new DateOnly(2019, 9, 16), Amount = g.Amount - decimal.Round(g.Amount / 2, 2), Note = "尾款" }, ct);
        }
        await EvaluateAsync(g1.Id, [(LotteryIndicatorKind.Output, "资助返乡来深建设者人数", 10000, 10860, 40), (LotteryIndicatorKind.Effect, "购票成功率（%）", 95, 97, 30), (LotteryIndicatorKind.Satisfaction, "受助者满意度（%）", 90, 96, 30)], ct);
        await EvaluateAsync(g3.Id, [(LotteryIndicatorKind.Output, "资助学生人数", 500, 430, 40), (LotteryIndicatorKind.Effect, "完成学业比例（%）", 95, 88, 30), (LotteryIndicatorKind.Satisfaction, "受助学生满意度（%）", 90, 80, 30)], ct);
        await EvaluateAsync(g4.Id, [(LotteryIndicatorKind.Output, "参保老年人数（万人）", 120, 118, 50), (LotteryIndicatorKind.Effect, "理赔及时率（%）", 98, 97, 30), (LotteryIndicatorKind.Satisfaction, "参保老人满意度（%）", 90, 93, 20)], ct);

        var now = await BudgetAsync(today.Year, (await budgets.CeilingAsync(today.Year, ct)).FundBasis, ct);
        var h1 = await GrantAsync(now, "银龄安康行动", null, "深圳市民政局养老服务处", $"银龄安康行动 {today.Year}", false, 0.9m, LotteryGrantStatus.Approved, ct);
        var h2 = await GrantAsync(now, "明天计划", null, "深圳市儿童福利院", $"明天计划 {today.Year}", false, 0.8m, LotteryGrantStatus.Approved, ct);
        var h3 = await GrantAsync(now, "慈善公益与来深建设者关爱", foundation, "深圳市慈善会", "来深建设者春节返乡", true, 10_000_000m, LotteryGrantStatus.Approved, ct);
        await GrantAsync(now, "居家和社区养老服务", association, "深圳市长者关爱协会", "社区长者助餐与探访", false, 1_500_000m, LotteryGrantStatus.Submitted, ct);
        await GrantAsync(now, "慈善公益与来深建设者关爱", foundation, "深圳市慈善会", "慈善公益创投（社区项目）", false, 2_000_000m, LotteryGrantStatus.Submitted, ct);
        await db.SaveChangesAsync(ct);
        foreach (var g in new[] { h1, h2, h3 })
        {
            await grants.DisburseAsync(g.Id, new() { PaidOn = today.AddDays(-20), Amount = decimal.Round(g.Amount / 2, 2), Note = "首期拨付" }, ct);
        }
    }

    private async Task<(LotteryBudget Budget, List<LotteryBudgetLine> Lines)> BudgetAsync(int year, decimal basis, CancellationToken ct)
    {
        var c = await budgets.CeilingAsync(year, ct);
        var b = new LotteryBudget
        {
            Year = year, Status = LotteryBudgetStatus.Approved, Note = $"{year - 1}年筹集留用公益金安排{year}年使用（当年筹集、次年使用）", PreparedBy = "city.npo",
            PreparedAtUtc = new DateTime(year - 1, 12, 10, 2, 0, 0, DateTimeKind.Utc), DecidedBy = "city.officer",
            DecidedAtUtc = new DateTime(year - 1, 12, 20, 2, 0, 0, DateTimeKind.Utc), FundBasis = c.FundBasis, CarryOver = c.CarryOver,
        };
        var lines = Lines.Select(l => new LotteryBudgetLine
        {
            BudgetId = b.Id, Year = year, Use = l.Use, Title = l.Title, Amount = decimal.Round(basis * l.Share / 10_000m, 0) * 10_000m, ProgrammeKey = l.Programme,
        }).ToList();
        db.LotteryBudgets.Add(b);
        db.LotteryBudgetLines.AddRange(lines);
        await db.SaveChangesAsync(ct);
        return (b, lines);
    }

    /// <summary>An amount below 1 is a share of the line (the programmes take most of theirs).</summary>
    private async Task<LotteryGrant> GrantAsync((LotteryBudget Budget, List<LotteryBudgetLine> Lines) budget, string line, SocialOrgRef? org, string unit, string project,
        bool brand, decimal amount, LotteryGrantStatus status, CancellationToken ct)
    {
        var l = budget.Lines.First(x => x.Title == line);
        var year = budget.Budget.Year;
        var prepared = year < 2020 ? new DateTime(year, 1, 15, 2, 0, 0, DateTimeKind.Utc) : clock.GetUtcNow().UtcDateTime.AddDays(-10);
        var g = new LotteryGrant
        {
            Number = await numbers.NextAsync("ZZ", year, ct), Year = year, BudgetLineId = l.Id,
            ApplicantKind = org is null ? LotteryApplicantKind.BureauUnit : LotteryApplicantKind.SocialOrg, CreditCode = org?.CreditCode ?? "",
            ApplicantName = org?.Name ?? unit, DivisionCode = org?.DivisionCode ?? "4403", ProjectName = project, IsBrand = brand, ProgrammeKey = l.ProgrammeKey,
            Amount = amount < 1 ? decimal.Round(l.Amount * amount / 10_000m, 0) * 10_000m : amount, PeriodFrom = new DateOnly(year, 1, 1), PeriodTo = new DateOnly(year, 12, 31),
            Targets = "按项目申报书的产出、效益和满意度指标执行", Status = status, PreparedBy = "city.npo", PreparedAtUtc = prepared,
            DecidedBy = status == LotteryGrantStatus.Approved ? "city.officer" : null, DecidedAtUtc = status == LotteryGrantStatus.Approved ? prepared.AddDays(12) : null,
        };
        db.LotteryGrants.Add(g);
        return g;
    }

    private async Task EvaluateAsync(Guid grant, (LotteryIndicatorKind Kind, string Name, decimal Target, decimal Actual, decimal Weight)[] items, CancellationToken ct) =>
        await grants.EvaluateAsync(grant, new LotteryEvaluationRequest
        {
            Evaluator = "深圳市某第三方绩效评价机构（委托）", EvaluatedOn = new DateOnly(2020, 3, 20), Findings = "项目按计划实施，资金使用规范；部分指标未达预期，已要求整改。",
            Indicators = items.Select(i => new LotteryIndicatorRequest { Kind = i.Kind, Name = i.Name, Target = i.Target, Actual = i.Actual, Weight = i.Weight }).ToList(),
        }, ct);
}
