using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using CivilAffairs.SocialOrgs.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>
/// 行政处罚案件: the registrar prepares and records the procedure, the approver files the case
/// (立案) and decides (处罚决定, 不予处罚/撤案); nobody who proposed or investigated a case decides it.
/// </summary>
internal sealed partial class Cases(SocialOrgsDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, OrgAccess access, Numbers numbers,
    CreditListing credit)
{
    private DateOnly Today => ChinaTime.Today(clock);

    public async Task<CaseView> ProposeAsync(CaseRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Require(Permissions.SocialOrgsWrite);
        var errors = new FieldErrors();
        var source = SupervisionSupport.Parse<CaseSource>(r.Source);
        if (source is null)
        {
            errors.Add("source", "请选择案件来源");
        }
        var facts = SupervisionSupport.Trim(r.Facts, 2000);
        if (facts is null)
        {
            errors.Add("facts", "请填写涉嫌违法事实");
        }
        var today = Today;
        var c = new EnforcementCase
        {
            Source = source ?? CaseSource.Inspection, SourceRef = SupervisionSupport.Trim(r.SourceRef, 64), Facts = facts ?? "", ProposedBy = user.UserName,
            ProposedOn = today, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        if (r.OrganizationId is { } orgId)
        {
            var org = await access.GetAsync(orgId, ct);
            // the registration authority penalizes the organizations it registered (社团条例 art. 30; 民非条例 art. 25; 基金会条例 art. 42)
            access.EnsureAuthorityFor(org);
            if (org.Status != OrgStatus.Active)
            {
                throw new BusinessRuleException("该社会组织已注销或被撤销登记，不能立案");
            }
            c.OrganizationId = org.Id;
            c.CreditCode = org.CreditCode;
            c.DivisionCode = org.DivisionCode;
            c.SubjectName = org.Name;
            c.SubjectPlace = org.Address;
        }
        else
        {
            // an unregistered organization: the bureau where it operates acts (取缔非法民间组织暂行办法 art. 3)
            var name = SupervisionSupport.Trim(r.SubjectName, 100);
            if (name is null)
            {
                errors.Add("subjectName", "请选择社会组织，或填写非法社会组织的名称");
            }
            var place = SupervisionSupport.Trim(r.SubjectPlace, 200);
            if (place is null)
            {
                errors.Add("subjectPlace", "请填写非法社会组织的活动地点");
            }
            var division = DivisionCodes.Normalize(r.DivisionCode);
            if (division is null || division.Length < 6)
            {
                errors.Add("divisionCode", "请填写活动地所在的区或街道区划代码");
            }
            else if (!DivisionCodes.IsWithin(division, user.Jurisdiction ?? "#"))
            {
                errors.Add("divisionCode", "活动地不在您的管辖范围内");
            }
            errors.ThrowIfAny();
            c.IllegalOrganization = true;
            c.SubjectName = name!;
            c.SubjectPlace = place;
            c.DivisionCode = division!;
        }
        errors.ThrowIfAny();
        c.Number = await numbers.NextAsync("AJ", today.Year, ct);
        c.Steps.Add(Step(c, CaseStatus.Proposed, today, "提出立案申请"));
        db.Cases.Add(c);
        await SaveAsync(c, ct);
        return await GetAsync(c.Id, ct);
    }

    /// <summary>立案 by the approver; the decision time limit starts.</summary>
    public async Task<CaseView> FileAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsApprove);
        var c = await LoadForActionAsync(id, ct);
        NotSameAs(c.ProposedBy, "提出立案申请的人员不能审批立案");
        var on = CheckDate(c, r, CaseStatus.Filed);
        var used = SupervisionSupport.Uses(c.ParametersUsed);
        var days = (int)await parameters.ParamAsync(SupervisionParameters.DecisionDays, on, c.DivisionCode, used, ct);
        c.FiledOn = on;
        c.FiledBy = user.UserName;
        c.DecisionDue = SupervisionRules.DecisionDue(on, days);
        c.ParametersUsed = SupervisionSupport.Json(used);
        return await MoveAsync(c, CaseStatus.Filed, on, r.Note, ct);
    }

    /// <summary>调查取证: at least the minimum number of officers (行政处罚法 art. 42).</summary>
    public async Task<CaseView> InvestigateAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        var on = CheckDate(c, r, CaseStatus.Investigated);
        var names = SupervisionSupport.Names(r.Investigators);
        var used = SupervisionSupport.Uses(c.ParametersUsed);
        var min = (int)await parameters.ParamAsync(SupervisionParameters.MinInvestigators, on, c.DivisionCode, used, ct);
        if (names.Count < min)
        {
            throw new FieldValidationException("investigators", $"调查取证的执法人员不得少于{min}人");
        }
        c.Investigators = string.Join(",", names);
        c.ParametersUsed = SupervisionSupport.Json(used);
        return await MoveAsync(c, CaseStatus.Investigated, on, Required(r.Note, "note", "请填写调查取证情况"), ct);
    }

    public async Task<CaseView> ReviewAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        var on = CheckDate(c, r, CaseStatus.Reviewed);
        return await MoveAsync(c, CaseStatus.Reviewed, on, Required(r.Note, "note", "请填写审核意见"), ct);
    }

    /// <summary>事先告知 with the proposed penalty; the hearing right follows from it (parameter recorded).</summary>
    public async Task<CaseView> NotifyAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        var on = CheckDate(c, r, CaseStatus.Notified);
        var (outcome, amount, _) = CheckOutcome(c, r);
        var used = SupervisionSupport.Uses(c.ParametersUsed);
        var threshold = await parameters.ParamAsync(SupervisionParameters.HearingFine, on, c.DivisionCode, used, ct);
        c.ProposedOutcome = outcome;
        c.ProposedAmount = amount;
        c.HearingRight = SupervisionRules.HearingRight(outcome, amount, threshold);
        c.ParametersUsed = SupervisionSupport.Json(used);
        var note = $"拟{SupervisionRules.Name(outcome)}{(amount is { } a ? $"{a:0.##}元" : "")}；{(c.HearingRight ? "告知陈述、申辩和要求听证的权利" : "告知陈述、申辩的权利")}"
            + (SupervisionSupport.Trim(r.Note, 1000) is { } n ? "；" + n : "");
        return await MoveAsync(c, CaseStatus.Notified, on, note, ct);
    }

    public async Task<CaseView> HearAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        if (c.Status == CaseStatus.Notified && !c.HearingRight)
        {
            throw new BusinessRuleException("拟作出的处罚不适用听证程序");
        }
        var on = CheckDate(c, r, CaseStatus.Heard);
        return await MoveAsync(c, CaseStatus.Heard, on, Required(r.Note, "note", "请填写听证情况"), ct);
    }

    public async Task<CaseView> ServeAsync(Guid id, CaseStepRequest r, CancellationToken ct) => await SimpleStepAsync(id, r, CaseStatus.Served, ct);

    public async Task<CaseView> ExecuteAsync(Guid id, CaseStepRequest r, CancellationToken ct) => await SimpleStepAsync(id, r, CaseStatus.Executed, ct);

    public async Task<CaseView> CloseAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        var on = CheckDate(c, r, CaseStatus.Closed);
        c.ClosedOn = on;
        return await MoveAsync(c, CaseStatus.Closed, on, r.Note, ct);
    }

    /// <summary>不予处罚 or 撤案, with a reason, by the approver.</summary>
    public async Task<CaseView> DropAsync(Guid id, CaseStepRequest r, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsApprove);
        var c = await LoadForActionAsync(id, ct);
        var outcome = SupervisionSupport.Parse<CaseOutcome>(r.Outcome);
        var errors = new FieldErrors();
        if (outcome is not (CaseOutcome.NoPenalty or CaseOutcome.Withdrawn))
        {
            errors.Add("outcome", "请选择不予处罚或撤案");
        }
        var reason = SupervisionSupport.Trim(r.Note, 2000);
        if (reason is null)
        {
            errors.Add("note", "请填写理由");
        }
        errors.ThrowIfAny();
        var on = CheckDate(c, r, CaseStatus.Dropped);
        c.Outcome = outcome;
        c.DecidedOn = on;
        c.DecidedBy = user.UserName;
        c.DecisionReason = reason;
        c.ClosedOn = on;
        if (c.OrganizationId is { } orgId && c.FiledOn is not null)
        {
            var org = await access.GetAsync(orgId, ct);
            AddEvent(org, $"{SupervisionRules.Name(outcome!.Value)}（{c.Number}）", reason, on);
        }
        return await MoveAsync(c, CaseStatus.Dropped, on, $"{SupervisionRules.Name(outcome!.Value)}：{reason}", ct);
    }

    private async Task<CaseView> SimpleStepAsync(Guid id, CaseStepRequest r, CaseStatus to, CancellationToken ct)
    {
        Require(Permissions.SocialOrgsWrite);
        var c = await LoadForActionAsync(id, ct);
        var on = CheckDate(c, r, to);
        return await MoveAsync(c, to, on, r.Note, ct);
    }

    /// <summary>The outcome and amount of a notice or decision, checked against the subject.</summary>
    private static (CaseOutcome Outcome, decimal? Amount, int? Months) CheckOutcome(EnforcementCase c, CaseStepRequest r)
    {
        var errors = new FieldErrors();
        var outcome = SupervisionSupport.Parse<CaseOutcome>(r.Outcome);
        if (outcome is null || (c.IllegalOrganization ? !SupervisionRules.ForIllegal(outcome.Value) : !SupervisionRules.ForRegistered(outcome.Value)))
        {
            errors.Add("outcome", c.IllegalOrganization ? "非法社会组织只能取缔或劝散" : "请选择警告、罚款、没收违法所得、限期停止活动或撤销登记");
        }
        decimal? amount = null;
        int? months = null;
        if (outcome is { } o && SupervisionRules.NeedsAmount(o))
        {
            if (r.Amount is not > 0 || r.Amount > 100_000_000m)
            {
                errors.Add("amount", "请填写金额（元）");
            }
            amount = r.Amount;
        }
        if (outcome == CaseOutcome.Suspension)
        {
            if (r.Months is not (>= 1 and <= 12))
            {
                errors.Add("months", "停止活动期限须为1至12个月");
            }
            months = r.Months;
        }
        errors.ThrowIfAny();
        return (outcome!.Value, amount, months);
    }

    private DateOnly CheckDate(EnforcementCase c, CaseStepRequest r, CaseStatus to)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!SupervisionRules.CanMove(c.Status, to, c.HearingRight))
        {
            throw new BusinessRuleException($"案件当前为“{SupervisionRules.Name(c.Status)}”，不能办理“{SupervisionRules.Name(to)}”");
        }
        var on = r.On ?? Today;
        var last = c.Steps.Count == 0 ? c.ProposedOn : c.Steps.Max(s => s.On);
        if (on > Today || on < last)
        {
            throw new FieldValidationException("on", $"日期须在上一步（{last:yyyy-MM-dd}）至今天之间");
        }
        return on;
    }

    private async Task<CaseView> MoveAsync(EnforcementCase c, CaseStatus to, DateOnly on, string? note, CancellationToken ct)
    {
        c.Status = to;
        var step = Step(c, to, on, note);
        c.Steps.Add(step);
        db.CaseSteps.Add(step);
        await SaveAsync(c, ct);
        return await GetAsync(c.Id, ct);
    }

    private CaseStep Step(EnforcementCase c, CaseStatus s, DateOnly on, string? note) => new()
    {
        CaseId = c.Id, Step = s, On = on, By = user.UserName, Note = SupervisionSupport.Trim(note, 2000), RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
    };

    private void AddEvent(SocialOrganization org, string summary, string? details, DateOnly on) =>
        db.OrganizationEvents.Add(new OrganizationEvent
        {
            OrganizationId = org.Id, CreditCode = org.CreditCode, DivisionCode = org.DivisionCode, Kind = OrgEventKind.Enforcement, Summary = summary,
            Details = SupervisionSupport.Trim(details, 4000), OccurredOn = on, RecordedBy = user.UserName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>The case, if visible, and the caller's authority over it: the registration authority for a registered organization, the place for an illegal one.</summary>
    private async Task<EnforcementCase> LoadForActionAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (c.OrganizationId is { } orgId)
        {
            access.EnsureAuthorityFor(await access.GetAsync(orgId, ct));
        }
        else if (!DivisionCodes.IsWithin(c.DivisionCode, user.Jurisdiction ?? "#"))
        {
            throw new ForbiddenException("该案件不在您的管辖范围内");
        }
        return c;
    }

    private async Task SaveAsync(EnforcementCase c, CancellationToken ct)
    {
        c.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        c.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该案件已被他人修改（或编号被占用），请刷新后重试");
        }
    }

    private void NotSameAs(string? who, string message)
    {
        if (string.Equals(who, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException(message);
        }
    }

    private static string Required(string? s, string field, string message) =>
        SupervisionSupport.Trim(s, 2000) ?? throw new FieldValidationException(field, message);

    private void Require(string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException(permission == Permissions.SocialOrgsApprove ? "只有登记管理机关的审批人可以立案、作出处罚决定" : "您的角色无权办理行政处罚案件");
        }
    }
}
