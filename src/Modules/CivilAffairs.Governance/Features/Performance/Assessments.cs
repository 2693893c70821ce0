using System.Globalization;
using CivilAffairs.Governance.Data;
using CivilAffairs.Governance.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Governance.Features.Performance;

/// <summary>
/// Staff assessment: the office sets indicators and periods and enrols staff; each staff member scores
/// themself; someone else reviews; finalization grades everyone by the bands and enforces the 优秀 cap.
/// </summary>
internal sealed class Assessments(GovernanceDb db, PlatformDb platform, ParameterStore parameters, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<IndicatorView>> IndicatorsAsync(CancellationToken ct) =>
        await db.Indicators.AsNoTracking().OrderByDescending(i => i.Weight).ThenBy(i => i.Name)
            .Select(i => new IndicatorView(i.Id, i.Name, i.Weight, i.ScoringRule, i.Active)).ToListAsync(ct);

    public async Task<IndicatorView> AddIndicatorAsync(IndicatorRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        var name = (r.Name ?? "").Trim();
        if (name.Length is 0 or > 50)
        {
            errors.Add("name", "请填写指标名称（不超过50字）");
        }
        else if (await db.Indicators.AnyAsync(i => i.Name == name, ct))
        {
            errors.Add("name", "已有同名指标");
        }
        if (r.Weight is not { } w || w <= 0 || w > 100)
        {
            errors.Add("weight", "权重须大于0且不超过100");
        }
        if (string.IsNullOrWhiteSpace(r.ScoringRule) || r.ScoringRule.Length > 500)
        {
            errors.Add("scoringRule", "请填写评分规则（不超过500字）");
        }
        errors.ThrowIfAny();
        var i = new Indicator { Name = name, Weight = r.Weight!.Value, ScoringRule = r.ScoringRule!.Trim() };
        db.Indicators.Add(i);
        await db.SaveChangesAsync(ct);
        return new IndicatorView(i.Id, i.Name, i.Weight, i.ScoringRule, true);
    }

    public async Task<IReadOnlyList<PeriodView>> PeriodsAsync(CancellationToken ct)
    {
        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.Year).ThenByDescending(p => p.Quarter).ToListAsync(ct);
        var counts = await db.Assessments.AsNoTracking().GroupBy(a => a.PeriodId)
            .Select(g => new { g.Key, N = g.Count(), R = g.Count(a => a.Status == AssessmentStatus.Reviewed || a.Status == AssessmentStatus.Final) })
            .ToDictionaryAsync(x => x.Key, ct);
        return periods.Select(p => View(p, counts.GetValueOrDefault(p.Id)?.N ?? 0, counts.GetValueOrDefault(p.Id)?.R ?? 0)).ToList();
    }

    public async Task<PeriodView> AddPeriodAsync(PeriodRequest r, CancellationToken ct)
    {
        RequireManage();
        var errors = new FieldErrors();
        if (r.Year is not (>= 2000 and <= 2100))
        {
            errors.Add("year", "请填写考核年度");
        }
        if (r.Quarter is { } q && q is < 1 or > 4)
        {
            errors.Add("quarter", "季度须为1至4");
        }
        errors.ThrowIfAny();
        if (await db.Periods.AnyAsync(p => p.Year == r.Year && p.Quarter == r.Quarter, ct))
        {
            throw new FieldValidationException("year", "该考核周期已存在");
        }
        var p = new AssessmentPeriod { Year = r.Year!.Value, Quarter = r.Quarter, Status = PeriodStatus.Open };
        db.Periods.Add(p);
        await db.SaveChangesAsync(ct);
        return View(p, 0, 0);
    }

    public async Task<PeriodDetail> PeriodAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Periods.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("考核周期不存在");
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var list = await db.Assessments.AsNoTracking().Include(a => a.Scores).Where(a => a.PeriodId == id).OrderBy(a => a.DivisionCode).ThenBy(a => a.UserName).ToListAsync(ct);
        var bands = await BandsAsync(ct);
        var views = list.Select(a => View(a, indicators)).ToList();
        var grades = list.Where(a => a.Grade is not null).GroupBy(a => PerformanceRules.GradeName(a.Grade!.Value)).ToDictionary(g => g.Key, g => g.Count());
        return new PeriodDetail(View(p, list.Count, list.Count(a => a.Status >= AssessmentStatus.Reviewed)), views, grades,
            PerformanceRules.ExcellentAllowed(list.Count, bands.Bands.ExcellentCap), bands.Used);
    }

    /// <summary>Enrols an account (in the office's jurisdiction) and gives it a line per active indicator.</summary>
    public async Task<AssessmentView> EnrolAsync(Guid periodId, EnrolRequest r, CancellationToken ct)
    {
        RequireManage();
        var p = await OpenPeriodAsync(periodId, ct);
        var name = (r.UserName ?? "").Trim();
        var account = name.Length == 0 ? null : await platform.ScopedUsers.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name && !u.IsDisabled, ct);
        if (account is null)
        {
            throw new FieldValidationException("userName", "没有这个在用的工作人员账户");
        }
        if (await db.Assessments.IgnoreQueryFilters().AnyAsync(a => a.PeriodId == p.Id && a.UserName == name, ct))
        {
            throw new FieldValidationException("userName", "该工作人员已在本周期考核名单中");
        }
        var indicators = await db.Indicators.Where(i => i.Active).ToListAsync(ct);
        if (indicators.Count == 0)
        {
            throw new BusinessRuleException("请先设置考核指标");
        }
        var a = new Assessment
        {
            PeriodId = p.Id, UserName = account.UserName!, DisplayName = account.DisplayName, DivisionCode = account.Jurisdiction, Status = AssessmentStatus.Pending,
            Scores = indicators.Select(i => new AssessmentScore { IndicatorId = i.Id }).ToList(),
        };
        db.Assessments.Add(a);
        await db.SaveChangesAsync(ct);
        return View(a, indicators.ToDictionary(i => i.Id));
    }

    /// <summary>The staff member scores themself (their own assessment only).</summary>
    public async Task<AssessmentView> SelfAsync(Guid id, ScoreRequest r, CancellationToken ct)
    {
        var a = await LoadAsync(id, ct);
        if (a.UserName != user.UserName)
        {
            throw new ForbiddenException("只能填写本人的自评");
        }
        if (a.Status is not (AssessmentStatus.Pending or AssessmentStatus.SelfAssessed))
        {
            throw new BusinessRuleException("已评审，不能再修改自评");
        }
        var indicators = await ScoreAsync(a, r, self: true, ct);
        a.Version++;
        a.SelfScore = PerformanceRules.Weighted(a.Scores.Select(s => (indicators[s.IndicatorId].Weight, s.Self!.Value)));
        a.SelfNote = Note(r.Note);
        a.Status = AssessmentStatus.SelfAssessed;
        await db.SaveChangesAsync(ct);
        return View(a, indicators);
    }

    /// <summary>The reviewer (the office, never the person assessed) scores; the weighted review is the final score.</summary>
    public async Task<AssessmentView> ReviewAsync(Guid id, ScoreRequest r, CancellationToken ct)
    {
        RequireManage();
        var a = await LoadAsync(id, ct);
        if (a.UserName == user.UserName)
        {
            throw new BusinessRuleException("不能评审本人的考核，须由他人评审");
        }
        if (a.Status == AssessmentStatus.Pending)
        {
            throw new BusinessRuleException("本人尚未自评，不能评审");
        }
        if (a.Status == AssessmentStatus.Final)
        {
            throw new BusinessRuleException("考核已定等，不能再评审");
        }
        var indicators = await ScoreAsync(a, r, self: false, ct);
        var bands = await BandsAsync(ct);
        a.Version++;
        a.ReviewerUserName = user.UserName;
        a.ReviewerScore = PerformanceRules.Weighted(a.Scores.Select(s => (indicators[s.IndicatorId].Weight, s.Review!.Value)));
        a.ReviewNote = Note(r.Note);
        a.FinalScore = a.ReviewerScore;
        // a provisional grade: fixed at finalization, when the 优秀 cap is checked over the whole period
        a.Grade = PerformanceRules.GradeOf(a.FinalScore.Value, bands.Bands);
        a.Status = AssessmentStatus.Reviewed;
        await db.SaveChangesAsync(ct);
        return View(a, indicators);
    }

    /// <summary>Grades everyone and closes the period; 409 while someone is unreviewed or when 优秀 exceeds the cap.</summary>
    public async Task<PeriodDetail> FinalizeAsync(Guid periodId, CancellationToken ct)
    {
        RequireManage();
        var p = await OpenPeriodAsync(periodId, ct);
        // the whole period, not only the office's jurisdiction: the cap is over everyone assessed
        var list = await db.Assessments.IgnoreQueryFilters().Where(a => a.PeriodId == p.Id).ToListAsync(ct);
        if (list.Count == 0)
        {
            throw new BusinessRuleException("本周期没有考核对象");
        }
        var open = list.Count(a => a.Status != AssessmentStatus.Reviewed);
        if (open > 0)
        {
            throw new BusinessRuleException($"还有{open}人未完成评审，不能定等");
        }
        var (bands, used) = await BandsAsync(ct);
        foreach (var a in list)
        {
            a.Grade = PerformanceRules.GradeOf(a.FinalScore!.Value, bands);
        }
        var excellent = list.Count(a => a.Grade == Grade.Excellent);
        if (PerformanceRules.ExcellentCapExceeded(excellent, list.Count, bands.ExcellentCap))
        {
            throw new BusinessRuleException(
                $"优秀等次{excellent}人，超过上限：{list.Count}人参加考核，优秀比例上限{bands.ExcellentCap:P0}，最多{PerformanceRules.ExcellentAllowed(list.Count, bands.ExcellentCap)}人。请复核评审分数后再定等");
        }
        foreach (var a in list)
        {
            a.Version++;
            a.Status = AssessmentStatus.Final;
        }
        p.Version++;
        p.Status = PeriodStatus.Finalized;
        p.FinalizedOn = ChinaTime.Today(clock);
        p.FinalizedBy = user.UserName;
        p.RulesUsed = string.Join("；", used);
        await db.SaveChangesAsync(ct);
        return await PeriodAsync(periodId, ct);
    }

    private async Task<Dictionary<Guid, Indicator>> ScoreAsync(Assessment a, ScoreRequest r, bool self, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var errors = new FieldErrors();
        foreach (var s in a.Scores)
        {
            var value = r.Scores.GetValueOrDefault(s.IndicatorId);
            var name = indicators[s.IndicatorId].Name;
            if (value is not { } v || v < 0 || v > 100)
            {
                errors.Add($"scores[{s.IndicatorId}]", $"请为“{name}”填写0至100的分数");
                continue;
            }
            if (self)
            {
                s.Self = v;
            }
            else
            {
                s.Review = v;
            }
        }
        if ((r.Note ?? "").Length > 1000)
        {
            errors.Add("note", "说明不能超过1000字");
        }
        errors.ThrowIfAny();
        return indicators;
    }

    private async Task<(GradeBands Bands, List<string> Used)> BandsAsync(CancellationToken ct)
    {
        string[] keys = [GovernanceParameters.ExcellentMin, GovernanceParameters.GoodMin, GovernanceParameters.PassMin, GovernanceParameters.ExcellentShareCap];
        var p = await parameters.FindManyAsync(keys, ChinaTime.Today(clock), "4403", ct);
        decimal D(string k) => p.TryGetValue(k, out var v) ? decimal.Parse(v.Value, CultureInfo.InvariantCulture) : throw new BusinessRuleException($"参数 {k} 未设置取值");
        var bands = new GradeBands(D(keys[0]), D(keys[1]), D(keys[2]), D(keys[3]));
        var used = keys.Select(k => $"{parameters.Definition(k)?.DisplayName ?? k} {p[k].Value}（{p[k].ValidFrom:yyyy-MM-dd}起，{p[k].LegalBasis}）").ToList();
        return (bands, used);
    }

    private async Task<Assessment> LoadAsync(Guid id, CancellationToken ct)
    {
        var a = await db.Assessments.Include(x => x.Scores).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("考核记录不存在或不在您的辖区内");
        var p = await db.Periods.FirstAsync(x => x.Id == a.PeriodId, ct);
        return p.Status == PeriodStatus.Open ? a : throw new BusinessRuleException("考核周期已定等，不能修改");
    }

    private async Task<AssessmentPeriod> OpenPeriodAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Periods.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("考核周期不存在");
        return p.Status == PeriodStatus.Open ? p : throw new BusinessRuleException("考核周期已定等，不能修改");
    }

    private static string? Note(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();

    private static PeriodView View(AssessmentPeriod p, int assessed, int reviewed) =>
        new(p.Id, PerformanceRules.PeriodName(p.Year, p.Quarter), p.Year, p.Quarter, p.Status.ToString(), p.Status == PeriodStatus.Open ? "考核中" : "已定等",
            p.FinalizedOn, p.RulesUsed, assessed, reviewed);

    private static AssessmentView View(Assessment a, IReadOnlyDictionary<Guid, Indicator> indicators) =>
        new(a.Id, a.UserName, a.DisplayName, a.DivisionCode, a.SelfScore, a.SelfNote, a.ReviewerUserName, a.ReviewerScore, a.ReviewNote, a.FinalScore,
            a.Grade?.ToString(), a.Grade is { } g ? PerformanceRules.GradeName(g) : null, a.Status.ToString(), StatusName(a.Status),
            a.Scores.Where(s => indicators.ContainsKey(s.IndicatorId)).Select(s => new IndicatorScore(s.IndicatorId, indicators[s.IndicatorId].Name, indicators[s.IndicatorId].Weight, s.Self, s.Review))
                .OrderByDescending(s => s.Weight).ToList());

    private static string StatusName(AssessmentStatus s) => s switch
    {
        AssessmentStatus.Pending => "待自评",
        AssessmentStatus.SelfAssessed => "待评审",
        AssessmentStatus.Reviewed => "已评审",
        _ => "已定等",
    };

    private void RequireManage()
    {
        if (!user.Has(Permissions.GovernanceManage))
        {
            throw new ForbiddenException("只有机关办公室可以管理考核指标、周期和评审");
        }
    }
}
