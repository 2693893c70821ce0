using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Meals;

public sealed class MealSettlementSubmit
{
    public string? Canteen { get; set; }

    /// <summary>Any day of the month (yyyy-MM-dd); the first of the month is used.</summary>
    public DateOnly? Month { get; set; }
}

public sealed class MealSettlementDecision
{
    public string? Reason { get; set; }
}

public sealed record MealSettlementView(Guid Id, string InstitutionCode, string InstitutionName, string DivisionCode, DateOnly Month, MealSettlementStatus Status,
    string StatusName, int Meals, int SubsidisedMeals, int PriorityMeals, decimal PrioritySubsidy, int Age70Meals, decimal Age70Subsidy, decimal SubsidyTotal,
    int ExcludedMeals, string SubmittedBy, DateTime SubmittedAtUtc, string? DecidedBy, DateTime? DecidedAtUtc, string? ReturnReason, DateOnly? PaidOn);

/// <summary>Monthly settlement: the provider submits a set-based sum of its month, the canteen's street approves (or returns), then it is paid.</summary>
internal sealed class MealSettlements(ElderCareDb db, ProviderScope scope, ICurrentUser user, TimeProvider clock)
{
    public static string StatusName(MealSettlementStatus s) => s switch
    {
        MealSettlementStatus.Submitted => "待街道审核",
        MealSettlementStatus.Returned => "已退回",
        MealSettlementStatus.Approved => "已审核待支付",
        _ => "已支付",
    };

    public async Task<IReadOnlyList<MealSettlementView>> ListAsync(MealSettlementStatus? status, CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var q = db.MealSettlements.AsNoTracking();
        if (status is { } s)
        {
            q = q.Where(x => x.Status == s);
        }
        var list = await q.OrderByDescending(x => x.Month).ThenBy(x => x.InstitutionCode).Take(200).ToListAsync(ct);
        return await ViewsAsync(list, ct);
    }

    public async Task<MealSettlementView> GetAsync(Guid id, CancellationToken ct)
    {
        MealAccess.RequireSeeing(user);
        var s = await db.MealSettlements.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return (await ViewsAsync([s], ct))[0];
    }

    /// <summary>
    /// Sums the month with one GROUP BY over the stored records (never recomputing a subsidy) and
    /// locks it: no record can be added to a submitted month. A month is settled once; a returned
    /// settlement may be submitted again.
    /// </summary>
    public async Task<MealSettlementView> SubmitAsync(MealSettlementSubmit r, CancellationToken ct)
    {
        MealAccess.RequireProviderOrStaff(user, Permissions.ElderCareManage);
        var code = (r.Canteen ?? scope.InstitutionCode)?.Trim().ToUpperInvariant() ?? throw new FieldValidationException("canteen", "请选择助餐点");
        scope.EnsureMayActFor(code);
        if (r.Month is not { } m)
        {
            throw new FieldValidationException("month", "请选择结算月份");
        }
        var month = MealEnrolments.MonthStart(m);
        var today = ChinaTime.Today(clock);
        if (month >= MealEnrolments.MonthStart(today))
        {
            throw new BusinessRuleException("只能结算已结束的月份");
        }
        var canteen = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code && i.Kind == InstitutionKind.MealProvider, ct)
            ?? throw new NotFoundException("助餐点不存在或不在您的管辖范围内");
        var existing = await db.MealSettlements.FirstOrDefaultAsync(x => x.InstitutionCode == code && x.Month == month, ct);
        if (existing is not null && existing.Status != MealSettlementStatus.Returned)
        {
            throw new BusinessRuleException($"{month:yyyy年M月} 已提交结算（{StatusName(existing.Status)}），每月只结算一次");
        }
        var s = existing ?? new MealSettlement { InstitutionCode = code, DivisionCode = canteen.DivisionCode, Month = month };
        await SumAsync(s, ct);
        s.Status = MealSettlementStatus.Submitted;
        s.SubmittedBy = user.UserName;
        s.SubmittedAtUtc = clock.GetUtcNow().UtcDateTime;
        s.DecidedBy = null;
        s.DecidedAtUtc = null;
        s.Version++;
        if (existing is null)
        {
            db.MealSettlements.Add(s);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (Platform.Data.DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException($"{month:yyyy年M月} 已提交结算，每月只结算一次");
        }
        return await GetAsync(s.Id, ct);
    }

