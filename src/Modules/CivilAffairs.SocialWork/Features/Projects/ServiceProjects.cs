using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialWork.Data;
using CivilAffairs.SocialWork.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialWork.Features.Projects;

/// <summary>Purchased service projects: contract, indicators, evaluations graded by parameterised bands, payments gated by evaluations.</summary>
internal sealed class ServiceProjects(SocialWorkDb db, Numbers numbers, IDivisionDirectory divisions, ParameterStore parameters, ICurrentUser user,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<ProjectRow>> ListAsync(SwField? field, string? q, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking();
        if (field is { } f)
        {
            query = query.Where(p => p.Field == f);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var t = q.Trim();
            query = query.Where(p => p.Name.Contains(t) || p.Number == t || p.ContractNumber == t || p.ProviderName.Contains(t));
        }
        var projects = await query.OrderByDescending(p => p.StartsOn).ThenBy(p => p.Number).ToListAsync(ct);
        return await RowsAsync(projects, ct);
    }

    public async Task<ProjectView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var row = (await RowsAsync([p], ct))[0];
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == id).OrderBy(i => i.Name).ToListAsync(ct);
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ProjectId == id).OrderBy(e => e.EvaluatedOn).ToListAsync(ct);
        var payments = await db.Payments.AsNoTracking().Where(x => x.ProjectId == id).OrderBy(x => x.PaidOn).ToListAsync(ct);
        return new ProjectView(row,
            indicators.Select(i => new IndicatorView(i.Id, i.Name, i.Unit, i.Target, i.Actual, i.Actual is { } a && i.Target > 0 ? Math.Round(a / i.Target, 4) : null)).ToList(),
            evaluations.Select(e => new EvaluationView(e.Id, e.Kind.ToString(), ProjectNames.Of(e.Kind), e.Evaluator, e.EvaluatedOn, e.Score, e.Grade, e.Passed, e.Basis,
                e.Findings, e.RecordedBy)).ToList(),
            payments.Select(x => new PaymentView(x.Id, x.Stage.ToString(), ProjectNames.Of(x.Stage), x.Amount, x.PaidOn, x.Basis, x.RecordedBy)).ToList());
    }

    public async Task<ProjectView> CreateAsync(ProjectRequest r, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is < 4 or > 100)
        {
            errors.Add("name", "请填写项目名称（4–100字）");
        }
        var code = DivisionCodes.Normalize(r.PurchaserDivisionCode);
        var division = code is null ? null : await divisions.FindAsync(code, null, ct);
        if (division is null || division.Level is not (3 or 4) || !code!.StartsWith("4403", StringComparison.Ordinal))
        {
            errors.Add("purchaserDivisionCode", "购买方须为深圳市的区或街道（填写区划代码）");
        }
        else if (!DivisionCodes.IsWithin(code!, user.Jurisdiction ?? "#"))
        {
            errors.Add("purchaserDivisionCode", "购买方不在您的辖区内");
        }
        var provider = r.ProviderId is { } pid ? await db.Organizations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(o => o.Id == pid, ct) : null;
        if (provider is null)
        {
            errors.Add("providerId", "请选择承接的社工机构");
        }
        if (r.Field is null)
        {
            errors.Add("field", "请选择服务领域");
        }
        var contract = (r.ContractNumber ?? "").Trim();
        if (contract.Length is < 4 or > 40)
        {
            errors.Add("contractNumber", "请填写合同编号");
        }
        if (r.StartsOn is null || r.EndsOn is null)
        {
            errors.Add("endsOn", "请填写合同起止日期");
        }
        else if (r.EndsOn <= r.StartsOn)
        {
            errors.Add("endsOn", "合同结束日期须晚于开始日期");
        }
        if (r.Budget is not > 0 || r.Budget > 100_000_000m)
        {
            errors.Add("budget", "项目预算须大于0（元）");
        }
        var indicators = r.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name)).ToList();
        if (indicators.Count == 0)
        {
            errors.Add("indicators", "请至少填写一项服务指标");
        }
        if (indicators.Any(i => i.Target is not > 0 || i.Name!.Trim().Length > 60))
        {
            errors.Add("indicators", "每项服务指标须有名称（60字内）和大于0的目标值");
        }
        errors.ThrowIfAny();
        var p = new ServiceProject
        {
            Number = await numbers.NextAsync("SG", r.StartsOn!.Value.Year, ct), Name = name, DivisionCode = code!,
            PurchaserName = division!.Name + (division.Level == 3 ? "民政局" : "办事处"), ProviderId = provider!.Id, ProviderName = provider.Name, Field = r.Field!.Value,
            ContractNumber = contract, StartsOn = r.StartsOn.Value, EndsOn = r.EndsOn!.Value, Budget = decimal.Round(r.Budget!.Value, 2), CreatedBy = user.UserName,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Projects.Add(p);
        db.Indicators.AddRange(indicators.Select(i => new ProjectIndicator
        {
            ProjectId = p.Id, DivisionCode = p.DivisionCode, Name = i.Name!.Trim(), Unit = (i.Unit ?? "").Trim() is { Length: > 0 and <= 10 } u ? u : "项",
            Target = i.Target!.Value,
        }));
        await db.SaveChangesAsync(ct);
        return await GetAsync(p.Id, ct);
    }

    public async Task<ProjectView> SetActualAsync(Guid id, Guid indicatorId, IndicatorActualRequest r, CancellationToken ct)
    {
        var i = await db.Indicators.FirstOrDefaultAsync(x => x.Id == indicatorId && x.ProjectId == id, ct) ?? throw new NotFoundException();
        if (r.Actual is not >= 0)
        {
            throw new FieldValidationException("actual", "完成值不能为负");
        }
        i.Actual = r.Actual;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProjectView> EvaluateAsync(Guid id, EvaluationRequest r, CancellationToken ct)
    {
        var p = await db.Projects.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.Kind is null)
        {
            errors.Add("kind", "请选择评估类别");
        }
        var evaluator = (r.Evaluator ?? "").Trim();
        if (evaluator.Length is < 2 or > 100)
        {
            errors.Add("evaluator", "请填写评估机构");
        }
        if (r.EvaluatedOn is null || r.EvaluatedOn < p.StartsOn || r.EvaluatedOn > ChinaTime.Today(clock))
        {
            errors.Add("evaluatedOn", "评估日期应在合同开始之后且不晚于今天");
        }
        if (r.Score is not (>= 0 and <= 100))
        {
            errors.Add("score", "评估得分应在0–100之间");
        }
        var findings = (r.Findings ?? "").Trim();
        if (findings.Length > 1000)
        {
            errors.Add("findings", "评估意见不超过1000字");
        }
        errors.ThrowIfAny();
        if (await db.Evaluations.AnyAsync(e => e.ProjectId == id && e.Kind == r.Kind, ct))
        {
            throw new BusinessRuleException($"该项目已有{ProjectNames.Of(r.Kind!.Value)}，评估结果不能覆盖");
        }
        var window = (int)await parameters.GetDecimalAsync(SwParameters.FinalWindowDays, r.EvaluatedOn!.Value, p.DivisionCode, ct);
        if (r.Kind == EvaluationKind.Final && r.EvaluatedOn < p.EndsOn.AddDays(-window))
        {
            throw new BusinessRuleException($"末期评估应在合同期满前{window}天内或期满后进行");
        }
        var bands = await BandsAsync(r.EvaluatedOn!.Value, p.DivisionCode, ct);
        var score = decimal.Round(r.Score!.Value, 1);
        db.Evaluations.Add(new ProjectEvaluation
        {
            ProjectId = id, DivisionCode = p.DivisionCode, Kind = r.Kind!.Value, Evaluator = evaluator, EvaluatedOn = r.EvaluatedOn.Value, Score = score,
            Grade = SwRules.Grade(score, bands), Passed = SwRules.Passes(score, bands), Basis = bands.Describe(), Findings = findings, RecordedBy = user.UserName,
        });
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<ProjectView> PayAsync(Guid id, PaymentRequest r, CancellationToken ct)
    {
        var p = await db.Projects.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var errors = new FieldErrors();
        if (r.Stage is null)
        {
            errors.Add("stage", "请选择支付阶段");
        }
        if (r.Amount is not > 0)
        {
            errors.Add("amount", "支付金额须大于0");
        }
        if (r.PaidOn is null || r.PaidOn > ChinaTime.Today(clock))
        {
            errors.Add("paidOn", "请填写支付日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        var paid = (await db.Payments.AsNoTracking().Where(x => x.ProjectId == id).Select(x => x.Amount).ToListAsync(ct)).Sum();
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.ProjectId == id).ToListAsync(ct);
        var mid = evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.MidTerm);
        var final = evaluations.FirstOrDefault(e => e.Kind == EvaluationKind.Final);
        var share = await parameters.GetDecimalAsync(SwParameters.AdvanceShare, r.PaidOn!.Value, p.DivisionCode, ct);
        var amount = decimal.Round(r.Amount!.Value, 2);
        if (SwRules.PaymentRefusal(r.Stage!.Value, amount, p.Budget, paid, share, mid?.Passed == true, final?.Passed == true) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }
        var evaluation = r.Stage switch { PaymentStage.MidTerm => mid, PaymentStage.Final => final, _ => null };
        db.Payments.Add(new ProjectPayment
        {
            ProjectId = id, DivisionCode = p.DivisionCode, Stage = r.Stage.Value, Amount = amount, PaidOn = r.PaidOn.Value, EvaluationId = evaluation?.Id,
            Basis = string.Create(CultureInfo.InvariantCulture,
                $"预算 {p.Budget:N2} 元，此前已付 {paid:N2} 元；评估前支付上限 {SwRules.Percent(share)}") + (evaluation is null ? "" :
                $"；{ProjectNames.Of(evaluation.Kind)} {evaluation.Score:0.0} 分 {evaluation.Grade}（{evaluation.Basis}）"),
            RecordedBy = user.UserName,
        });
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<GradeBands> BandsAsync(DateOnly date, string division, CancellationToken ct) => new(
        await parameters.GetDecimalAsync(SwParameters.PassMark, date, division, ct),
        await parameters.GetDecimalAsync(SwParameters.GoodMark, date, division, ct),
        await parameters.GetDecimalAsync(SwParameters.ExcellentMark, date, division, ct));

    public async Task<IReadOnlyList<(Guid Id, string Name)>> ProviderChoicesAsync(CancellationToken ct) =>
        (await db.Organizations.IgnoreQueryFilters().AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(ct))
            .Select(o => (o.Id, o.Name)).ToList();

    private async Task<IReadOnlyList<ProjectRow>> RowsAsync(IReadOnlyList<ServiceProject> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var paid = (await db.Payments.AsNoTracking().Where(x => ids.Contains(x.ProjectId)).Select(x => new { x.ProjectId, x.Amount }).ToListAsync(ct))
            .GroupBy(x => x.ProjectId).ToDictionary(g => g.Key, g => g.Sum(x => x.Amount));
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).Select(e => new { e.ProjectId, e.Kind, e.Grade })
            .ToListAsync(ct);
        var today = ChinaTime.Today(clock);
        var window = projects.Count == 0 ? 0 : (int)await parameters.GetDecimalAsync(SwParameters.FinalWindowDays, today, "4403", ct);
        return projects.Select(p =>
        {
            var mid = evaluations.FirstOrDefault(e => e.ProjectId == p.Id && e.Kind == EvaluationKind.MidTerm)?.Grade;
            var final = evaluations.FirstOrDefault(e => e.ProjectId == p.Id && e.Kind == EvaluationKind.Final)?.Grade;
            var stage = today < p.StartsOn ? "未开始" : final is not null ? "已结项评估" : today > p.EndsOn ? "待末期评估" : "执行中";
            // a project whose contract ended more than the window ago without a final evaluation is overdue
            return new ProjectRow(p.Id, p.Number, p.Name, p.PurchaserName, p.DivisionCode, p.ProviderName, p.Field.ToString(), SwNames.Of(p.Field), p.ContractNumber,
                p.StartsOn, p.EndsOn, p.Budget, paid.GetValueOrDefault(p.Id), mid, final, stage, final is null && today > p.EndsOn.AddMonths(1));
        }).ToList();
    }
}
