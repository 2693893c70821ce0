using CivilAffairs.Community.Data;
using CivilAffairs.Community.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Community.Features.MicroProjects;

/// <summary>
/// The workflow after 项目征集. Each step checks the role, the jurisdiction (the data filter: out of
/// scope is 404) and the stage (409), records who and when, and publishes the stage's public notice.
/// </summary>
internal sealed class MicroProjectSteps(CommunityDb db, MicroProjects projects, MicroProjectSupport support, ICurrentUser user, TimeProvider clock)
{
    /// <summary>Who may take an action: the street decides (approve, reject, terminate, close), the community records the rest.</summary>
    public static bool MayAct(ICurrentUser u, MicroProjectAction a, MicroProject p) => a switch
    {
        MicroProjectAction.Approve => u.Has(Permissions.CommunityApprove) && p.CreatedBy != u.UserName,
        MicroProjectAction.Reject or MicroProjectAction.Terminate or MicroProjectAction.Close => u.Has(Permissions.CommunityApprove),
        _ => u.Has(Permissions.CommunityWrite),
    };

    public Task<MicroProjectView> ReviewAsync(Guid id, MicroReviewRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Review, (p, today, pars) =>
    {
        var errors = new FieldErrors();
        if (r.MeetingOn is not { } on)
        {
            errors.Add("meetingOn", "请填写评议会日期");
        }
        else if (on > today || on < p.ProposedOn)
        {
            errors.Add("meetingOn", "评议会日期须在征集之后、不晚于今天");
        }
        if (r.Attendees is null or < 1)
        {
            errors.Add("attendees", "请填写到会人数");
        }
        if (r.VotesFor is null or < 0)
        {
            errors.Add("votesFor", "请填写赞成票数");
        }
        if (r.VotesAgainst is null or < 0)
        {
            errors.Add("votesAgainst", "请填写反对票数");
        }
        if (r.VotesAbstain is < 0)
        {
            errors.Add("votesAbstain", "弃权票数不能为负");
        }
        var total = (r.VotesFor ?? 0) + (r.VotesAgainst ?? 0) + (r.VotesAbstain ?? 0);
        if (r.Attendees is { } a && total > a)
        {
            errors.Add("votesFor", "有效票合计不能超过到会人数");
        }
        errors.ThrowIfAny();
        p.MeetingOn = r.MeetingOn;
        p.Attendees = r.Attendees;
        p.VotesFor = r.VotesFor;
        p.VotesAgainst = r.VotesAgainst;
        p.VotesAbstain = r.VotesAbstain ?? 0;
        p.VotePassRatio = pars.VotePassRatio;
        var passed = MicroProjectRules.VotePasses(p.VotesFor!.Value, p.VotesAgainst!.Value, p.VotesAbstain.Value, pars.VotePassRatio);
        var votes = $"{r.MeetingOn:yyyy年M月d日}召开项目评议会，到会{p.Attendees}人，表决赞成{p.VotesFor}票、反对{p.VotesAgainst}票、弃权{p.VotesAbstain}票";
        var used = $"通过比例>{pars.VotePassRatio:0.####}";
        if (passed)
        {
            Move(p, MicroProjectStage.Reviewed, today);
            support.Log(p, today, "评议表决通过", r.Note, used);
            return Task.FromResult((Notice("项目评议结果公示", p, $"{votes}，赞成票超过有效票的{Share(pars.VotePassRatio)}，评议通过，报街道审核确定。"), pars.NoticeDays));
        }
        Move(p, MicroProjectStage.Rejected, today);
        p.EndReason = "居民表决未通过";
        p.ClosedOn = today;
        support.Log(p, today, "评议表决未通过", r.Note, used);
        return Task.FromResult((Notice("项目评议结果公示", p, $"{votes}，赞成票未超过有效票的{Share(pars.VotePassRatio)}，评议未通过，不予立项。"), pars.NoticeDays));
    }, ct);

