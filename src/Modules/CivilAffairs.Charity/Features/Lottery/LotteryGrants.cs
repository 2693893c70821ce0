using CivilAffairs.Charity.Data;
using CivilAffairs.Charity.Domain;
using CivilAffairs.Charity.Features.Shared;
using CivilAffairs.Contracts.SocialOrgs;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Charity.Features.Lottery;

/// <summary>
/// Grants from the fund to projects: prepared against an approved budget line, approved by someone
/// else only within what the line has left, paid out in instalments (拨付) and evaluated (绩效评价).
/// </summary>
internal sealed class LotteryGrants(CharityDb db, LotteryAccess access, Numbers numbers, ISocialOrgDirectory orgs, ParameterStore parameters, TimeProvider clock)
{
    public async Task<LotteryGrantList> ListAsync(int? year, LotteryGrantStatus? status, string? q, CancellationToken ct)
    {
        var query = db.LotteryGrants.AsNoTracking();
        if (year is { } y)
        {
            query = query.Where(g => g.Year == y);
        }
        if (status is { } s)
        {
            query = query.Where(g => g.Status == s);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            query = query.Where(g => g.Number.Contains(q.Trim()) || g.ProjectName.Contains(q.Trim()) || g.ApplicantName.Contains(q.Trim()));
        }
        var list = await query.OrderByDescending(g => g.Year).ThenBy(g => g.Status).ThenBy(g => g.Number).Take(300).ToListAsync(ct);
        var ids = list.Select(g => g.Id).ToList();
        var paid = await db.LotteryDisbursements.AsNoTracking().Where(d => ids.Contains(d.GrantId)).GroupBy(d => d.GrantId)
            .Select(g => new { g.Key, Sum = g.Sum(x => x.Amount) }).ToDictionaryAsync(x => x.Key, x => x.Sum, ct);
        var grades = (await db.LotteryEvaluations.AsNoTracking().Where(e => ids.Contains(e.GrantId)).OrderBy(e => e.EvaluatedOn).ToListAsync(ct))
            .GroupBy(e => e.GrantId).ToDictionary(g => g.Key, g => g.Last().Grade);
        var lines = await db.LotteryBudgetLines.AsNoTracking().ToDictionaryAsync(l => l.Id, ct);
        var rows = list.Select(g => Row(g, lines.GetValueOrDefault(g.BudgetLineId), paid.GetValueOrDefault(g.Id), grades.GetValueOrDefault(g.Id))).ToList();
        return new LotteryGrantList(rows, rows.Count(r => r.Status == LotteryGrantStatus.Submitted), rows.Where(r => r.Status == LotteryGrantStatus.Approved).Sum(r => r.Amount));
    }

    private static LotteryGrantRow Row(LotteryGrant g, LotteryBudgetLine? line, decimal paid, string? grade) =>
        new(g.Id, g.Number, g.Year, g.ApplicantName, g.ProjectName, g.IsBrand, line?.Use ?? LotteryFundUse.Other, LotteryNames.Use(line?.Use ?? LotteryFundUse.Other),
            line?.Title ?? "", g.Amount, paid, g.Status, LotteryNames.Grant(g.Status), grade, g.PreparedBy, LotteryNames.Programme(g.ProgrammeKey)?.Name);

    public async Task<LotteryGrantView> GetAsync(Guid id, CancellationToken ct)
    {
        var g = await db.LotteryGrants.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var line = await db.LotteryBudgetLines.AsNoTracking().FirstOrDefaultAsync(l => l.Id == g.BudgetLineId, ct);
        var pays = await db.LotteryDisbursements.AsNoTracking().Where(d => d.GrantId == id).OrderBy(d => d.PaidOn).ToListAsync(ct);
        var evals = await db.LotteryEvaluations.AsNoTracking().Where(e => e.GrantId == id).OrderBy(e => e.EvaluatedOn).ToListAsync(ct);
        var evalIds = evals.Select(e => e.Id).ToList();
        var indicators = await db.LotteryIndicators.AsNoTracking().Where(i => evalIds.Contains(i.EvaluationId)).ToListAsync(ct);
        decimal? remaining = null;
        if (line is not null && access.User.Organization is null)
        {
            var approved = await db.LotteryGrants.AsNoTracking().Where(x => x.BudgetLineId == line.Id && x.Status == LotteryGrantStatus.Approved).Select(x => x.Amount).ToListAsync(ct);
            remaining = LotteryRules.Remaining(line.Amount, approved);
        }
        var p = LotteryNames.Programme(g.ProgrammeKey);
        return new LotteryGrantView(Row(g, line, pays.Sum(d => d.Amount), evals.LastOrDefault()?.Grade), g.ApplicantKind, g.CreditCode, g.DivisionCode, g.PeriodFrom, g.PeriodTo,
            g.Targets, g.PreparedAtUtc, g.DecidedBy, g.DecidedAtUtc, g.ReturnReason, g.LineRemainingBefore, line?.Amount, remaining, p?.Key, p?.Link,
            pays.Select(d => new LotteryDisbursementView(d.Id, d.PaidOn, d.Amount, d.Note, d.RecordedBy)).ToList(),
            evals.Select(e => new LotteryEvaluationView(e.Id, e.Evaluator, e.EvaluatedOn, e.Findings, e.Score, e.Grade, e.ParameterKey,
                indicators.Where(i => i.EvaluationId == e.Id).OrderBy(i => i.Kind).Select(i => new LotteryIndicatorView(i.Kind, LotteryNames.Indicator(i.Kind), i.Name, i.Target, i.Actual, i.Weight)).ToList()))
            .ToList());
    }

