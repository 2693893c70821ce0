using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Cases;

/// <summary>帮扶计划: plans, goals, progress, and the district report of households that reached their goals.</summary>
internal sealed class SupportPlanService(AssistanceDb db, ICurrentUser user, TimeProvider clock)
{
    public const int MaxGoals = 8;

    public async Task<SupportPlanView> CreateAsync(CreatePlanRequest r, CancellationToken ct)
    {
        Require();
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (r.EnrolmentId is null)
        {
            errors.Add("enrolmentId", "请选择在保家庭");
        }
        if (string.IsNullOrWhiteSpace(r.ResponsibleWorker))
        {
            errors.Add("responsibleWorker", "请填写帮扶责任人");
        }
        if (string.IsNullOrWhiteSpace(r.Measures))
        {
            errors.Add("measures", "请填写帮扶措施");
        }
        if (r.StartedOn > today)
        {
            errors.Add("startedOn", "开始日期不能晚于今天");
        }
        var goals = r.Goals.Where(g => !string.IsNullOrWhiteSpace(g.Description) || !string.IsNullOrWhiteSpace(g.Target)).ToList();
        if (goals.Count is 0 or > MaxGoals)
        {
            errors.Add("goals", $"请填写1至{MaxGoals}个帮扶目标");
        }
        var plan = new SupportPlan
        {
            StartedOn = r.StartedOn ?? today, ResponsibleWorker = r.ResponsibleWorker?.Trim() ?? "", Measures = r.Measures?.Trim() ?? "",
            CreatedBy = user.UserName, Status = SupportPlanStatus.Active,
        };
        for (var i = 0; i < goals.Count && i < MaxGoals; i++)
        {
            var g = goals[i];
            if (!Enum.TryParse<SupportArea>(g.Area ?? "", ignoreCase: true, out var area) || !Enum.IsDefined(area))
            {
                errors.Add($"goals[{i}].area", $"第{i + 1}个目标：请选择领域（就业、增收、教育、健康）");
            }
            if (string.IsNullOrWhiteSpace(g.Description) || string.IsNullOrWhiteSpace(g.Target))
            {
                errors.Add($"goals[{i}].target", $"第{i + 1}个目标：请填写目标内容和可衡量的指标");
            }
            if (g.TargetDate is null || g.TargetDate < plan.StartedOn)
            {
                errors.Add($"goals[{i}].targetDate", $"第{i + 1}个目标：请填写不早于计划开始日期的目标日期");
            }
            plan.Goals.Add(new SupportGoal
            {
                PlanId = plan.Id, Area = area, Description = g.Description?.Trim() ?? "", Target = g.Target?.Trim() ?? "", TargetDate = g.TargetDate ?? today,
            });
        }
        errors.ThrowIfAny();
        var e = await db.Enrolments.FirstOrDefaultAsync(x => x.Id == r.EnrolmentId, ct) ?? throw new NotFoundException("在保家庭不存在或不在您的辖区内");
        if (e.Status == EnrolmentStatus.Stopped)
        {
            throw new BusinessRuleException("该家庭已停止保障，不能制定帮扶计划");
        }
        if (await db.SupportPlans.AnyAsync(p => p.EnrolmentId == e.Id && p.Status == SupportPlanStatus.Active, ct))
        {
            throw new BusinessRuleException("该家庭已有进行中的帮扶计划");
        }
        plan.EnrolmentId = e.Id;
        plan.DivisionCode = e.DivisionCode;
        db.SupportPlans.Add(plan);
        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, null, plan.Id, ct)).Single();
    }

    public async Task<SupportPlanView> ProgressAsync(Guid id, PlanProgressRequest r, CancellationToken ct)
    {
        Require();
        var today = ChinaTime.Today(clock);
        var on = r.On ?? today;
        if (on > today)
        {
            throw new FieldValidationException("on", "日期不能晚于今天");
        }
        if (string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", "请填写帮扶进展");
        }
        var plan = await db.SupportPlans.Include(p => p.Goals).FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        if (plan.Status == SupportPlanStatus.Closed)
        {
            throw new BusinessRuleException("帮扶计划已结束");
        }
        if (on < plan.StartedOn)
        {
            throw new FieldValidationException("on", "日期不能早于计划开始日期");
        }
        SupportGoal? goal = null;
        if (r.GoalId is { } goalId)
        {
            goal = plan.Goals.FirstOrDefault(g => g.Id == goalId) ?? throw new FieldValidationException("goalId", "该目标不属于此帮扶计划");
        }
        else if (r.Achieved is not null)
        {
            throw new FieldValidationException("goalId", "请选择达成的目标");
        }
        if (goal is not null && r.Achieved is { } achieved)
        {
            goal.AchievedOn = achieved ? on : null;
            // all goals reached: the plan is achieved on the date of the last one
            if (plan.Goals.All(g => g.AchievedOn is not null))
            {
                plan.Status = SupportPlanStatus.Achieved;
                plan.EndedOn = plan.Goals.Max(g => g.AchievedOn);
            }
            else
            {
                plan.Status = SupportPlanStatus.Active;
                plan.EndedOn = null;
            }
        }
        db.SupportProgress.Add(new SupportProgress
        {
            PlanId = plan.Id, GoalId = goal?.Id, On = on, Note = r.Note.Trim(), UserName = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        plan.Version++;
        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, null, plan.Id, ct)).Single();
    }

    public async Task<SupportPlanView> CloseAsync(Guid id, ClosePlanRequest r, CancellationToken ct)
    {
        Require();
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写结束原因");
        }
        var plan = await db.SupportPlans.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        if (plan.Status != SupportPlanStatus.Active)
        {
            throw new BusinessRuleException("只有帮扶中的计划可以结束");
        }
        plan.Status = SupportPlanStatus.Closed;
        plan.EndedOn = ChinaTime.Today(clock);
        plan.EndReason = r.Reason.Trim();
        plan.Version++;
        await db.SaveChangesAsync(ct);
        return (await ListAsync(null, null, null, plan.Id, ct)).Single();
    }

    public async Task<SupportPlanView> GetAsync(Guid id, CancellationToken ct) =>
        (await ListAsync(null, null, null, id, ct)).SingleOrDefault() ?? throw new NotFoundException();

    /// <summary>Plans in scope, newest first; filters by status, street/community and worker.</summary>
    public async Task<IReadOnlyList<SupportPlanView>> ListAsync(string? status, string? divisionCode, string? worker, Guid? id, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var q = db.SupportPlans.AsNoTracking().Include(p => p.Goals).Include(p => p.Progress).AsSplitQuery().AsQueryable();
        if (id is { } one)
        {
            q = q.Where(p => p.Id == one);
        }
        if (Enum.TryParse<SupportPlanStatus>(status ?? "", ignoreCase: true, out var s))
        {
            q = q.Where(p => p.Status == s);
        }
        if (DivisionCodes.Normalize(divisionCode) is { } division)
        {
            q = q.Where(p => p.DivisionCode.StartsWith(division));
        }
        if (!string.IsNullOrWhiteSpace(worker))
        {
            var w = worker.Trim();
            q = q.Where(p => p.ResponsibleWorker.Contains(w));
        }
        var plans = await q.OrderByDescending(p => p.StartedOn).ThenBy(p => p.Id).Take(500).ToListAsync(ct);
        var ids = plans.Select(p => p.EnrolmentId).Distinct().ToList();
        var heads = await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.HeadName, e.HeadIdNumber, Members = e.Members.Count(m => m.LeftFrom == null || m.LeftFrom > today) })
            .ToDictionaryAsync(e => e.Id, ct);
        return plans.Where(p => heads.ContainsKey(p.EnrolmentId)).Select(p =>
        {
            var h = heads[p.EnrolmentId];
            return new SupportPlanView(p.Id, p.EnrolmentId, h.HeadName, Masking.IdNumber(h.HeadIdNumber), p.DivisionCode, p.Status.ToString(), p.StartedOn,
                p.EndedOn, p.EndReason, p.ResponsibleWorker, p.Measures, h.Members, p.Goals.Count(g => g.AchievedOn != null), p.Goals.Count, p.Version,
                p.Goals.OrderBy(g => g.TargetDate).Select(g => new SupportGoalView(g.Id, g.Area.ToString(), g.Description, g.Target, g.TargetDate,
                    g.AchievedOn, g.AchievedOn is null && g.TargetDate < today)).ToList(),
                p.Progress.OrderByDescending(x => x.On).ThenByDescending(x => x.AtUtc).Select(x => new SupportProgressView(x.Id, x.GoalId, x.On, x.Note, x.UserName)).ToList());
        }).ToList();
    }

    /// <summary>
    /// The district report: households with a plan running in the period, and those whose plan
    /// reached all its goals in the period, with the persons in them (members not left by the end).
    /// </summary>
    public async Task<SupportReport> ReportAsync(string? divisionCode, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var division = DivisionCodes.Normalize(divisionCode);
        var errors = new FieldErrors();
        if (division is null)
        {
            errors.Add("divisionCode", "请填写区或街道区划代码");
        }
        if (from is null || to is null || from > to)
        {
            errors.Add("from", "请填写统计期间（起止日期）");
        }
        errors.ThrowIfAny();
        var plans = await db.SupportPlans.AsNoTracking()
            .Where(p => p.DivisionCode.StartsWith(division!) && p.StartedOn <= to && (p.EndedOn == null || p.EndedOn >= from))
            .Select(p => new { p.EnrolmentId, p.DivisionCode, p.Status, p.EndedOn })
            .ToListAsync(ct);
        var ids = plans.Select(p => p.EnrolmentId).Distinct().ToList();
        var end = to!.Value;
        var persons = await db.Enrolments.AsNoTracking().Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, Count = e.Members.Count(m => m.LeftFrom == null || m.LeftFrom > end) })
            .ToDictionaryAsync(e => e.Id, e => e.Count, ct);
        var rows = plans.Where(p => persons.ContainsKey(p.EnrolmentId))
            .Select(p => new
            {
                Street = p.DivisionCode.Length >= 9 ? p.DivisionCode[..9] : p.DivisionCode, p.EnrolmentId,
                Achieved = p.Status == SupportPlanStatus.Achieved && p.EndedOn >= from && p.EndedOn <= to,
            }).ToList();
        SupportReportRow Row(string code, IEnumerable<(Guid Id, bool Achieved)> items)
        {
            var all = items.GroupBy(x => x.Id).Select(g => (Id: g.Key, Achieved: g.Any(x => x.Achieved))).ToList();
            var achieved = all.Where(x => x.Achieved).ToList();
            return new SupportReportRow(code, all.Count, all.Sum(x => persons[x.Id]), achieved.Count, achieved.Sum(x => persons[x.Id]));
        }
        var streets = rows.GroupBy(r => r.Street).OrderBy(g => g.Key).Select(g => Row(g.Key, g.Select(x => (x.EnrolmentId, x.Achieved)))).ToList();
        return new SupportReport(division!, from!.Value, end, Row(division!, rows.Select(x => (x.EnrolmentId, x.Achieved))), streets);
    }

    public static string StatusName(SupportPlanStatus s) => s switch
    {
        SupportPlanStatus.Active => "帮扶中",
        SupportPlanStatus.Achieved => "目标全部达成",
        _ => "已结束",
    };

    public static string AreaName(SupportArea a) => a switch
    {
        SupportArea.Employment => "就业",
        SupportArea.Income => "增收",
        SupportArea.Education => "教育",
        _ => "健康",
    };

    private void Require()
    {
        if (!user.Has(Permissions.AssistanceEnrolment))
        {
            throw new ForbiddenException();
        }
    }
}