    public Task<MicroProjectView> ApproveAsync(Guid id, MicroNoteRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Approve, async (p, today, pars) =>
    {
        var cap = pars.CapOf(p.Type);
        if (!MicroProjectRules.WithinCap(p.Budget, cap))
        {
            throw new BusinessRuleException($"{MicroProjectNames.Of(p.Type)}项目预算{Money(p.Budget)}元超过单项上限{Money(cap)}元，不能确定");
        }
        var (used, _) = await support.CommittedAsync(p.DivisionCode, p.Year, p.Id, ct);
        if (!MicroProjectRules.WithinEnvelope(used, p.Budget, pars.Envelope))
        {
            throw new BusinessRuleException($"{p.CommunityName}{p.Year}年度额度{Money(pars.Envelope)}元已确定{Money(used)}元，剩余{Money(pars.Envelope - used)}元，不足以确定本项目（预算{Money(p.Budget)}元）");
        }
        var (city, district) = MicroProjectRules.Split(p.Budget, pars.CityShare);
        p.CapApplied = cap;
        p.EnvelopeApplied = pars.Envelope;
        p.EnvelopeUsedBefore = used;
        p.CityShare = pars.CityShare;
        p.CityAmount = city;
        p.DistrictAmount = district;
        p.ApprovedOn = today;
        p.ApprovedBy = user.UserName;
        Move(p, MicroProjectStage.Approved, today);
        support.Log(p, today, "街道审核确定", r.Note,
            $"单项上限={cap:0.##}; 社区年度额度={pars.Envelope:0.##}; 已确定={used:0.##}; 市级比例={pars.CityShare:0.####}");
        return (Notice("项目确定公示", p, $"经街道审核，项目确定实施。预算{Money(p.Budget)}元，其中市级财政{Money(city)}元、区级财政{Money(district)}元"
            + $"（市区{MicroProjectRules.RatioText(pars.CityShare)}）。"), pars.NoticeDays);
    }, ct);

    public Task<MicroProjectView> RejectAsync(Guid id, MicroNoteRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Reject, (p, today, pars) =>
    {
        var reason = Required(r.Note, "note", "请填写不予立项的理由");
        p.EndReason = reason;
        p.ClosedOn = today;
        Move(p, MicroProjectStage.Rejected, today);
        support.Log(p, today, "不予立项", reason, null);
        return Task.FromResult((Notice("不予立项公示", p, $"经街道审核，项目不予立项。理由：{reason}"), pars.NoticeDays));
    }, ct);

    public Task<MicroProjectView> ProcureAsync(Guid id, MicroProcureRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Procure, (p, today, pars) =>
    {
        var errors = new FieldErrors();
        if (r.Method is null || !Enum.IsDefined(r.Method.Value))
        {
            errors.Add("method", "请选择采购方式");
        }
        var supplier = (r.SupplierName ?? "").Trim();
        if (supplier.Length is < 4 or > 100)
        {
            errors.Add("supplierName", "请填写承接单位全称（4–100字）");
        }
        var code = string.IsNullOrWhiteSpace(r.SupplierCreditCode) ? null : r.SupplierCreditCode.Trim().ToUpperInvariant();
        if (code is not null && CreditCode.Check(code) is var problem && problem != CreditCodeProblem.None)
        {
            errors.Add("supplierCreditCode", CreditCode.Message(problem) ?? "统一社会信用代码有误");
        }
        if (r.ContractAmount is null or <= 0)
        {
            errors.Add("contractAmount", "请填写合同金额（元）");
        }
        else if (r.ContractAmount > p.Budget)
        {
            errors.Add("contractAmount", $"合同金额不得超过项目预算{Money(p.Budget)}元");
        }
        if (r.ContractOn is not { } on || on > today)
        {
            errors.Add("contractOn", "请填写签订日期（不晚于今天）");
        }
        errors.ThrowIfAny();
        p.ProcurementMethod = r.Method;
        p.SupplierName = supplier;
        p.SupplierCreditCode = code;
        p.ContractAmount = decimal.Round(r.ContractAmount!.Value, 2);
        p.ContractOn = r.ContractOn;
        Move(p, MicroProjectStage.Procured, today);
        support.Log(p, today, "登记采购结果", $"{MicroProjectNames.Of(r.Method!.Value)} · {supplier}", $"预算={p.Budget:0.##}");
        return Task.FromResult((Notice("采购结果公示", p, $"采购方式：{MicroProjectNames.Of(r.Method.Value)}；承接单位：{supplier}；合同金额{Money(p.ContractAmount.Value)}元。"),
            pars.NoticeDays));
    }, ct);

