using System.Globalization;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Temporary;

/// <summary>
/// 临时救助: registration → street decision (approves up to its limit, otherwise forwards) →
/// district decision above the limit. 急难型 is granted first and its papers are due within
/// the configured working days of the grant (社会救助暂行办法 art. 48).
/// </summary>
internal sealed class TemporaryWorkflow(AssistanceDb db, ParameterStore parameters, WorkingDayCalendar calendar, ICurrentUser user, TimeProvider clock)
{
    public const string RescueSource = "rescue";

    public async Task<TemporaryCaseView> CreateAsync(CreateTemporaryRequest r, CancellationToken ct)
    {
        if (!user.Has(Permissions.AssistanceApply))
        {
            throw new ForbiddenException();
        }
        var c = await NewCaseAsync(r, checkJurisdiction: true, ct);
        Record(c, "登记申请", r.Reason);
        db.TemporaryCases.Add(c);
        await db.SaveChangesAsync(ct);
        return TemporaryQueries.ToView(c, ChinaTime.Today(clock));
    }

    /// <summary>Validates and prices a new case; referrals from Rescue skip the worker's jurisdiction check.</summary>
    internal async Task<TemporaryCase> NewCaseAsync(CreateTemporaryRequest r, bool checkJurisdiction, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (!Enum.TryParse<TemporaryKind>(r.Kind ?? "", ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            errors.Add("kind", "请选择救助类型（Urgent 急难型、Transitional 过渡型）");
        }
        var division = DivisionCodes.Normalize(r.DivisionCode);
        if (division is null || division.Length < 9 || !division.StartsWith("4403", StringComparison.Ordinal))
        {
            errors.Add("divisionCode", "请填写办理的街道或社区区划代码（深圳市内）");
        }
        else if (checkJurisdiction && (user.Jurisdiction is null || !DivisionCodes.IsWithin(division, user.Jurisdiction)))
        {
            errors.Add("divisionCode", "该区划不在您的辖区内");
        }
        string? id = null;
        if (!string.IsNullOrWhiteSpace(r.IdNumber))
        {
            if (IdNumber.TryParse(r.IdNumber, today, null, out var info, out var idError))
            {
                id = info!.Normalized;
            }
            else
            {
                errors.Add("idNumber", idError!);
            }
        }
        else if (string.IsNullOrWhiteSpace(r.PersonDescription))
        {
            errors.Add("personDescription", "无身份证号码的，请描述其性别、大致年龄、发现地点和体貌特征");
        }
        if (string.IsNullOrWhiteSpace(r.ApplicantName) && id is not null)
        {
            errors.Add("applicantName", "请填写申请人姓名");
        }
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            errors.Add("reason", "请填写困难情形（如火灾、交通事故、突发重病、流浪滞留等）");
        }
        if (r.HouseholdSize is < 1 or > 20)
        {
            errors.Add("householdSize", "家庭人数须为1至20人");
        }
        if (r.Amount is null or <= 0)
        {
            errors.Add("amount", "请填写申请救助金额");
        }
        errors.ThrowIfAny();
        var policy = await PolicyAsync(today, division!, ct);
        if (TemporaryRules.CheckAmount(kind, r.Amount!.Value, policy) is { } capError)
        {
            throw new FieldValidationException("amount", capError);
        }
        var c = new TemporaryCase
        {
            Kind = kind, Status = TemporaryStatus.Pending, ApplicantName = string.IsNullOrWhiteSpace(r.ApplicantName) ? "姓名不详" : r.ApplicantName.Trim(),
            IdNumber = id, PersonDescription = Trim(r.PersonDescription), ShenzhenHukou = r.ShenzhenHukou, HouseholdSize = r.HouseholdSize ?? 1,
            DivisionCode = division!, Reason = r.Reason!.Trim(), RequestedAmount = MeansTest.Money(r.Amount.Value), SubmittedOn = today,
        };
        Price(c, c.RequestedAmount, policy);
        return c;
    }

