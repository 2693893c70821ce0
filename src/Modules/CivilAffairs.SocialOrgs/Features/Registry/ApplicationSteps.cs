using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Registry;

/// <summary>
/// The steps: 受理 and 审查 by the registrar (socialorgs.write), 决定 by the approver
/// (socialorgs.approve) of the application's registration authority, never the reviewer; 补正
/// stops the clock until the documents come.
/// </summary>
internal sealed partial class Applications
{
    public async Task<ApplicationDetail> AcceptAsync(Guid id, AcceptRequest r, CancellationToken ct)
    {
        RequireWrite();
        var app = await ForStepAsync(id, ApplicationStatus.Submitted, "受理", ct);
        if (app.Kind == ApplicationKind.Deregistration)
        {
            app.LiquidationReportConfirmed |= r.LiquidationReportConfirmed;
            if (!app.LiquidationReportConfirmed)
            {
                throw new FieldValidationException("liquidationReportConfirmed", "注销登记须提交经确认的清算报告，材料不齐的请退回补正");
            }
        }
        app.Status = ApplicationStatus.Accepted;
        app.AcceptedBy = user.UserName;
        app.AcceptedOn = Today;
        await SetDeadlinesAsync(app, ct);
        return await SaveAsync(app, ct);
    }

    public async Task<ApplicationDetail> ReturnAsync(Guid id, ReturnRequest r, CancellationToken ct)
    {
        RequireWrite();
        var app = await LoadAsync(id, ct);
        EnsureAuthority(app);
        if (app.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Accepted))
        {
            throw new BusinessRuleException($"申请状态为“{RegistryNames.Of(app.Status)}”，不能退回补正");
        }
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请一次性告知需要补正的材料");
        }
        app.ResumeStatus = app.Status;
        app.Status = ApplicationStatus.Returned;
        app.ReturnedOn = Today;
        app.ReturnReason = r.Reason.Trim();
        return await SaveAsync(app, ct);
    }

    /// <summary>The documents came: the application goes back where it was and its limits move by the days it waited.</summary>
    public async Task<ApplicationDetail> ResumeAsync(Guid id, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsWrite) && !user.Has(Permissions.SocialOrgsSelf))
        {
            throw new ForbiddenException();
        }
        var app = await LoadAsync(id, ct);
        if (!access.IsOrganization)
        {
            RequireWrite();
            EnsureAuthority(app);
        }
        if (app.Status != ApplicationStatus.Returned || app.ReturnedOn is not { } returned)
        {
            throw new BusinessRuleException("申请不在补正中");
        }
        if (app.AcceptedOn is not null)
        {
            var days = await calendar.GetAsync(ct);
            app.PausedWorkingDays += days.CountBetween(returned, Today);
            app.PausedDays += Today.DayNumber - returned.DayNumber;
        }
        app.Status = app.ResumeStatus ?? ApplicationStatus.Submitted;
        app.ResumeStatus = null;
        if (app.AcceptedOn is not null)
        {
            await SetDeadlinesAsync(app, ct);
        }
        return await SaveAsync(app, ct);
    }

    public async Task<ApplicationDetail> ReviewAsync(Guid id, ReviewRequest r, CancellationToken ct)
    {
        RequireWrite();
        var app = await ForStepAsync(id, ApplicationStatus.Accepted, "审查", ct);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Opinion))
        {
            errors.Add("opinion", "请填写审查意见");
        }
        if (app.Kind == ApplicationKind.Establishment)
        {
            var orgCode = string.IsNullOrWhiteSpace(r.OrgCode) ? app.OrgCode : r.OrgCode.Trim();
            var (code, problem) = RegistryRules.AssembleCode(app.Type!.Value, app.AuthorityCode, orgCode);
            if (code is null)
            {
                errors.Add("orgCode", problem == CreditCodeProblem.Empty ? "请填写全国组织机构统一社会信用代码数据服务中心赋予的主体标识码（8或9位）"
                    : problem == CreditCodeProblem.WrongLength ? "主体标识码应为8位（第9位自动计算）或9位" : CreditCode.Message(problem)!);
            }
            errors.ThrowIfAny();
            await EnsureCodeFreeAsync(code!, ct);
            app.OrgCode = orgCode;
        }
        errors.ThrowIfAny();
        app.Status = ApplicationStatus.Reviewed;
        app.ReviewedBy = user.UserName;
        app.ReviewedOn = Today;
        app.ReviewOpinion = r.Opinion!.Trim();
        return await SaveAsync(app, ct);
    }

    public async Task<ApplicationDetail> DecideAsync(Guid id, DecideRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.SocialOrgsApprove))
        {
            throw new ForbiddenException("只有登记管理机关的审批人可以作出登记决定");
        }
        var app = await ForStepAsync(id, ApplicationStatus.Reviewed, "决定", ct);
        if (string.Equals(app.ReviewedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("审查人不能对自己审查的申请作出决定（审查与决定应由不同人员办理）");
        }
        if (!r.Approve && string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "不予登记应说明理由");
        }
        if (r.Approve)
        {
            await ApplyAsync(app, ct);
        }
        app.Status = r.Approve ? ApplicationStatus.Approved : ApplicationStatus.Refused;
        app.DecidedBy = user.UserName;
        app.DecidedOn = Today;
        app.DecisionReason = string.IsNullOrWhiteSpace(r.Reason) ? null : r.Reason.Trim();
        return await SaveAsync(app, ct);
    }

    private async Task EnsureCodeFreeAsync(string code, CancellationToken ct)
    {
        if (await db.Organizations.IgnoreQueryFilters().AnyAsync(o => o.CreditCode == code, ct))
        {
            throw new BusinessRuleException($"统一社会信用代码 {code} 已被其他社会组织使用，请核对主体标识码");
        }
    }

    private async Task<RegistrationApplication> ForStepAsync(Guid id, ApplicationStatus expected, string step, CancellationToken ct)
    {
        var app = await LoadAsync(id, ct);
        EnsureAuthority(app);
        if (app.Status != expected)
        {
            throw new BusinessRuleException($"申请状态为“{RegistryNames.Of(app.Status)}”，不能{step}");
        }
        return app;
    }

    /// <summary>Only the registration authority's own staff act (the city may act on all).</summary>
    private void EnsureAuthority(RegistrationApplication app)
    {
        if (access.IsOrganization || !DivisionCodes.IsWithin(app.AuthorityCode, user.Jurisdiction ?? "#"))
        {
            throw new ForbiddenException($"该申请由{RegistryNames.Authority(app.AuthorityCode)}办理，本机关不能办理");
        }
    }

    private async Task<RegistrationApplication> LoadAsync(Guid id, CancellationToken ct) =>
        await db.Applications.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("登记申请不存在或不在您的管辖范围内");

    private async Task SetDeadlinesAsync(RegistrationApplication app, CancellationToken ct)
    {
        var rates = await RatesAsync(app.DivisionCode, ct);
        var d = RegistryRules.DeadlinesFor(app.Kind, app.Type ?? SocialOrgType.SocialGroup, app.AcceptedOn!.Value, app.PausedWorkingDays, app.PausedDays,
            rates, await calendar.GetAsync(ct));
        app.DueOn = d.DueOn;
        app.StatutoryDueOn = d.StatutoryDueOn;
        app.DeadlineBasis = d.Basis;
    }

    private async Task<ApplicationDetail> SaveAsync(RegistrationApplication app, CancellationToken ct)
    {
        app.UpdatedAtUtc = Now;
        app.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(app.Id, ct);
    }
}