    public Task<MicroProjectView> StartAsync(Guid id, MicroStartRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Start, (p, today, pars) =>
    {
        var errors = new FieldErrors();
        if (r.StartedOn is not { } on || on > today)
        {
            errors.Add("startedOn", "请填写开工（开始服务）日期，不晚于今天");
        }
        if (r.PlannedEndOn is not { } end || (r.StartedOn is { } s && end < s))
        {
            errors.Add("plannedEndOn", "请填写计划完成日期（不早于开始日期）");
        }
        errors.ThrowIfAny();
        p.StartedOn = r.StartedOn;
        p.PlannedEndOn = r.PlannedEndOn;
        Move(p, MicroProjectStage.Implementing, today);
        support.Log(p, today, "开始实施", r.Note, null);
        return Task.FromResult((Notice("项目实施公示", p, $"项目于{r.StartedOn:yyyy年M月d日}开始实施，计划{r.PlannedEndOn:yyyy年M月d日}完成，承接单位：{p.SupplierName}。欢迎居民监督。"),
            pars.NoticeDays));
    }, ct);

    /// <summary>A progress note: the timeline only, no notice and no change of stage.</summary>
    public async Task<MicroProjectView> ProgressAsync(Guid id, MicroNoteRequest r, CancellationToken ct)
    {
        var p = await LoadAsync(id, MicroProjectAction.Progress, ct);
        var note = Required(r.Note, "note", "请填写实施进展");
        support.Log(p, ChinaTime.Today(clock), "实施进展", note, null);
        p.Version++;
        await db.SaveChangesAsync(ct);
        return await projects.ViewAsync(p, ct);
    }

    public Task<MicroProjectView> AcceptAsync(Guid id, MicroAcceptRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Accept, (p, today, pars) =>
    {
        var errors = new FieldErrors();
        if (r.AcceptedOn is not { } on || on > today || (p.StartedOn is { } s && on < s))
        {
            errors.Add("acceptedOn", "请填写验收日期（开始实施之后、不晚于今天）");
        }
        if (r.Result is null || !Enum.IsDefined(r.Result.Value))
        {
            errors.Add("result", "请选择验收结果（合格或不合格）");
        }
        if (r.Result == MicroProjectAcceptance.Passed && r.Amount is null or <= 0)
        {
            errors.Add("amount", "验收合格须填写验收（决算）金额");
        }
        else if (r.Amount > (p.ContractAmount ?? p.Budget))
        {
            errors.Add("amount", $"验收金额不得超过合同金额{Money(p.ContractAmount ?? p.Budget)}元");
        }
        if (r.Result == MicroProjectAcceptance.Failed && string.IsNullOrWhiteSpace(r.Note))
        {
            errors.Add("note", "验收不合格请写明问题和整改要求");
        }
        errors.ThrowIfAny();
        p.AcceptedOn = r.AcceptedOn;
        p.AcceptanceResult = r.Result;
        p.AcceptanceAmount = r.Amount is { } a ? decimal.Round(a, 2) : null;
        p.AcceptanceNote = r.Note?.Trim();
        if (r.Result == MicroProjectAcceptance.Passed)
        {
            Move(p, MicroProjectStage.Accepted, today);
            support.Log(p, today, "验收合格", r.Note, null);
            return Task.FromResult((Notice("验收结果公示", p, $"{r.AcceptedOn:yyyy年M月d日}组织验收，结果：合格；验收金额{Money(p.AcceptanceAmount!.Value)}元。"), pars.NoticeDays));
        }
        // 不合格: the project stays in 实施 for rectification; the stage clock restarts
        p.StageSince = today;
        support.Log(p, today, "验收不合格，整改", r.Note, null);
        return Task.FromResult((Notice("验收结果公示", p, $"{r.AcceptedOn:yyyy年M月d日}组织验收，结果：不合格，承接单位整改后重新验收。"), pars.NoticeDays));
    }, ct);

