using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Assistance.Features.Enrolments;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Applications;

/// <summary>
/// 审核确认: submit → accept (5 working days) → street review and 公示 (7 days) → district
/// decision (3 working days after the publicity). Every step checks the role, runs inside the
/// jurisdiction filter, sets the next deadline from the official calendar and is recorded.
/// </summary>
internal sealed class ApplicationWorkflow(AssistanceDb db, CalculateHandler calculator, ParameterStore parameters,
    WorkingDayCalendar calendar, ICurrentUser user, TimeProvider clock, DecisionNumbers numbers)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ApplicationView> SubmitAsync(SubmitApplicationRequest r, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || division.Length < 9)
        {
            errors.Add("divisionCode", "请填写申请人居住的街道或社区区划代码");
        }
        else if (user.Jurisdiction is null || !DivisionCodes.IsWithin(division, user.Jurisdiction))
        {
            errors.Add("divisionCode", "该区划不在您的辖区内");
        }
        if (!IdNumber.TryParse(r.ApplicantIdNumber, today, null, out var applicant, out var idError))
        {
            errors.Add("applicantIdNumber", idError!);
        }
        if (string.IsNullOrWhiteSpace(r.ApplicantName))
        {
            errors.Add("applicantName", "请填写申请人姓名");
        }
        ApplicationRecords.CheckRelative(r.RelativeOfWorker, r.RelativeWorkerName, r.RelativeRelationship, errors);
        errors.ThrowIfAny();
        // the household must pass the same validation as the trial calculation
        var calculation = await calculator.HandleAsync(new CalculationRequest
        {
            Programme = r.Programme, Date = today, DivisionCode = division, Members = r.Members, Assets = r.Assets,
        }, ct);
        var open = await db.Applications.IgnoreQueryFilters()
            .AnyAsync(a => a.ApplicantIdNumber == applicant!.Normalized
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.Accepted || a.Status == ApplicationStatus.Publicizing), ct);
        if (open)
        {
            throw new BusinessRuleException("该申请人已有办理中的申请，不能重复申请");
        }
        var application = new Application
        {
            Programme = Enum.Parse<Programme>(calculation.Programme), ApplicantIdNumber = applicant!.Normalized, ApplicantName = r.ApplicantName!.Trim(),
            DivisionCode = division!, Status = ApplicationStatus.Submitted, SubmittedOn = today,
            DueOn = await AddWorkingDaysAsync(today, AssistanceParameters.AcceptWorkingDays, division!, ct),
            HouseholdJson = JsonSerializer.Serialize(new { r.Members, r.Assets }, Json), CalculatedBenefit = calculation.MonthlyBenefit,
            RelativeOfWorker = r.RelativeOfWorker, RelativeWorkerName = r.RelativeOfWorker ? r.RelativeWorkerName!.Trim() : null,
            RelativeRelationship = r.RelativeOfWorker ? r.RelativeRelationship!.Trim() : null,
        };
        Record(application, "提交申请", r.RelativeOfWorker ? "近亲属备案：申请人或家庭成员为经办人员近亲属" : null);
        db.Applications.Add(application);
        await db.SaveChangesAsync(ct);
        return ApplicationQueries.ToView(application, today);
    }

    public Task<ApplicationView> AcceptAsync(Guid id, ApplicationActionRequest r, CancellationToken ct) =>
        StepAsync(id, r, Permissions.AssistanceAccept, ApplicationStatus.Submitted, "受理", async (a, today) =>
        {
            if (a.Notice is { SuppliedOn: null })
            {
                throw new BusinessRuleException("已发出一次性告知，申请人补齐材料并登记后方可受理");
            }
            a.Status = ApplicationStatus.Accepted;
            a.DueOn = await AddWorkingDaysAsync(today, AssistanceParameters.ReviewWorkingDays, a.DivisionCode, ct);
        }, ct);

    public Task<ApplicationView> ReturnAsync(Guid id, ApplicationActionRequest r, CancellationToken ct) =>
        StepAsync(id, r, Permissions.AssistanceAccept, null, "退件", (a, today) =>
        {
            if (a.Status is not (ApplicationStatus.Submitted or ApplicationStatus.Accepted))
            {
                throw new BusinessRuleException("只有待受理或已受理的申请可以退件");
            }
            RequireNote(r, "请填写退件原因");
            a.Status = ApplicationStatus.Returned;
            a.DueOn = null;
            a.DecisionReason = r.Note!.Trim();
            return Task.CompletedTask;
        }, ct);

    /// <summary>The street's opinion after investigation; the case is then posted in the community.</summary>
    public Task<ApplicationView> ReviewAsync(Guid id, ApplicationActionRequest r, CancellationToken ct) =>
        StepAsync(id, r, Permissions.AssistanceReview, ApplicationStatus.Accepted, "街道审核并公示", async (a, today) =>
        {
            RequireNote(r, "请填写审核意见");
            if (a.RelativeOfWorker && !a.Investigations.Any(i => i.Kind == InvestigationKinds.HomeVisit))
            {
                throw new BusinessRuleException("申请人或家庭成员为经办人员近亲属（已备案），须先录入入户调查记录方可审核");
            }
            var days = (int)await parameters.GetDecimalAsync(AssistanceParameters.PublicityDays, today, a.DivisionCode, ct);
            a.Status = ApplicationStatus.Publicizing;
            a.PublicityEndsOn = today.AddDays(days);
            a.DueOn = await AddWorkingDaysAsync(a.PublicityEndsOn.Value, AssistanceParameters.ApproveWorkingDays, a.DivisionCode, ct);
        }, ct);

    public Task<ApplicationView> ObjectionAsync(Guid id, ApplicationActionRequest r, CancellationToken ct) =>
        StepAsync(id, r, Permissions.AssistanceReview, ApplicationStatus.Publicizing, "公示异议", (a, _) =>
        {
            RequireNote(r, "请填写异议内容及处理情况");
            return Task.CompletedTask;
        }, ct);

    /// <summary>The district approves (enrolment from next month) or refuses with written reasons.</summary>
    public Task<ApplicationView> DecideAsync(Guid id, ApplicationActionRequest r, CancellationToken ct) =>
        StepAsync(id, r, Permissions.AssistanceApprove, ApplicationStatus.Publicizing, r.Approve == true ? "区审批：批准" : "区审批：不予批准", async (a, today) =>
        {
            if (r.Approve is null)
            {
                throw new FieldValidationException("approve", "请选择批准或不予批准");
            }
            if (today <= a.PublicityEndsOn)
            {
                throw new BusinessRuleException($"公示期至 {a.PublicityEndsOn:yyyy-MM-dd} 结束，期满后方可审批");
            }
            if (r.Approve == false)
            {
                RequireNote(r, "不予批准须书面说明理由");
            }
            a.Status = r.Approve.Value ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
            a.DecidedOn = today;
            a.DueOn = null;
            a.DecisionReason = string.IsNullOrWhiteSpace(r.Note) ? null : r.Note.Trim();
            a.EnrolFrom = r.Approve.Value ? new DateOnly(today.Year, today.Month, 1).AddMonths(1) : null;
            a.DecisionNumber = await numbers.NextAsync(a.DivisionCode, today.Year, ct);
            if (r.Approve.Value)
            {
                await EnrolAsync(a, ct);
            }
        }, ct);

    /// <summary>Approval enrols the household in the same transaction, paid from the next month.</summary>
    private async Task EnrolAsync(Application a, CancellationToken ct)
    {
        var probe = EnrolmentFactory.FromApplication(a, a.EnrolFrom!.Value);
        var months = (int)await parameters.GetDecimalAsync(AssistanceParameters.ReviewMonthsKey(probe.ReviewCategory), a.EnrolFrom!.Value, a.DivisionCode, ct);
        probe.NextReviewOn = a.EnrolFrom!.Value.AddMonths(months);
        db.Enrolments.Add(probe);
        db.EnrolmentEvents.Add(new EnrolmentEvent
        {
            EnrolmentId = probe.Id, AtUtc = clock.GetUtcNow().UtcDateTime, EffectiveFrom = probe.EnrolFrom, Kind = "纳入保障",
            Note = $"申请批准，自{probe.EnrolFrom:yyyy年M月}起发放", UserName = user.UserName,
        });
    }

    private async Task<ApplicationView> StepAsync(Guid id, ApplicationActionRequest r, string permission, ApplicationStatus? from, string action,
        Func<Application, DateOnly, Task> apply, CancellationToken ct)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
        var a = await db.Applications.Include(x => x.Steps).Include(x => x.Notice).Include(x => x.Investigations).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (r.Version is { } v && v != a.Version)
        {
            throw new BusinessRuleException("该申请已被他人处理，请刷新后重试");
        }
        if (from is { } expected && a.Status != expected)
        {
            throw new BusinessRuleException($"申请当前状态为 {ApplicationQueries.StatusName(a.Status)}，不能执行“{action}”");
        }
        var today = ChinaTime.Today(clock);
        await apply(a, today);
        a.Version++;
        Record(a, action, r.Note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // a stale version, or a decision number taken at the same moment by another decision
            throw new BusinessRuleException("该申请已被他人处理，请刷新后重试");
        }
        return ApplicationQueries.ToView(a, today);
    }

    private void Record(Application a, string action, string? note) => AddStep(db, a, action, note, user, clock);

    /// <summary>One history row for the application, by the current user (used by every step and record).</summary>
    internal static void AddStep(AssistanceDb db, Application a, string action, string? note, ICurrentUser user, TimeProvider clock)
    {
        var step = new ApplicationStep
        {
            ApplicationId = a.Id, AtUtc = clock.GetUtcNow().UtcDateTime, Action = action, UserName = user.UserName, Role = user.Role,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
        a.Steps.Add(step);
        // added explicitly: a client-generated key would otherwise make EF take the step for an existing row
        db.Add(step);
    }

    private static void RequireNote(ApplicationActionRequest r, string message)
    {
        if (string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", message);
        }
    }

    private async Task<DateOnly> AddWorkingDaysAsync(DateOnly from, string key, string division, CancellationToken ct) =>
        await calendar.AddWorkingDaysAsync(from, (int)await parameters.GetDecimalAsync(key, from, division, ct), ct);
}