    /// <summary>The street approves up to its limit, forwards larger amounts to the district, or refuses.</summary>
    public Task<TemporaryCaseView> StreetDecideAsync(Guid id, TemporaryDecisionRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, Permissions.AssistanceReview, TemporaryStatus.Pending, async (c, today) =>
        {
            if (!await DecideAsync(c, r, today, ct))
            {
                return "街道审核：不予救助";
            }
            if (c.Level == ApprovalLevel.Street)
            {
                await GrantAsync(c, c.RequestedAmount, today, ct);
                return c.Kind == TemporaryKind.Urgent ? "街道先行救助（批准）" : "街道审批：批准";
            }
            c.Status = TemporaryStatus.AwaitingDistrict;
            return $"街道审核：超出街道审批权限（{TemporaryRules.Yuan(c.StreetLimit)} 元），报区审批";
        }, r.Note, ct);

    public Task<TemporaryCaseView> DistrictDecideAsync(Guid id, TemporaryDecisionRequest r, CancellationToken ct) =>
        StepAsync(id, r.Version, Permissions.AssistanceApprove, TemporaryStatus.AwaitingDistrict, async (c, today) =>
        {
            if (!await DecideAsync(c, r, today, ct))
            {
                return "区审批：不予救助";
            }
            await GrantAsync(c, c.RequestedAmount, today, ct);
            return "区审批：批准";
        }, r.Note, ct);

    /// <summary>急难型: the papers that follow the grant have been handed in.</summary>
    public Task<TemporaryCaseView> PapersReceivedAsync(Guid id, TemporaryNoteRequest r, CancellationToken ct) =>
        StepAsync(id, null, Permissions.AssistanceAccept, null, (c, today) =>
        {
            if (c.Kind != TemporaryKind.Urgent || c.Status == TemporaryStatus.Refused)
            {
                throw new BusinessRuleException("只有急难型且未被拒绝的案件需要补交材料");
            }
            if (c.PapersReceivedOn is not null)
            {
                throw new BusinessRuleException($"材料已于 {c.PapersReceivedOn:yyyy-MM-dd} 补齐");
            }
            c.PapersReceivedOn = today;
            var late = c.PapersDueOn is { } due && today > due;
            return Task.FromResult(late ? $"补齐材料（逾期，时限 {c.PapersDueOn:yyyy-MM-dd}）" : "补齐材料");
        }, r.Note, ct);

    /// <summary>Records money handed over; the total may not exceed the approved amount.</summary>
    public Task<TemporaryCaseView> PayAsync(Guid id, TemporaryPaymentRequest r, CancellationToken ct) =>
        StepAsync(id, null, Permissions.AssistanceAccept, TemporaryStatus.Approved, (c, today) =>
        {
            var on = r.PaidOn ?? today;
            if (r.Amount is null or <= 0)
            {
                throw new FieldValidationException("amount", "请填写发放金额");
            }
            if (on > today || on < c.DecidedOn)
            {
                throw new FieldValidationException("paidOn", "发放日期须在批准之日至今天之间");
            }
            var paid = c.Payments.Sum(p => p.Amount);
            if (paid + r.Amount.Value > c.ApprovedAmount)
            {
                throw new BusinessRuleException($"累计发放 {TemporaryRules.Yuan(paid + r.Amount.Value)} 元将超过批准金额 {TemporaryRules.Yuan(c.ApprovedAmount ?? 0)} 元");
            }
            var payment = new TemporaryPayment { CaseId = c.Id, PaidOn = on, Amount = MeansTest.Money(r.Amount.Value), Note = Trim(r.Note), UserName = user.UserName };
            c.Payments.Add(payment);
            db.TemporaryPayments.Add(payment);
            return Task.FromResult($"发放救助金 {TemporaryRules.Yuan(payment.Amount)} 元（{on:yyyy-MM-dd}）");
        }, r.Note, ct);

