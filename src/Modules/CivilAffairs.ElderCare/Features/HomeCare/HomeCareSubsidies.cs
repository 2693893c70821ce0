using System.Globalization;
using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.HomeCare;

/// <summary>
/// 居家养老服务补贴: community or street staff apply for a 户籍 elder aged 60+, the tier is chosen
/// from ElderFacts and the parameters (the highest line only), the street approves (not the
/// applicant) and payment runs from the next month; a recheck recomputes and records changes.
/// </summary>
internal sealed class HomeCareSubsidies(ElderCareDb db, ElderFacts facts, IElderDirectory directory, ICurrentUser user, ProviderScope provider,
    ParameterStore parameters, TimeProvider clock)
{
    public static string StatusName(HomeCareSubsidyStatus s) => s switch
    {
        HomeCareSubsidyStatus.Submitted => "待审批",
        HomeCareSubsidyStatus.Approved => "享受中",
        HomeCareSubsidyStatus.Refused => "不予批准",
        _ => "已停发",
    };

    public async Task<List<SubsidyView>> ListAsync(SubsidyListQuery q, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareRead);
        var query = db.HomeCareSubsidies.AsNoTracking();
        if (Enum.TryParse<HomeCareSubsidyStatus>(q.Status, true, out var st))
        {
            query = query.Where(s => s.Status == st);
        }
        if (Enum.TryParse<HomeCareTier>(q.Tier, true, out var tier))
        {
            query = query.Where(s => s.Tier == tier);
        }
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim().ToUpperInvariant();
            query = query.Where(s => s.Number == t || s.IdNumber == t);
        }
        var list = await query.OrderByDescending(s => s.AppliedOn).ThenByDescending(s => s.Number).Take(500).ToListAsync(ct);
        return await ViewsAsync(list, ct);
    }

    public async Task<SubsidyView> GetAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareRead);
        var s = await db.HomeCareSubsidies.AsNoTracking().Include(x => x.Events).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return (await ViewsAsync([s], ct))[0];
    }

    public async Task<SubsidyView> ApplyAsync(SubsidyApplication r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        HomeCareAccess.Require(user, Permissions.ElderCareWrite);
        var today = ChinaTime.Today(clock);
        var id = (r.IdNumber ?? "").Trim().ToUpperInvariant();
        if (!IdNumber.TryParse(id, today, null, out _, out _))
        {
            throw new FieldValidationException("idNumber", "请填写有效的18位公民身份号码");
        }
        var fact = await facts.GetAsync(id, today, ct) ?? throw new FieldValidationException("idNumber", "人口库中没有此居民，或不在您的辖区内");
        if (await db.HomeCareSubsidies.AnyAsync(s => s.IdNumber == id && (s.Status == HomeCareSubsidyStatus.Submitted || s.Status == HomeCareSubsidyStatus.Approved), ct))
        {
            throw new BusinessRuleException("该老人已有待审批或享受中的居家养老服务补贴");
        }
        var (result, basis) = await ChooseAsync(fact, today, ct);
        if (result.Tier is null)
        {
            throw new BusinessRuleException(result.Reason);
        }
        var s = new HomeCareSubsidy
        {
            PersonId = fact.PersonId, IdNumber = id, DivisionCode = fact.ResidenceDivisionCode, Status = HomeCareSubsidyStatus.Submitted,
            Tier = result.Tier.Value, MonthlyAmount = result.Amount, Basis = basis, Note = Trim(r.Note, 500), AppliedOn = today, AppliedBy = user.UserName,
            LastCheckedOn = today,
        };
        s.Events.Add(Event("申请", result.Reason));
        for (var attempt = 0; ; attempt++)
        {
            s.Number = await NextNumberAsync(today.Year, ct);
            if (attempt == 0)
            {
                db.HomeCareSubsidies.Add(s);
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3 && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                foreach (var e in db.ChangeTracker.Entries<HomeCareCounter>().ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
        return await GetAsync(s.Id, ct);
    }

    public async Task<SubsidyView> ApproveAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareApprove);
        var s = await LoadAsync(id, ct);
        if (s.Status != HomeCareSubsidyStatus.Submitted)
        {
            throw new BusinessRuleException("只有待审批的申请可以批准");
        }
        if (string.Equals(s.AppliedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessRuleException("申请人不能审批自己登记的申请");
        }
        var today = ChinaTime.Today(clock);
        s.Status = HomeCareSubsidyStatus.Approved;
        s.DecidedOn = today;
        s.DecidedBy = user.UserName;
        s.StartMonth = HomeCareRules.MonthStart(today).AddMonths(1);
        db.HomeCareSubsidyEvents.Add(Event("批准", $"自{s.StartMonth:yyyy年M月}起每月{s.MonthlyAmount:0.##}元", s.Id));
        return await SaveAsync(s, ct);
    }

    public async Task<SubsidyView> RefuseAsync(Guid id, ReasonRequest r, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareApprove);
        var reason = RequireReason(r, "请填写不予批准的理由");
        var s = await LoadAsync(id, ct);
        if (s.Status != HomeCareSubsidyStatus.Submitted)
        {
            throw new BusinessRuleException("只有待审批的申请可以不予批准");
        }
        s.Status = HomeCareSubsidyStatus.Refused;
        s.DecidedOn = ChinaTime.Today(clock);
        s.DecidedBy = user.UserName;
        s.RefusalReason = reason;
        db.HomeCareSubsidyEvents.Add(Event("不予批准", reason, s.Id));
        return await SaveAsync(s, ct);
    }

    public async Task<SubsidyView> StopAsync(Guid id, ReasonRequest r, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareApprove);
        var reason = RequireReason(r, "请填写停发原因（如迁出、死亡、不再符合条件）");
        var s = await LoadAsync(id, ct);
        if (s.Status != HomeCareSubsidyStatus.Approved)
        {
            throw new BusinessRuleException("只有享受中的补贴可以停发");
        }
        Stop(s, ChinaTime.Today(clock), reason);
        return await SaveAsync(s, ct);
    }

    /// <summary>复核: recompute the tier with today's facts; a change of tier or amount is recorded; no line left → stopped.</summary>
    public async Task<SubsidyView> RecheckAsync(Guid id, CancellationToken ct)
    {
        HomeCareAccess.Require(user, Permissions.ElderCareWrite);
        var s = await LoadAsync(id, ct);
        if (s.Status is not (HomeCareSubsidyStatus.Approved or HomeCareSubsidyStatus.Submitted))
        {
            throw new BusinessRuleException("只有待审批或享受中的补贴可以复核");
        }
        var today = ChinaTime.Today(clock);
        s.LastCheckedOn = today;
        var fact = await facts.GetAsync(s.IdNumber, today, ct);
        if (fact is null)
        {
            StopOrRefuse(s, today, "复核：人口库中已无此居民或已迁出本辖区");
            return await SaveAsync(s, ct);
        }
        var (result, basis) = await ChooseAsync(fact, today, ct);
        if (result.Tier is null)
        {
            StopOrRefuse(s, today, "复核：" + result.Reason);
        }
        else if (result.Tier != s.Tier || result.Amount != s.MonthlyAmount)
        {
            db.HomeCareSubsidyEvents.Add(Event("复核变更",
                $"由“{HomeCareRules.TierName(s.Tier)}”{s.MonthlyAmount:0.##}元改为“{HomeCareRules.TierName(result.Tier.Value)}”{result.Amount:0.##}元", s.Id));
            s.Tier = result.Tier.Value;
            s.MonthlyAmount = result.Amount;
            s.Basis = basis;
        }
        else
        {
            db.HomeCareSubsidyEvents.Add(Event("复核", "条件未变化：" + result.Reason, s.Id));
        }
        return await SaveAsync(s, ct);
    }

    /// <summary>The allowance a provider may see for its bill (eldercare.provide or read); nothing else of the decision.</summary>
    public async Task<AllowanceView> AllowanceAsync(string? idNumber, string? month, CancellationToken ct)
    {
        HomeCareAccess.RequireProvideOr(user, Permissions.ElderCareRead);
        var id = (idNumber ?? "").Trim().ToUpperInvariant();
        if (id.Length != 18)
        {
            throw new FieldValidationException("idNumber", "请填写18位公民身份号码");
        }
        var m = HomeCareMonth.Parse(month, "month") ?? HomeCareRules.MonthStart(ChinaTime.Today(clock));
        // the person must be in the caller's reach (the registry's jurisdiction filter)
        if ((await directory.FindAsync([id], ct)).Count == 0)
        {
            throw new NotFoundException("人口库中没有此居民，或不在您的辖区内");
        }
        var s = await CoveringAsync(id, m, ct);
        return new AllowanceView(Masking.IdNumber(id), m, s is not null, s is null ? null : HomeCareRules.TierName(s.Tier), s?.MonthlyAmount ?? 0);
    }

    /// <summary>The approved (or since stopped) subsidy in force in the month, read past the provider filter on purpose.</summary>
    internal Task<HomeCareSubsidy?> CoveringAsync(string idNumber, DateOnly month, CancellationToken ct)
    {
        var end = month.AddMonths(1).AddDays(-1);
        return db.HomeCareSubsidies.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.IdNumber == idNumber && (s.Status == HomeCareSubsidyStatus.Approved || s.Status == HomeCareSubsidyStatus.Stopped)
                && s.StartMonth != null && s.StartMonth <= end && (s.EndOn == null || s.EndOn >= month))
            .OrderByDescending(s => s.StartMonth).FirstOrDefaultAsync(ct);
    }

    private async Task<(TierResult Result, string Basis)> ChooseAsync(ElderFact fact, DateOnly today, CancellationToken ct)
    {
        var keys = new[] { HomeCareParameters.MinAge, HomeCareParameters.DibaoFullCare, HomeCareParameters.FullCare, HomeCareParameters.Priority };
        var p = await parameters.FindManyAsync(keys, today, fact.ResidenceDivisionCode, ct);
        foreach (var k in keys.Where(k => !p.ContainsKey(k)))
        {
            throw new BusinessRuleException($"参数 {k} 在 {today:yyyy-MM-dd} 未设置取值");
        }
        decimal D(string k) => decimal.Parse(p[k].Value, CultureInfo.InvariantCulture);
        var rates = new HomeCareRates((int)D(HomeCareParameters.MinAge), D(HomeCareParameters.DibaoFullCare), D(HomeCareParameters.FullCare), D(HomeCareParameters.Priority));
        var f = new HomeCareFacts(fact.Age, fact.IsShenzhenHukou, fact.Assistance.HasFlag(AssistanceStatus.Dibao), fact.NeedsFullCare, fact.CareDiagnosisCertified,
            fact.ThreeNo, fact.Entitled);
        var result = HomeCareRules.SelectTier(f, rates);
        var basis = $"{today:yyyy-MM-dd} 事实：{fact.Age}周岁、{(fact.IsShenzhenHukou ? "深圳户籍" : "非深圳户籍")}、{(f.Dibao ? "低保" : "非低保")}、"
            + $"{(f.NeedsFullCare ? (f.CareCertified ? "介护（有诊断证明）" : "介护（无诊断证明）") : "非介护")}{(f.ThreeNo ? "、三无" : "")}{(f.Entitled ? "、优抚" : "")}；参数："
            + string.Join("，", keys.Select(k => $"{k}={p[k].Value}（{p[k].LegalBasis}，{p[k].ValidFrom:yyyy-MM-dd}起）"));
        return (result, basis.Length > 1000 ? basis[..1000] : basis);
    }

    private void StopOrRefuse(HomeCareSubsidy s, DateOnly today, string reason)
    {
        if (s.Status == HomeCareSubsidyStatus.Submitted)
        {
            s.Status = HomeCareSubsidyStatus.Refused;
            s.RefusalReason = reason;
            s.DecidedOn = today;
            s.DecidedBy = user.UserName;
            db.HomeCareSubsidyEvents.Add(Event("不予批准", reason, s.Id));
        }
        else
        {
            Stop(s, today, reason);
        }
    }

    /// <summary>Paid to the end of the month of the event; later months are not.</summary>
    internal void Stop(HomeCareSubsidy s, DateOnly on, string reason)
    {
        s.Status = HomeCareSubsidyStatus.Stopped;
        s.EndOn = HomeCareRules.MonthStart(on).AddMonths(1).AddDays(-1);
        s.StopReason = reason;
        db.HomeCareSubsidyEvents.Add(Event("停发", $"{reason}；发放至{s.EndOn:yyyy-MM-dd}", s.Id));
    }

    private async Task<HomeCareSubsidy> LoadAsync(Guid id, CancellationToken ct)
    {
        if (provider.IsProvider)
        {
            throw new NotFoundException();
        }
        return await db.HomeCareSubsidies.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
    }

    private async Task<SubsidyView> SaveAsync(HomeCareSubsidy s, CancellationToken ct)
    {
        s.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该补贴已被他人修改，请刷新后重试");
        }
        return await GetAsync(s.Id, ct);
    }

    private async Task<string> NextNumberAsync(int year, CancellationToken ct)
    {
        var counter = await db.HomeCareCounters.FirstOrDefaultAsync(x => x.Year == year, ct);
        if (counter is null)
        {
            counter = new HomeCareCounter { Year = year };
            db.HomeCareCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"JY-{year}-{counter.Last:000000}";
    }

    private HomeCareSubsidyEvent Event(string kind, string text, Guid? subsidyId = null) =>
        new() { SubsidyId = subsidyId ?? Guid.Empty, Kind = kind, Text = text.Length > 1000 ? text[..1000] : text, By = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime };

    private static string RequireReason(ReasonRequest r, string message)
    {
        var reason = Trim(r?.Reason, 500);
        return reason ?? throw new FieldValidationException("reason", message);
    }

    private static string? Trim(string? s, int max) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Length > max ? s.Trim()[..max] : s.Trim();

    private async Task<List<SubsidyView>> ViewsAsync(List<HomeCareSubsidy> list, CancellationToken ct)
    {
        var people = list.Count == 0 ? new Dictionary<string, ElderInfo>() : await directory.FindAsync(list.Select(s => s.IdNumber).Distinct().ToList(), ct);
        return list.Select(s => new SubsidyView(s.Id, s.Number, Masking.IdNumber(s.IdNumber), people.TryGetValue(s.IdNumber, out var p) ? p.Name : "—",
            s.DivisionCode, s.Status, StatusName(s.Status), s.Tier, HomeCareRules.TierName(s.Tier), s.MonthlyAmount, s.Basis, s.Note, s.AppliedOn, s.AppliedBy,
            s.DecidedOn, s.DecidedBy, s.RefusalReason, s.StartMonth, s.EndOn, s.StopReason, s.LastCheckedOn,
            s.Events.OrderBy(e => e.AtUtc).Select(e => new SubsidyEventView(e.Kind, e.Text, e.By, e.AtUtc)).ToList())).ToList();
    }
}
