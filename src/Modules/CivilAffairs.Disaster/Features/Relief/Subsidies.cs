using CivilAffairs.Disaster.Data;
using CivilAffairs.Disaster.Domain;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Disaster.Features.Relief;

public class SubsidyRequest
{
    public Guid? HouseholdId { get; set; }

    /// <summary>True when the community nominates the household rather than it applying.</summary>
    public bool Nominated { get; set; }
}

public class DecisionRequest
{
    public bool Approve { get; set; }

    /// <summary>Review note; the reason when refusing (required then).</summary>
    public string? Note { get; set; }
}

public class ObjectionRequest
{
    public string? Text { get; set; }
}

internal sealed record ObjectionView(string Text, string RecordedBy, DateTime AtUtc);

internal sealed record SubsidyView(Guid Id, string Number, Guid EventId, string EventName, Guid HouseholdId, string HeadName, string HeadIdNumber,
    string DivisionCode, HouseDamage Damage, string DamageName, bool Nominated, SubsidyStatus Status, string StatusName, string? ReviewNote,
    DateOnly? PublicityFrom, DateOnly? PublicityUntil, int PublicityDays, bool PublicityOver, string? StreetNote, decimal? Amount, string? AmountBasis,
    decimal? ProposedAmount, DateOnly? DecidedOn, string? RefusedAtName, string? RefusalReason, DateTime SubmittedAtUtc, IReadOnlyList<ObjectionView> Objections,
    string? NextStep);

internal sealed record SubsidyQuery(Guid? EventId, string? Status, string? Division);

/// <summary>
/// 倒房重建 subsidies (条例 art. 20): the community records the application or nomination and its
/// democratic review, the case is on 公示 for a parameterised number of working days (official
/// calendar, make-up days included), the street reviews after the period, the district approves
/// and the amount by damage level is fixed from the parameter in force on the disaster's first day.
/// </summary>
internal sealed class Subsidies(DisasterDb db, ICurrentUser user, TimeProvider clock, ParameterStore parameters, WorkingDayCalendar calendar)
{
    public async Task<List<SubsidyView>> ListAsync(SubsidyQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var query = db.Subsidies.AsNoTracking().Include(s => s.Objections).AsQueryable();
        if (q.EventId is { } eid)
        {
            query = query.Where(s => s.EventId == eid);
        }
        if (Enum.TryParse<SubsidyStatus>(q.Status, true, out var st))
        {
            query = query.Where(s => s.Status == st);
        }
        if (!string.IsNullOrWhiteSpace(q.Division))
        {
            var d = q.Division.Trim();
            query = query.Where(s => s.DivisionCode.StartsWith(d));
        }
        var list = await query.OrderBy(s => s.Number).Take(1000).ToListAsync(ct);
        return await ViewsAsync(list, ct);
    }

    public async Task<SubsidyView> GetAsync(Guid id, CancellationToken ct)
    {
        var s = await db.Subsidies.AsNoTracking().Include(x => x.Objections).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        return (await ViewsAsync([s], ct))[0];
    }

