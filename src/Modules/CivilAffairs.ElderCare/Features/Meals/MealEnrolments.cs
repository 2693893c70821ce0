using CivilAffairs.Contracts.Events;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Meals;

public sealed class MealEnrolRequest
{
    public string? IdNumber { get; set; }

    public DateOnly? ValidFrom { get; set; }
}

public sealed class MealStopRequest
{
    public string? Reason { get; set; }

    public DateOnly? On { get; set; }
}

public sealed class MealEnrolmentQuery
{
    public string? Q { get; set; }

    public MealGroup? Group { get; set; }

    public MealEnrolmentStatus? Status { get; set; }

    public int? Page { get; set; }
}

public sealed record MealEnrolmentRow(Guid Id, string CardNumber, string IdNumberMasked, string NameMasked, MealGroup Group, string GroupName,
    string GroupReason, string DivisionCode, string? HukouDistrictCode, DateOnly ValidFrom, MealEnrolmentStatus Status, DateOnly? StoppedOn, DateOnly CheckedOn);

public sealed record MealEnrolmentChangeView(DateOnly On, string Change, string? FromGroup, string? ToGroup, string Reason, string ChangedBy);

public sealed record MealEnrolmentDetail(MealEnrolmentRow Enrolment, string? StopReason, IReadOnlyList<MealEnrolmentChangeView> History, int MealsThisMonth,
    decimal SubsidyThisMonth);

public sealed record MealEnrolmentList(int Total, int Page, int PageSize, IReadOnlyList<MealEnrolmentRow> Items, IReadOnlyDictionary<string, int> ByGroup);

public sealed record MealRecheckResult(int Checked, int Changed, int Stopped);

/// <summary>助餐资格登记: the community / street registers an elder, the group follows from ElderFacts, a recheck follows changed facts.</summary>
internal sealed class MealEnrolments(ElderCareDb db, ElderFacts facts, IElderDirectory elders, ICurrentUser user, TimeProvider clock)
{
    public const int PageSize = 50;

    public static string GroupName(MealGroup g) => g switch
    {
        MealGroup.Priority => "优先保障",
        MealGroup.Age70To99 => "70–99周岁",
        _ => "普惠",
    };