    /// <summary>Common to both levels: a refusal needs a reason; an approval re-checks the amount against the cap in force today.</summary>
    private async Task<bool> DecideAsync(TemporaryCase c, TemporaryDecisionRequest r, DateOnly today, CancellationToken ct)
    {
        if (r.Approve is null)
        {
            throw new FieldValidationException("approve", "请选择批准或不予救助");
        }
        if (r.Approve == false)
        {
            if (string.IsNullOrWhiteSpace(r.Note))
            {
                throw new FieldValidationException("note", "不予救助须书面说明理由");
            }
            c.Status = TemporaryStatus.Refused;
            c.DecidedOn = today;
            c.DecisionNote = r.Note.Trim();
            return false;
        }
        var amount = MeansTest.Money(r.Amount ?? c.RequestedAmount);
        var policy = await PolicyAsync(today, c.DivisionCode, ct);
        if (TemporaryRules.CheckAmount(c.Kind, amount, policy) is { } capError)
        {
            throw new FieldValidationException("amount", capError);
        }
        c.RequestedAmount = amount;
        Price(c, amount, policy);
        return true;
    }

    private async Task GrantAsync(TemporaryCase c, decimal amount, DateOnly today, CancellationToken ct)
    {
        c.Status = TemporaryStatus.Approved;
        c.ApprovedAmount = amount;
        c.DecidedOn = today;
        if (c.Kind == TemporaryKind.Urgent && c.PapersReceivedOn is null)
        {
            var days = (int)await parameters.GetDecimalAsync(AssistanceParameters.TemporaryPapersWorkingDays, today, c.DivisionCode, ct);
            c.PapersDueOn = await calendar.AddWorkingDaysAsync(today, days, ct);
        }
    }

    private static void Price(TemporaryCase c, decimal amount, TemporaryPolicy p)
    {
        c.Standard = p.Standard;
        c.Cap = TemporaryRules.Cap(c.Kind, p);
        c.StreetLimit = TemporaryRules.StreetLimit(p);
        c.Level = TemporaryRules.Route(amount, p);
    }

    internal async Task<TemporaryPolicy> PolicyAsync(DateOnly date, string division, CancellationToken ct)
    {
        string[] keys = [AssistanceParameters.MlgStandard, AssistanceParameters.TemporaryUrgentCapMultiple,
            AssistanceParameters.TemporaryTransitionalCapMultiple, AssistanceParameters.TemporaryStreetLimitMultiple];
        var found = await parameters.FindManyAsync(keys, date, division, ct);
        decimal Get(string key) => found.TryGetValue(key, out var p)
            ? decimal.Parse(p.Value, CultureInfo.InvariantCulture)
            : throw new BusinessRuleException($"{parameters.Definition(key)?.DisplayName ?? key} 在 {date:yyyy-MM-dd} 没有生效的取值");
        return new TemporaryPolicy(Get(keys[0]), Get(keys[1]), Get(keys[2]), Get(keys[3]));
    }

    private async Task<TemporaryCaseView> StepAsync(Guid id, int? version, string permission, TemporaryStatus? from,
        Func<TemporaryCase, DateOnly, Task<string>> apply, string? note, CancellationToken ct)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
        var c = await db.TemporaryCases.Include(x => x.Steps).Include(x => x.Payments).AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct)
            ?? throw new NotFoundException();
        if (version is { } v && v != c.Version)
        {
            throw new BusinessRuleException("该案件已被他人处理，请刷新后重试");
        }
        if (from is { } expected && c.Status != expected)
        {
            throw new BusinessRuleException($"案件当前状态为 {TemporaryRules.StatusName(c.Status)}，不能办理此环节");
        }
        var today = ChinaTime.Today(clock);
        var action = await apply(c, today);
        c.Version++;
        Record(c, action, note);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该案件已被他人处理，请刷新后重试");
        }
        return TemporaryQueries.ToView(c, today);
    }

    internal void Record(TemporaryCase c, string action, string? note)
    {
        var step = new TemporaryStep
        {
            CaseId = c.Id, AtUtc = clock.GetUtcNow().UtcDateTime, Action = action.Length > 64 ? action[..64] : action, UserName = user.UserName,
            Role = user.Role, Note = Trim(note),
        };
        c.Steps.Add(step);
        db.Add(step);
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