    public async Task<SubsidyView> SubmitAsync(SubsidyRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterWrite, "社区、街道工作人员（disaster.write）登记倒房重建申请或提名");
        var h = await db.Households.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.HouseholdId, ct)
            ?? throw new FieldValidationException("householdId", "受灾户不存在或不在您的辖区内");
        if (h.Damage == HouseDamage.None)
        {
            throw new BusinessRuleException("此户未登记房屋损坏，不能申请倒房重建或维修补助");
        }
        var year = ChinaTime.Today(clock).Year;
        var prefix = $"CJ-{year}-";
        var count = await db.Subsidies.IgnoreQueryFilters().CountAsync(x => x.Number.StartsWith(prefix), ct);
        var s = new ReconstructionSubsidy
        {
            Number = $"{prefix}{count + 1:000000}", EventId = h.EventId, HouseholdId = h.Id, DivisionCode = h.DivisionCode, Damage = h.Damage,
            Nominated = r.Nominated, Status = SubsidyStatus.Submitted, SubmittedBy = user.UserName, SubmittedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Subsidies.Add(s);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            throw new BusinessRuleException("此户已有在办或已批准的倒房重建补助");
        }
        return await GetAsync(s.Id, ct);
    }

    public async Task<SubsidyView> CommunityReviewAsync(Guid id, DecisionRequest r, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterWrite, "民主评议由社区（村、居委会）工作人员（disaster.write）记录");
        var (s, today) = await StepAsync(id, SubsidyStep.CommunityReview, r, ct);
        s.ReviewNote = r.Note?.Trim();
        s.ReviewedBy = user.UserName;
        if (s.Status == SubsidyStatus.Publicity)
        {
            var days = (int)await parameters.GetDecimalAsync(DisasterParameters.PublicityDays, today, s.DivisionCode, ct);
            var (from, until) = SubsidyWorkflow.Publicity(await calendar.GetAsync(ct), today, days);
            s.PublicityFrom = from;
            s.PublicityUntil = until;
            s.PublicityDays = days;
        }
        return await SaveAsync(s, ct);
    }

    public async Task<SubsidyView> ObjectAsync(Guid id, ObjectionRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        Access.Require(user, Permissions.DisasterWrite, "公示期间的异议由社区或街道工作人员（disaster.write）记录");
        var s = await db.Subsidies.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var e = new FieldErrors();
        var text = Access.Text(e, "text", r.Text, 500, "请填写异议内容及核实情况");
        e.ThrowIfAny();
        if (s.Status != SubsidyStatus.Publicity)
        {
            throw new BusinessRuleException("只能在公示期间记录异议");
        }
        db.Objections.Add(new SubsidyObjection { SubsidyId = s.Id, Text = text, RecordedBy = user.UserName, AtUtc = clock.GetUtcNow().UtcDateTime });
        return await SaveAsync(s, ct);
    }

    public async Task<SubsidyView> StreetReviewAsync(Guid id, DecisionRequest r, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterReview, "街道审核须由街道审核人（disaster.review）进行");
        var (s, _) = await StepAsync(id, SubsidyStep.StreetReview, r, ct);
        s.StreetNote = r.Note?.Trim();
        s.StreetBy = user.UserName;
        return await SaveAsync(s, ct);
    }

    public async Task<SubsidyView> DistrictDecisionAsync(Guid id, DecisionRequest r, CancellationToken ct)
    {
        Access.Require(user, Permissions.DisasterApprove, "区审批须由区审批人（disaster.approve）进行");
        var (s, today) = await StepAsync(id, SubsidyStep.DistrictApproval, r, ct);
        s.ApprovedBy = user.UserName;
        s.DecidedOn = today;
        if (s.Status == SubsidyStatus.Approved)
        {
            var (amount, basis) = await AmountAsync(s, ct);
            s.Amount = amount;
            s.AmountBasis = basis;
        }
        return await SaveAsync(s, ct);
    }

    /// <summary>The amount for the damage level from the parameter in force on the disaster's first day, with the value and basis used.</summary>
    public async Task<(decimal Amount, string Basis)> AmountAsync(ReconstructionSubsidy s, CancellationToken ct)
    {
        var start = await db.Events.AsNoTracking().Where(e => e.Id == s.EventId).Select(e => e.StartDate).FirstAsync(ct);
        var key = DisasterParameters.SubsidyKey(s.Damage);
        var p = await parameters.FindAsync(key, start, s.DivisionCode, ct)
            ?? throw new BusinessRuleException($"{start:yyyy-MM-dd} 没有有效的补助标准（{key}），请先在政策参数中设置");
        var amount = decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture);
        return (amount, $"{key} = {amount:0.##} 元（{p.ValidFrom:yyyy-MM-dd} 起，{p.DivisionCode}）；{p.LegalBasis}");
    }

    private async Task<(ReconstructionSubsidy, DateOnly)> StepAsync(Guid id, SubsidyStep step, DecisionRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var s = await db.Subsidies.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (!r.Approve && string.IsNullOrWhiteSpace(r.Note))
        {
            throw new FieldValidationException("note", "不予通过的，请写明理由");
        }
        if ((r.Note?.Trim().Length ?? 0) > 500)
        {
            throw new FieldValidationException("note", "不超过500个字符");
        }
        var today = ChinaTime.Today(clock);
        var before = s.Status;
        s.Status = SubsidyWorkflow.Next(s.Status, step, r.Approve, today, s.PublicityUntil);
        if (s.Status == SubsidyStatus.Refused)
        {
            s.RefusedAt = before;
            s.RefusalReason = r.Note!.Trim();
            s.DecidedOn = today;
        }
        s.Version++;
        return (s, today);
    }

    private async Task<SubsidyView> SaveAsync(ReconstructionSubsidy s, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("记录已被他人处理，请刷新后重试");
        }
        return await GetAsync(s.Id, ct);
    }

    private async Task<List<SubsidyView>> ViewsAsync(List<ReconstructionSubsidy> list, CancellationToken ct)
    {
        var householdIds = list.Select(s => s.HouseholdId).Distinct().ToList();
        var eventIds = list.Select(s => s.EventId).Distinct().ToList();
        var households = await db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id))
            .ToDictionaryAsync(h => h.Id, h => new { h.HeadName, h.HeadIdNumber }, ct);
        var events = await db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => new { e.Name, e.StartDate }, ct);
        var today = ChinaTime.Today(clock);
        var result = new List<SubsidyView>(list.Count);
        foreach (var s in list)
        {
            var h = households.GetValueOrDefault(s.HouseholdId);
            var ev = events[s.EventId];
            decimal? proposed = s.Amount;
            if (proposed is null && s.Status != SubsidyStatus.Refused
                && await parameters.FindAsync(DisasterParameters.SubsidyKey(s.Damage), ev.StartDate, s.DivisionCode, ct) is { } p)
            {
                proposed = decimal.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
            var next = s.Status switch
            {
                SubsidyStatus.Submitted => DisasterNames.Step(SubsidyStep.CommunityReview),
                SubsidyStatus.Publicity => DisasterNames.Step(SubsidyStep.StreetReview),
                SubsidyStatus.StreetReviewed => DisasterNames.Step(SubsidyStep.DistrictApproval),
                _ => null,
            };
            result.Add(new SubsidyView(s.Id, s.Number, s.EventId, ev.Name, s.HouseholdId, Masking.Name(h?.HeadName), Masking.IdNumber(h?.HeadIdNumber),
                s.DivisionCode, s.Damage, DisasterNames.Damage(s.Damage), s.Nominated, s.Status, DisasterNames.Status(s.Status), s.ReviewNote, s.PublicityFrom,
                s.PublicityUntil, s.PublicityDays, s.PublicityUntil is { } u && today > u, s.StreetNote, s.Amount, s.AmountBasis, proposed, s.DecidedOn,
                s.RefusedAt is { } at ? DisasterNames.Step(at switch
                {
                    SubsidyStatus.Submitted => SubsidyStep.CommunityReview,
                    SubsidyStatus.Publicity => SubsidyStep.StreetReview,
                    _ => SubsidyStep.DistrictApproval,
                }) : null,
                s.RefusalReason, s.SubmittedAtUtc, s.Objections.OrderBy(o => o.AtUtc).Select(o => new ObjectionView(o.Text, o.RecordedBy, o.AtUtc)).ToList(), next));
        }
        return result;
    }
}