    public async Task<MealEnrolmentList> ListAsync(MealEnrolmentQuery q, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareRead);
        var query = db.MealEnrolments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var t = q.Q.Trim().ToUpperInvariant();
            query = query.Where(e => e.CardNumber == t || e.IdNumber == t);
        }
        if (q.Status is { } s)
        {
            query = query.Where(e => e.Status == s);
        }
        var byGroup = (await query.GroupBy(e => e.Group).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key.ToString(), x => x.Count);
        if (q.Group is { } g)
        {
            query = query.Where(e => e.Group == g);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        var rows = await query.OrderByDescending(e => e.CreatedAtUtc).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = await elders.FindAsync(rows.Select(r => r.IdNumber).ToList(), ct);
        return new MealEnrolmentList(total, page, PageSize, rows.Select(r => Row(r, names.GetValueOrDefault(r.IdNumber)?.Name)).ToList(), byGroup);
    }

    public async Task<MealEnrolmentDetail> GetAsync(Guid id, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareRead);
        var e = await db.MealEnrolments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var name = (await elders.FindAsync([e.IdNumber], ct)).GetValueOrDefault(e.IdNumber)?.Name;
        var history = await db.MealEnrolmentChanges.AsNoTracking().Where(c => c.EnrolmentId == id).OrderBy(c => c.AtUtc)
            .Select(c => new MealEnrolmentChangeView(c.On, c.Change, c.FromGroup == null ? null : GroupName(c.FromGroup.Value),
                c.ToGroup == null ? null : GroupName(c.ToGroup.Value), c.Reason, c.ChangedBy))
            .ToListAsync(ct);
        var month = MonthStart(ChinaTime.Today(clock));
        // meals are served at canteens anywhere: the enrolment's own page sums them all
        var meals = await db.MealRecords.IgnoreQueryFilters().AsNoTracking().Where(r => r.EnrolmentId == id && r.MealDate >= month)
            .GroupBy(r => 1).Select(g => new { Count = g.Count(), Sum = g.Sum(r => r.Subsidy) }).FirstOrDefaultAsync(ct);
        return new MealEnrolmentDetail(Row(e, name), e.StopReason, history, meals?.Count ?? 0, meals?.Sum ?? 0m);
    }

    public async Task<MealEnrolmentDetail> EnrolAsync(MealEnrolRequest r, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareWrite);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var idNumber = r.IdNumber?.Trim().ToUpperInvariant() ?? "";
        if (!IdNumber.TryParse(idNumber, today, null, out _, out var idError))
        {
            errors.Add("idNumber", string.IsNullOrEmpty(idNumber) ? "请填写身份证号码" : idError ?? "身份证号码无效");
        }
        var validFrom = r.ValidFrom ?? today;
        if (validFrom > today.AddMonths(1))
        {
            errors.Add("validFrom", "生效日期不能晚于一个月后");
        }
        errors.ThrowIfAny();
        var fact = await facts.GetAsync(idNumber, today, ct)
            ?? throw new FieldValidationException("idNumber", "人口库中未找到该长者（须在辖区内居住且年满60周岁）");
        var decision = Decide(fact) ?? throw new FieldValidationException("idNumber", "未满60周岁，不属于长者助餐对象");
        if (await db.MealEnrolments.IgnoreQueryFilters().AnyAsync(e => e.PersonId == fact.PersonId, ct))
        {
            throw new BusinessRuleException("该长者已登记助餐资格（如已停用，请在原登记上恢复或复核）");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var district = fact.HukouDistrictCode ?? fact.ResidenceDivisionCode[..6];
        var e = new MealEnrolment
        {
            PersonId = fact.PersonId, IdNumber = fact.IdNumber, DivisionCode = fact.ResidenceDivisionCode, HukouDistrictCode = fact.IsShenzhenHukou ? fact.HukouDistrictCode : null,
            Group = decision.Group, GroupReason = decision.Reason, ValidFrom = validFrom, CheckedOn = today, EnrolledBy = user.UserName,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        for (var attempt = 0; ; attempt++)
        {
            e.CardNumber = await NextCardAsync(district, ct);
            if (attempt == 0)
            {
                db.MealEnrolments.Add(e);
                db.MealEnrolmentChanges.Add(Change(e, today, "登记", null, e.Group, e.GroupReason, now));
            }
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException ex) when (attempt < 3 && (ex is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(ex)))
            {
                // another enrolment took the number: reload the counter and take the next
                foreach (var entry in db.ChangeTracker.Entries<MealCardCounter>().ToList())
                {
                    entry.State = EntityState.Detached;
                }
            }
        }
        return await GetAsync(e.Id, ct);
    }

    /// <summary>Re-evaluates the group from today's facts (one enrolment, or all active ones in the jurisdiction when id is null).</summary>
    public async Task<MealRecheckResult> RecheckAsync(Guid? id, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareWrite);
        var today = ChinaTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var query = db.MealEnrolments.Where(e => e.Status == MealEnrolmentStatus.Active);
        if (id is { } one)
        {
            query = db.MealEnrolments.Where(e => e.Id == one);
        }
        var list = await query.ToListAsync(ct);
        if (id is not null && list.Count == 0)
        {
            throw new NotFoundException();
        }
        var changed = 0;
        var stopped = 0;
        foreach (var chunk in list.Chunk(500))
        {
            var found = await facts.GetManyAsync(chunk.Select(e => e.IdNumber).ToList(), today, ct);
            foreach (var e in chunk)
            {
                e.CheckedOn = today;
                var d = found.GetValueOrDefault(e.IdNumber) is { } f ? Decide(f) : null;
                if (d is null)
                {
                    if (e.Status == MealEnrolmentStatus.Active)
                    {
                        // gone from the registry view (died, moved out of the jurisdiction)
                        Stop(e, today, "复核：人口库中已无该长者（死亡或迁出）", now);
                        stopped++;
                    }
                    continue;
                }
                if (d.Value.Group != e.Group || d.Value.Reason != e.GroupReason)
                {
                    db.MealEnrolmentChanges.Add(Change(e, today, "复核变更", e.Group, d.Value.Group, d.Value.Reason, now));
                    e.Group = d.Value.Group;
                    e.GroupReason = d.Value.Reason;
                    e.Version++;
                    changed++;
                }
                e.UpdatedAtUtc = now;
            }
        }
        await db.SaveChangesAsync(ct);
        return new MealRecheckResult(list.Count, changed, stopped);
    }

    public async Task<MealEnrolmentDetail> StopAsync(Guid id, MealStopRequest r, CancellationToken ct)
    {
        MealAccess.Require(user, Permissions.ElderCareWrite);
        if (string.IsNullOrWhiteSpace(r.Reason))
        {
            throw new FieldValidationException("reason", "请填写停用原因");
        }
        var e = await db.MealEnrolments.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (e.Status == MealEnrolmentStatus.Stopped)
        {
            throw new BusinessRuleException("该助餐卡已停用");
        }
        Stop(e, r.On ?? ChinaTime.Today(clock), r.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return await GetAsync(id, ct);
    }

    /// <summary>Stops the card of a person who died (idempotent): later meals on it are flagged.</summary>
    public async Task<int> StopOnDeathAsync(PersonDied died, CancellationToken ct)
    {
        var id = died.IdNumber.Trim().ToUpperInvariant();
        var e = await db.MealEnrolments.FirstOrDefaultAsync(x => x.IdNumber == id && x.Status == MealEnrolmentStatus.Active, ct);
        if (e is null)
        {
            return 0;
        }
        Stop(e, died.DiedOn.AddDays(1), "死亡（" + died.Source + "）", clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return 1;
    }

    private void Stop(MealEnrolment e, DateOnly on, string reason, DateTime now)
    {
        e.Status = MealEnrolmentStatus.Stopped;
        e.StoppedOn = on;
        e.StopReason = reason.Length > 200 ? reason[..200] : reason;
        e.UpdatedAtUtc = now;
        e.Version++;
        db.MealEnrolmentChanges.Add(Change(e, on, "停用", e.Group, null, e.StopReason, now));
    }

    internal static (MealGroup Group, string Reason)? Decide(ElderFact f) =>
        MealRules.Decide(new MealEligibilityFacts(f.Age, f.IsShenzhenHukou, f.Assistance, f.Entitled, f.LostOnlyChild, f.OnlyChildDisabled));

    private MealEnrolmentChange Change(MealEnrolment e, DateOnly on, string change, MealGroup? from, MealGroup? to, string reason, DateTime now) => new()
    {
        EnrolmentId = e.Id, DivisionCode = e.DivisionCode, On = on, Change = change, FromGroup = from, ToGroup = to, Reason = reason,
        ChangedBy = user.UserName, AtUtc = now,
    };

    private async Task<string> NextCardAsync(string district, CancellationToken ct)
    {
        var counter = await db.MealCardCounters.FirstOrDefaultAsync(x => x.DistrictCode == district, ct);
        if (counter is null)
        {
            counter = new MealCardCounter { DistrictCode = district };
            db.MealCardCounters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{district}{counter.Last:0000000}");
    }

    internal static DateOnly MonthStart(DateOnly d) => new(d.Year, d.Month, 1);

    private static MealEnrolmentRow Row(MealEnrolment e, string? name) =>
        new(e.Id, e.CardNumber, Masking.IdNumber(e.IdNumber), Masking.Name(name), e.Group, GroupName(e.Group), e.GroupReason, e.DivisionCode,
            e.HukouDistrictCode, e.ValidFrom, e.Status, e.StoppedOn, e.CheckedOn);
}

/// <summary>Stops a dead person's meal card.</summary>
internal sealed class MealPersonDiedHandler(MealEnrolments enrolments) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        var n = await enrolments.StopOnDeathAsync(e, ct);
        return new PersonDiedOutcome("eldercare.meals", n, n == 0 ? "无有效助餐卡" : "已停用助餐卡");
    }
}

internal static class MealAccess
{
    /// <summary>
    /// Reads open to bureau staff (eldercare.read) and to provider accounts that hold an institution
    /// code; an institution account without one (e.g. the welfare centre) sees nothing of elderly care.
    /// </summary>
    public static void RequireSeeing(ICurrentUser user)
    {
        if (!user.Has(Permissions.ElderCareRead) && (user.Organization is null || !user.Has(Permissions.ElderCareProvide)))
        {
            throw new ForbiddenException();
        }
    }

    /// <summary>Provider actions: a provider account must hold an institution code (else it could name any canteen).</summary>
    public static void RequireProviderOrStaff(ICurrentUser user, string staffPermission)
    {
        if (!user.Has(staffPermission) && (user.Organization is null || !user.Has(Permissions.ElderCareProvide)))
        {
            throw new ForbiddenException();
        }
    }

    public static void Require(ICurrentUser user, string permission)
    {
        if (!user.Has(permission))
        {
            throw new ForbiddenException();
        }
    }
}