    public Task<MicroProjectView> CloseAsync(Guid id, MicroNoteRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Close, (p, today, pars) =>
    {
        p.ClosedOn = today;
        Move(p, MicroProjectStage.Closed, today);
        support.Log(p, today, "结项", r.Note, null);
        return Task.FromResult((Notice("结项公示", p, $"项目已完成并结项，决算金额{Money(p.AcceptanceAmount ?? p.ContractAmount ?? p.Budget)}元。"), pars.NoticeDays));
    }, ct);

    public Task<MicroProjectView> TerminateAsync(Guid id, MicroNoteRequest r, CancellationToken ct) => StepAsync(id, MicroProjectAction.Terminate, (p, today, pars) =>
    {
        var reason = Required(r.Note, "note", "请填写终止的理由");
        p.EndReason = reason;
        p.ClosedOn = today;
        Move(p, MicroProjectStage.Terminated, today);
        support.Log(p, today, "终止", reason, null);
        return Task.FromResult((Notice("项目终止公示", p, $"经街道决定，项目终止实施。理由：{reason}"), pars.NoticeDays));
    }, ct);

    private async Task<MicroProjectView> StepAsync(Guid id, MicroProjectAction action,
        Func<MicroProject, DateOnly, MicroParams, Task<((string Title, string Text) Notice, int Days)>> step, CancellationToken ct)
    {
        var p = await LoadAsync(id, action, ct);
        var today = ChinaTime.Today(clock);
        var pars = await support.ParamsAsync(today, p.DivisionCode, ct);
        var (notice, days) = await step(p, today, pars);
        p.Version++;
        await support.PublishAsync(p, $"{p.CommunityName}民生微实事{notice.Title}：{p.Title}", notice.Text, today, days, ct);
        await db.SaveChangesAsync(ct);
        return await projects.ViewAsync(p, ct);
    }

    private async Task<MicroProject> LoadAsync(Guid id, MicroProjectAction action, CancellationToken ct)
    {
        if (!user.Has(Permissions.CommunityRead) && !user.Has(Permissions.CommunityWrite) && !user.Has(Permissions.CommunityApprove))
        {
            throw new ForbiddenException();
        }
        var p = await db.MicroProjects.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("项目不存在或不在您的辖区内");
        if (!MayAct(user, action, p))
        {
            if (action == MicroProjectAction.Approve && user.Has(Permissions.CommunityApprove))
            {
                throw new BusinessRuleException("不能审核确定自己登记的项目（经办与审核须由不同人员完成）");
            }
            throw new ForbiddenException($"您的角色无权{MicroProjectNames.Of(action)}");
        }
        if (!MicroProjectRules.Allowed(p.Stage, action))
        {
            throw new BusinessRuleException(MicroProjectRules.NotAllowedMessage(p.Stage, action));
        }
        return p;
    }

    private static void Move(MicroProject p, MicroProjectStage to, DateOnly today)
    {
        p.Stage = to;
        p.StageSince = today;
    }

    private static (string, string) Notice(string title, MicroProject p, string text) => (title, text);

    private static string Required(string? value, string field, string message)
    {
        var v = (value ?? "").Trim();
        if (v.Length < 2)
        {
            throw new FieldValidationException(field, message);
        }
        return v.Length > 500 ? v[..500] : v;
    }

    private static string Share(decimal ratio) => ratio == 0.5m ? "二分之一" : ratio.ToString("P0", System.Globalization.CultureInfo.InvariantCulture);

    private static string Money(decimal v) => MicroProjectSupport.Money(v);
}