    /// <summary>The month's sums, set-based: one GROUP BY (group, subsidised, anomalous) over the canteen's month.</summary>
    internal async Task SumAsync(MealSettlement s, CancellationToken ct)
    {
        var from = s.Month;
        var to = s.Month.AddMonths(1);
        var anomalies = (int)MealRules.Anomalies;
        var rows = await db.MealRecords.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.InstitutionCode == s.InstitutionCode && x.MealDate >= from && x.MealDate < to)
            .GroupBy(x => new { x.Group, Paid = x.Subsidy > 0, Anomaly = ((int)x.Flags & anomalies) != 0 })
            .Select(g => new { g.Key.Group, g.Key.Paid, g.Key.Anomaly, Count = g.Count(), Sum = g.Sum(x => x.Subsidy) })
            .ToListAsync(ct);
        s.Meals = rows.Sum(x => x.Count);
        s.SubsidisedMeals = rows.Where(x => x.Paid).Sum(x => x.Count);
        s.PriorityMeals = rows.Where(x => x.Paid && x.Group == MealGroup.Priority).Sum(x => x.Count);
        s.PrioritySubsidy = rows.Where(x => x.Group == MealGroup.Priority).Sum(x => x.Sum);
        s.Age70Meals = rows.Where(x => x.Paid && x.Group == MealGroup.Age70To99).Sum(x => x.Count);
        s.Age70Subsidy = rows.Where(x => x.Group == MealGroup.Age70To99).Sum(x => x.Sum);
        s.SubsidyTotal = rows.Sum(x => x.Sum);
        s.ExcludedMeals = rows.Where(x => x.Anomaly).Sum(x => x.Count);
    }

    public Task<MealSettlementView> ApproveAsync(Guid id, CancellationToken ct) => DecideAsync(id, true, null, ct);

    public Task<MealSettlementView> ReturnAsync(Guid id, MealSettlementDecision r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写退回原因");
        }
        return DecideAsync(id, false, r.Reason.Trim(), ct);
    }

    private async Task<MealSettlementView> DecideAsync(Guid id, bool approve, string? reason, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareApprove);
        var s = await db.MealSettlements.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (s.Status != MealSettlementStatus.Submitted)
        {
            throw new BusinessRuleException($"结算单状态为“{StatusName(s.Status)}”，不能审核");
        }
        if (string.Equals(s.SubmittedBy, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            throw new ForbiddenException("提交人不能审核自己提交的结算单");
        }
        s.Status = approve ? MealSettlementStatus.Approved : MealSettlementStatus.Returned;
        s.ReturnReason = reason is { Length: > 500 } ? reason[..500] : reason;
        s.DecidedBy = user.UserName;
        s.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
        s.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    public async Task<MealSettlementView> MarkPaidAsync(Guid id, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareManage);
        var s = await db.MealSettlements.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (s.Status != MealSettlementStatus.Approved)
        {
            throw new BusinessRuleException("只有已审核的结算单可以登记支付");
        }
        s.Status = MealSettlementStatus.Paid;
        s.PaidOn = ChinaTime.Today(clock);
        s.Version++;
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    private async Task<List<MealSettlementView>> ViewsAsync(IReadOnlyList<MealSettlement> list, CancellationToken ct)
    {
        var codes = list.Select(x => x.InstitutionCode).Distinct().ToList();
        var names = await db.Institutions.IgnoreQueryFilters().AsNoTracking().Where(i => codes.Contains(i.Code)).ToDictionaryAsync(i => i.Code, i => i.Name, ct);
        return list.Select(s => new MealSettlementView(s.Id, s.InstitutionCode, names.GetValueOrDefault(s.InstitutionCode) ?? s.InstitutionCode, s.DivisionCode,
            s.Month, s.Status, StatusName(s.Status), s.Meals, s.SubsidisedMeals, s.PriorityMeals, s.PrioritySubsidy, s.Age70Meals, s.Age70Subsidy,
            s.SubsidyTotal, s.ExcludedMeals, s.SubmittedBy, s.SubmittedAtUtc, s.DecidedBy, s.DecidedAtUtc, s.ReturnReason, s.PaidOn)).ToList();
    }
}