    public async Task<LotteryGrantView> CreateAsync(LotteryGrantRequest r, CancellationToken ct)
    {
        access.Write();
        access.City();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.ProjectName))
        {
            errors.Add("projectName", "请填写项目名称");
        }
        if (r.Amount is null or <= 0)
        {
            errors.Add("amount", "资助金额须大于0");
        }
        if (r.PeriodFrom is null || r.PeriodTo is null)
        {
            errors.Add("periodTo", "请填写项目实施期间");
        }
        else if (r.PeriodTo < r.PeriodFrom)
        {
            errors.Add("periodTo", "结束日期不能早于开始日期");
        }
        if (string.IsNullOrWhiteSpace(r.Targets))
        {
            errors.Add("targets", "请填写绩效目标");
        }
        if (r.ProgrammeKey is { Length: > 0 } k && LotteryNames.Programme(k) is null)
        {
            errors.Add("programmeKey", "未知的资助计划");
        }
        var line = r.BudgetLineId is { } lid ? await db.LotteryBudgetLines.FirstOrDefaultAsync(l => l.Id == lid, ct) : null;
        if (line is null)
        {
            errors.Add("budgetLineId", "请选择预算项目");
        }
        SocialOrgRef? org = null;
        if (r.ApplicantKind == LotteryApplicantKind.SocialOrg)
        {
            var code = CreditCode.IsValid(r.CreditCode) ? r.CreditCode!.Trim().ToUpperInvariant() : null;
            org = code is null ? null : await orgs.FindAsync(code, ct);
            if (org is null)
            {
                errors.Add("creditCode", "请填写已登记社会组织的统一社会信用代码");
            }
            else if (!org.Active || !org.IsCharitable)
            {
                errors.Add("creditCode", $"{org.Name} 不是有效的慈善组织，不能申请公益金资助");
            }
        }
        else if (string.IsNullOrWhiteSpace(r.ApplicantName))
        {
            errors.Add("applicantName", "请填写申请单位名称");
        }
        errors.ThrowIfAny();
        var budget = await db.LotteryBudgets.AsNoTracking().FirstAsync(b => b.Id == line!.BudgetId, ct);
        if (budget.Status != LotteryBudgetStatus.Approved)
        {
            throw new BusinessRuleException($"{budget.Year} 年度预算尚未批准，不能安排资助");
        }
        await EnsureWithinLineAsync(line!, decimal.Round(r.Amount!.Value, 2), null, ct);
        var g = new LotteryGrant
        {
            Number = await numbers.NextAsync("ZZ", line!.Year, ct), Year = line.Year, BudgetLineId = line.Id, ApplicantKind = r.ApplicantKind,
            CreditCode = org?.CreditCode ?? "", ApplicantName = org?.Name ?? r.ApplicantName!.Trim(), DivisionCode = org?.DivisionCode ?? "4403",
            ProjectName = r.ProjectName!.Trim(), IsBrand = r.IsBrand, ProgrammeKey = string.IsNullOrWhiteSpace(r.ProgrammeKey) ? line.ProgrammeKey : r.ProgrammeKey,
            Amount = decimal.Round(r.Amount!.Value, 2), PeriodFrom = r.PeriodFrom!.Value, PeriodTo = r.PeriodTo!.Value, Targets = r.Targets!.Trim(),
            Status = LotteryGrantStatus.Submitted, PreparedBy = access.User.UserName, PreparedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LotteryGrants.Add(g);
        await db.SaveChangesAsync(ct);
        return await GetAsync(g.Id, ct);
    }

    /// <summary>409 when the grant would take the line beyond its amount (approved grants only count).</summary>
    private async Task<decimal> EnsureWithinLineAsync(LotteryBudgetLine line, decimal amount, Guid? except, CancellationToken ct)
    {
        var approved = await db.LotteryGrants.Where(x => x.BudgetLineId == line.Id && x.Status == LotteryGrantStatus.Approved && x.Id != except)
            .Select(x => x.Amount).ToListAsync(ct);
        var remaining = LotteryRules.Remaining(line.Amount, approved);
        if (amount > remaining)
        {
            throw new BusinessRuleException($"资助金额 {amount:N2} 元超过预算项目“{line.Title}”的剩余额度 {remaining:N2} 元", "/problems/lottery-grant-over-budget");
        }
        return remaining;
    }

    public async Task<LotteryGrantView> ApproveAsync(Guid id, CancellationToken ct)
    {
        access.Manage();
        access.City();
        var g = await db.LotteryGrants.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (g.Status != LotteryGrantStatus.Submitted)
        {
            throw new BusinessRuleException($"资助项目状态为{LotteryNames.Grant(g.Status)}，不能审批");
        }
        access.NotPreparer(g.PreparedBy, "资助项目");
        var line = await db.LotteryBudgetLines.FirstAsync(l => l.Id == g.BudgetLineId, ct);
        g.LineRemainingBefore = await EnsureWithinLineAsync(line, g.Amount, g.Id, ct);
        g.Status = LotteryGrantStatus.Approved;
        g.DecidedBy = access.User.UserName;
        g.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        g.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<LotteryGrantView> ReturnAsync(Guid id, LotteryReturnRequest r, CancellationToken ct)
    {
        access.Manage();
        access.City();
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写退回理由");
        }
        var g = await db.LotteryGrants.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (g.Status != LotteryGrantStatus.Submitted)
        {
            throw new BusinessRuleException($"资助项目状态为{LotteryNames.Grant(g.Status)}，不能退回");
        }
        access.NotPreparer(g.PreparedBy, "资助项目");
        g.Status = LotteryGrantStatus.Returned;
        g.ReturnReason = r.Reason.Trim();
        g.DecidedBy = access.User.UserName;
        g.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        g.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<LotteryGrantView> DisburseAsync(Guid id, LotteryDisbursementRequest r, CancellationToken ct)
    {
        access.Write();
        access.City();
        var errors = new FieldErrors();
        if (r.PaidOn is null)
        {
            errors.Add("paidOn", "请填写拨付日期");
        }
        if (r.Amount is null or <= 0)
        {
            errors.Add("amount", "拨付金额须大于0");
        }
        errors.ThrowIfAny();
        var g = await db.LotteryGrants.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (g.Status != LotteryGrantStatus.Approved)
        {
            throw new BusinessRuleException("资助项目尚未批准，不能拨付");
        }
        var paid = await db.LotteryDisbursements.Where(d => d.GrantId == id).Select(d => d.Amount).ToListAsync(ct);
        var amount = decimal.Round(r.Amount!.Value, 2);
        if (paid.Sum() + amount > g.Amount)
        {
            throw new BusinessRuleException($"累计拨付 {paid.Sum() + amount:N2} 元将超过批准金额 {g.Amount:N2} 元", "/problems/lottery-disbursement-over-grant");
        }
        db.LotteryDisbursements.Add(new LotteryDisbursement
        {
            GrantId = id, CreditCode = g.CreditCode, PaidOn = r.PaidOn!.Value, Amount = amount, Note = r.Note?.Trim(), RecordedBy = access.User.UserName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<LotteryGrantView> EvaluateAsync(Guid id, LotteryEvaluationRequest r, CancellationToken ct)
    {
        access.Write();
        access.City();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Evaluator))
        {
            errors.Add("evaluator", "请填写评价机构或评价人");
        }
        if (r.EvaluatedOn is null)
        {
            errors.Add("evaluatedOn", "请填写评价日期");
        }
        var items = (r.Indicators ?? []).Where(i => !string.IsNullOrWhiteSpace(i.Name)).ToList();
        if (items.Count == 0)
        {
            errors.Add("indicators", "至少填写一项绩效指标");
        }
        if (items.Any(i => i.Weight is null or <= 0 || i.Target is null or < 0 || i.Actual is null or < 0))
        {
            errors.Add("indicators", "每项指标须填写目标值、实际值（不小于0）和权重（大于0）");
        }
        errors.ThrowIfAny();
        var g = await db.LotteryGrants.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (g.Status != LotteryGrantStatus.Approved)
        {
            throw new BusinessRuleException("资助项目尚未批准，不能评价");
        }
        var on = r.EvaluatedOn!.Value;
        var thresholds = LotteryParameters.GradesFrom(await parameters.FindManyAsync(LotteryParameters.GradeKeys, on, "4403", ct), on);
        var inputs = items.Select(i => new LotteryIndicatorInput(i.Kind, i.Name!.Trim(), i.Target!.Value, i.Actual!.Value, i.Weight!.Value)).ToList();
        var score = LotteryRules.Score(inputs);
        var e = new LotteryEvaluation
        {
            GrantId = id, CreditCode = g.CreditCode, Evaluator = r.Evaluator!.Trim(), EvaluatedOn = on, Findings = r.Findings?.Trim() ?? "", Score = score,
            Grade = LotteryRules.Grade(score, thresholds), ParameterKey = thresholds.Key, RecordedBy = access.User.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LotteryEvaluations.Add(e);
        db.LotteryIndicators.AddRange(inputs.Select(i => new LotteryIndicator
        {
            EvaluationId = e.Id, CreditCode = g.CreditCode, Kind = i.Kind, Name = i.Name, Target = i.Target, Actual = i.Actual, Weight = i.Weight,
        }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }
}
