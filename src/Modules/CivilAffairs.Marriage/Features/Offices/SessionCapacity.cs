using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>
/// Changes a session's capacity for one service type while bookings are being claimed. The quota
/// row is the rush's hot row, so the change is one guarded set-based statement:
/// <c>capacity = new, remaining = remaining + (new − capacity) where capacity − remaining ≤ new</c>.
/// Both sides of SET read the row as it was, and the row lock orders the statement against the
/// claimers' <c>remaining − 1 where remaining &gt; 0</c>, so capacity = remaining + held stays true
/// at every moment and a capacity below the slots already held is refused rather than clipped.
/// </summary>
internal sealed class SessionCapacity(MarriageDb db, OfficeAccess access, AvailabilityCache availability, AuditEvents audit)
{
    public const int Max = 500;

    public async Task<CapacityResult> ChangeAsync(Guid sessionId, CapacityRequest r, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sessionId, ct) ?? throw new NotFoundException("场次不存在");
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == session.OfficeId, ct);
        access.RequireManage(office);
        var errors = new FieldErrors();
        if (r.ServiceType is null)
        {
            errors.Add("serviceType", "请选择业务类型");
        }
        if (r.Capacity is not { } n || n is < 0 or > Max)
        {
            errors.Add("capacity", $"号源数须在0至{Max}之间");
        }
        errors.ThrowIfAny();
        return await SetAsync(session, r.ServiceType!.Value, r.Capacity!.Value, ct);
    }

    /// <summary>The guarded change itself (jurisdiction already checked by the caller).</summary>
    public async Task<CapacityResult> SetAsync(Session session, ServiceType type, int capacity, CancellationToken ct)
    {
        var before = await db.Quotas.AsNoTracking().FirstOrDefaultAsync(q => q.SessionId == session.Id && q.ServiceType == type, ct);
        if (before is null)
        {
            if (capacity > 0 && !await TryAddAsync(session.Id, type, capacity, ct))
            {
                // someone added the row at the same moment: change it like any other
                return await SetAsync(session, type, capacity, ct);
            }
        }
        else
        {
            var changed = await db.Quotas
                .Where(q => q.SessionId == session.Id && q.ServiceType == type && q.Capacity - q.Remaining <= capacity)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.Remaining, q => q.Remaining + (capacity - q.Capacity)).SetProperty(q => q.Capacity, capacity), ct);
            if (changed == 0)
            {
                var now = await db.Quotas.AsNoTracking().FirstAsync(q => q.SessionId == session.Id && q.ServiceType == type, ct);
                throw new BusinessRuleException(
                    $"{session.Date:M月d日}{MarriageNames.Of(session.Period)}{MarriageNames.Of(type)}已有{now.Capacity - now.Remaining}个预约占用号源，" +
                    $"号源数不能少于{now.Capacity - now.Remaining}（如需减少，请先联系当事人改约或取消）");
            }
        }
        availability.Invalidate(session.Id, type);
        var after = await db.Quotas.AsNoTracking().FirstOrDefaultAsync(q => q.SessionId == session.Id && q.ServiceType == type, ct)
            ?? new SessionQuota { SessionId = session.Id, ServiceType = type };
        // the quota row is not audited row by row (it is the rush's hot row); the manager's change is
        await audit.RecordAsync(AuditActions.Update, nameof(SessionQuota), session.Id.ToString(),
            new { serviceType = type.ToString(), from = before?.Capacity ?? 0, to = after.Capacity }, ct: ct);
        return new CapacityResult(session.Id, type, MarriageNames.Of(type), after.Capacity, after.Remaining, after.Capacity - after.Remaining);
    }

    private async Task<bool> TryAddAsync(Guid sessionId, ServiceType type, int capacity, CancellationToken ct)
    {
        var quota = new SessionQuota { SessionId = sessionId, ServiceType = type, Capacity = capacity, Remaining = capacity };
        db.Quotas.Add(quota);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.Entry(quota).State = EntityState.Detached;
            return false;
        }
    }
}
