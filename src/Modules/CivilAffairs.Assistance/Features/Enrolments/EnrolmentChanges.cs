using System.Globalization;
using System.Text.Json;
using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Assistance.Features.Calculation;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>
/// Changes to an enrolled household. Every change names the first month it applies to, writes
/// an <see cref="EnrolmentEvent"/>, and member or income changes recompute the monthly amount
/// through the trial calculation (the same parameters and the same <see cref="MeansTest"/>).
/// </summary>
internal sealed class EnrolmentChanges(AssistanceDb db, CalculateHandler calculator, ICurrentUser user, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static bool CountsIn(EnrolmentMember m, DateOnly month) => (m.JoinedFrom is null || m.JoinedFrom <= month) && (m.LeftFrom is null || m.LeftFrom > month);

    public Task<EnrolmentDetail> SetBankAccountAsync(Guid id, BankAccountRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, Permissions.AssistanceEnrolment, async (e, today) =>
        {
            var errors = new FieldErrors();
            var account = new string((r.Account ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
            if (string.IsNullOrWhiteSpace(r.BankName))
            {
                errors.Add("bankName", "请填写开户银行");
            }
            if (account.Length is < 12 or > 30 || !account.All(char.IsAsciiDigit))
            {
                errors.Add("account", "银行账号须为12至30位数字");
            }
            errors.ThrowIfAny();
            e.BankName = r.BankName!.Trim();
            e.BankAccount = account;
            await Task.CompletedTask;
            return ("变更银行账户", NextMonth(today), $"{e.BankName} {Masking.BankAccount(account)}");
        }, ct);

    public Task<EnrolmentDetail> AddMemberAsync(Guid id, AddMemberRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, Permissions.AssistanceEnrolment, async (e, today) =>
        {
            var errors = new FieldErrors();
            var month = Month(r.EffectiveMonth, e, errors);
            IdNumberInfo? info = null;
            if (!IdNumber.TryParse(r.IdNumber, today, null, out info, out var idError))
            {
                errors.Add("idNumber", idError!);
            }
            else if (e.Members.Any(m => m.IdNumber == info!.Normalized && m.LeftFrom is null))
            {
                errors.Add("idNumber", "该人员已是本户成员");
            }
            if (string.IsNullOrWhiteSpace(r.Name))
            {
                errors.Add("name", "请填写姓名");
            }
            if (string.IsNullOrWhiteSpace(r.Relation) || r.Relation.Trim().Length != 2 || !r.Relation.Trim().All(char.IsAsciiDigit) || r.Relation.Trim() == "02")
            {
                errors.Add("relation", "请选择与户主的关系");
            }
            if (r.MonthlyIncome is < 0)
            {
                errors.Add("monthlyIncome", "收入不能为负数");
            }
            if (r.DisabilityGrade is < 1 or > 4)
            {
                errors.Add("disabilityGrade", "残疾等级须为1至4级");
            }
            RequireReason(r.Reason, errors);
            errors.ThrowIfAny();
            var member = new EnrolmentMember
            {
                EnrolmentId = e.Id, IdNumber = info!.Normalized, Name = r.Name!.Trim(), Relation = r.Relation!.Trim(), BirthDate = info.BirthDate,
                MonthlyIncome = r.MonthlyIncome ?? 0, DisabilityGrade = r.DisabilityGrade, SeriousIllness = r.SeriousIllness, Student = r.Student,
                ShenzhenHukou = r.ShenzhenHukou, JoinedFrom = month,
            };
            e.Members.Add(member);
            db.EnrolmentMembers.Add(member);
            return ("增加成员", month!.Value, $"{r.Reason!.Trim()}；{await RecomputeAsync(e, month.Value, ct)}");
        }, ct);

    public Task<EnrolmentDetail> MemberLeavesAsync(Guid id, Guid memberId, MemberChangeRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, Permissions.AssistanceEnrolment, async (e, _) =>
        {
            var m = e.Members.FirstOrDefault(x => x.Id == memberId) ?? throw new NotFoundException("该成员不属于本户");
            if (m.LeftFrom is not null)
            {
                throw new BusinessRuleException($"该成员已于 {m.LeftFrom:yyyy-MM} 起减员");
            }
            var errors = new FieldErrors();
            var month = Month(r.EffectiveMonth, e, errors);
            RequireReason(r.Reason, errors);
            errors.ThrowIfAny();
            m.LeftFrom = month;
            m.LeftReason = r.Reason!.Trim();
            return ("减少成员", month!.Value, $"{m.LeftReason}；{await RecomputeAsync(e, month.Value, ct)}");
        }, ct);

    public Task<EnrolmentDetail> IncomeChangeAsync(Guid id, Guid memberId, MemberChangeRequest r, CancellationToken ct) =>
        ChangeAsync(id, r.Version, Permissions.AssistanceEnrolment, async (e, _) =>
        {
            var m = e.Members.FirstOrDefault(x => x.Id == memberId && x.LeftFrom == null) ?? throw new NotFoundException("该成员不属于本户或已减员");
            var errors = new FieldErrors();
            var month = Month(r.EffectiveMonth, e, errors);
            if (r.MonthlyIncome is null or < 0)
            {
                errors.Add("monthlyIncome", "请填写变更后的月收入（不能为负数）");
            }
            RequireReason(r.Reason, errors);
            errors.ThrowIfAny();
            var before = m.MonthlyIncome;
            m.MonthlyIncome = r.MonthlyIncome!.Value;
            m.IncomeItemsJson = null; // the clerk states the new total; old items no longer describe it
            return ("收入变更", month!.Value, $"月收入 {before:0.00} → {m.MonthlyIncome:0.00} 元，{r.Reason!.Trim()}；{await RecomputeAsync(e, month.Value, ct)}");
        }, ct);

    public Task<EnrolmentDetail> SuspendAsync(Guid id, StatusChangeRequest r, CancellationToken ct) =>
        StatusAsync(id, r, Permissions.AssistanceEnrolment, EnrolmentStatus.Active, EnrolmentStatus.Suspended, "暂停发放", ct);

    public Task<EnrolmentDetail> ResumeAsync(Guid id, StatusChangeRequest r, CancellationToken ct) =>
        StatusAsync(id, r, Permissions.AssistanceEnrolment, EnrolmentStatus.Suspended, EnrolmentStatus.Active, "恢复发放", ct);

    public Task<EnrolmentDetail> StopAsync(Guid id, StatusChangeRequest r, CancellationToken ct) =>
        StatusAsync(id, r, Permissions.AssistanceApprove, null, EnrolmentStatus.Stopped, "终止保障", ct);

    private Task<EnrolmentDetail> StatusAsync(Guid id, StatusChangeRequest r, string permission, EnrolmentStatus? from, EnrolmentStatus to, string kind,
        CancellationToken ct) =>
        ChangeAsync(id, r.Version, permission, (e, today) =>
        {
            if (from is { } f && e.Status != f)
            {
                throw new BusinessRuleException($"当前状态为{EnrolmentQueries.StatusName(e.Status.ToString())}，不能{kind}");
            }
            var errors = new FieldErrors();
            var month = string.IsNullOrWhiteSpace(r.EffectiveMonth) ? Max(NextMonth(today), e.EnrolFrom) : Month(r.EffectiveMonth, e, errors);
            RequireReason(r.Reason, errors);
            errors.ThrowIfAny();
            e.Status = to;
            e.StatusReason = r.Reason!.Trim();
            e.StoppedFrom = to == EnrolmentStatus.Stopped ? month : null;
            return Task.FromResult((kind, month!.Value, (string?)e.StatusReason));
        }, ct);

    /// <summary>
    /// The household's amount from <paramref name="month"/> with the members who count then, by
    /// the trial calculation (parameters in force that month, in the household's district).
    /// </summary>
    internal async Task<string> RecomputeAsync(Enrolment e, DateOnly month, CancellationToken ct)
    {
        var before = e.MonthlyBenefit;
        var members = e.Members.Where(m => CountsIn(m, month)).OrderBy(m => m.Relation == "02" ? 0 : 1).ThenBy(m => m.BirthDate).ToList();
        if (members.Count == 0)
        {
            e.MonthlyBenefit = 0;
            return "户内已无在保成员";
        }
        var result = await calculator.HandleAsync(new CalculationRequest
        {
            Programme = e.Programme.ToString(), Date = month, DivisionCode = e.DivisionCode, Members = members.Select(ToCalculation).ToList(),
            Assets = new CalculationAssets
            {
                FinancialAssets = e.FinancialAssets, ResidentialUnits = e.ResidentialUnits, NonResidentialUnits = e.NonResidentialUnits,
                Vehicles = e.Vehicles, BusinessRegistrations = e.BusinessRegistrations,
            },
        }, ct);
        e.MonthlyBenefit = result.MonthlyBenefit;
        var text = string.Create(CultureInfo.InvariantCulture, $"{members.Count}人，月救助金 {before:0.00} → {e.MonthlyBenefit:0.00} 元");
        return result.Eligible ? text : $"{text}（已不符合条件：{string.Join("；", result.Reasons)}，请复核是否终止）";
    }

    private static CalculationMember ToCalculation(EnrolmentMember m) => new()
    {
        BirthDate = m.BirthDate, Relation = m.Relation, MonthlyIncome = m.MonthlyIncome,
        IncomeItems = m.IncomeItemsJson is null ? null : JsonSerializer.Deserialize<List<CalculationIncomeItem>>(m.IncomeItemsJson, Json),
        DisabilityGrade = m.DisabilityGrade, SeriousIllness = m.SeriousIllness, Student = m.Student, ShenzhenHukou = m.ShenzhenHukou,
        Adl = m.AdlNotAchieved is { } n ? AdlWith(n) : null,
    };

    /// <summary>The count of indicators not achieved is what the rules use; which ones does not matter.</summary>
    private static CalculationAdl AdlWith(int notAchieved) => new()
    {
        Eating = notAchieved < 1, Dressing = notAchieved < 2, Transferring = notAchieved < 3, Toileting = notAchieved < 4, Walking = notAchieved < 5, Bathing = notAchieved < 6,
    };

    private async Task<EnrolmentDetail> ChangeAsync(Guid id, int? version, string permission,
        Func<Enrolment, DateOnly, Task<(string Kind, DateOnly Effective, string? Note)>> apply, CancellationToken ct)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
        var e = await db.Enrolments.Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (version is { } v && v != e.Version)
        {
            throw new BusinessRuleException("该家庭已被他人修改，请刷新后重试");
        }
        if (e.Status == EnrolmentStatus.Stopped)
        {
            throw new BusinessRuleException("该家庭已终止保障，不能再变更");
        }
        var today = ChinaTime.Today(clock);
        var (kind, effective, note) = await apply(e, today);
        e.Version++;
        var ev = new EnrolmentEvent { EnrolmentId = e.Id, AtUtc = clock.GetUtcNow().UtcDateTime, EffectiveFrom = effective, Kind = kind, Note = note, UserName = user.UserName };
        db.EnrolmentEvents.Add(ev);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该家庭已被他人修改，请刷新后重试");
        }
        var events = await db.EnrolmentEvents.AsNoTracking().Where(x => x.EnrolmentId == id).ToListAsync(ct);
        return EnrolmentQueries.ToDetail(e, events, today);
    }

    private static DateOnly NextMonth(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(1);

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>"yyyy-MM", not before the first month paid.</summary>
    private static DateOnly? Month(string? text, Enrolment e, FieldErrors errors)
    {
        if (!DateOnly.TryParseExact((text ?? "").Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            errors.Add("effectiveMonth", "请填写生效月份（yyyy-MM）");
            return null;
        }
        if (month < e.EnrolFrom)
        {
            errors.Add("effectiveMonth", $"生效月份不能早于起始发放月 {e.EnrolFrom:yyyy-MM}");
            return null;
        }
        return month;
    }

    private static void RequireReason(string? reason, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors.Add("reason", "请填写原因");
        }
    }
}
