using CivilAffairs.Platform.Http;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Boundaries;

/// <summary>效果评估 of past division changes (e.g. the changes since the 18th Party Congress: 龙华区、坪山区 2016, 光明区 2018).</summary>
internal sealed class DivisionEvaluations(RegistryDb db, BoundaryAccess access)
{
    public async Task<IReadOnlyList<EvaluationView>> ListAsync(CancellationToken ct) =>
        (await db.DivisionEvaluations.AsNoTracking().Include(e => e.Indicators).OrderByDescending(e => e.ChangeDate).ToListAsync(ct)).Select(View).ToList();

    public async Task<EvaluationView> GetAsync(Guid id, CancellationToken ct) =>
        View(await db.DivisionEvaluations.AsNoTracking().Include(e => e.Indicators).FirstOrDefaultAsync(e => e.Id == id, ct)
            ?? throw new NotFoundException("评估记录不存在或不在您的辖区内"));

    public async Task<EvaluationView> CreateAsync(EvaluationCreateRequest r, CancellationToken ct)
    {
        access.RequireManage();
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Title)) { errors.Add("title", "请填写评估名称"); }
        if (string.IsNullOrWhiteSpace(r.ChangeSummary)) { errors.Add("changeSummary", "请填写所评估的区划调整"); }
        if (r.ChangeDate is null) { errors.Add("changeDate", "请填写调整生效日期"); }
        if (r.EvaluatedOn is null) { errors.Add("evaluatedOn", "请填写评估日期"); }
        else if (r.EvaluatedOn > access.Today) { errors.Add("evaluatedOn", "评估日期不能晚于今天"); }
        else if (r.ChangeDate is { } cd && r.EvaluatedOn < cd) { errors.Add("evaluatedOn", "评估日期不能早于调整生效日期"); }
        if (string.IsNullOrWhiteSpace(r.Evaluator)) { errors.Add("evaluator", "请填写评估单位"); }
        if (string.IsNullOrWhiteSpace(r.Findings)) { errors.Add("findings", "请填写评估发现"); }
        if (string.IsNullOrWhiteSpace(r.Conclusion)) { errors.Add("conclusion", "请填写评估结论"); }
        var indicators = r.Indicators.Where(i => !string.IsNullOrWhiteSpace(i.Name)).ToList();
        var scope = await access.ScopeForNewAsync(BoundaryAccess.SplitCodes(r.DivisionCodes), "divisionCodes", errors, ct);
        errors.ThrowIfAny();
        var e = new DivisionChangeEvaluation
        {
            Title = r.Title!.Trim(), ChangeSummary = r.ChangeSummary!.Trim(), ChangeDate = r.ChangeDate!.Value, EvaluatedOn = r.EvaluatedOn!.Value,
            Evaluator = r.Evaluator!.Trim(), Findings = r.Findings!.Trim(), Conclusion = r.Conclusion!.Trim(), ScopeCodes = scope,
            Indicators = indicators.Select((i, n) => new EvaluationIndicator { Name = i.Name!.Trim(), Before = i.Before?.Trim(), After = i.After?.Trim(), Unit = i.Unit?.Trim(), Seq = n }).ToList(),
        };
        db.DivisionEvaluations.Add(e);
        await db.SaveChangesAsync(ct);
        return View(e);
    }

    private static EvaluationView View(DivisionChangeEvaluation e) =>
        new(e.Id, e.Title, e.ChangeSummary, e.ChangeDate, e.EvaluatedOn, e.Evaluator, e.Findings, e.Conclusion,
            e.Indicators.OrderBy(i => i.Seq).Select(i => new EvaluationIndicatorView(i.Name, i.Before, i.After, i.Unit)).ToList());
}
