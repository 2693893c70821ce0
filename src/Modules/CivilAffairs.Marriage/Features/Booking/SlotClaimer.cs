using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Booking;

internal enum ClaimOutcome
{
    Booked,
    Full,
    Duplicate,

    /// <summary>Not decided in this batch (the same person's earlier claim in it took no slot): claim again. Never leaves the claim queue.</summary>
    Retry,
}

/// <summary>
/// Takes slots, always in the same lock order so that claims, cancellations and reschedules
/// never deadlock one another: (1) the rows only this booking touches — its booking, SMS and day
/// locks (a day lock's unique key is what refuses a person's second booking that day); (2) the
/// session's hot quota row, by a guarded decrement; (3) the audit chain's global lock, taken by
/// the audit append; then commit. The hot row is therefore held only from its decrement through
/// the audit rows to the commit, and the global audit lock only for the audit rows and the commit.
/// Either everything commits or nothing does, so at every moment
/// capacity = remaining + bookings holding a slot.
/// </summary>
internal sealed partial class SlotClaimer(MarriageDb db)
{
    /// <summary>
    /// One booking on its own (a reschedule: the old booking is released in the same transaction,
    /// and only if the new slot is taken). New bookings go through <see cref="ClaimQueue"/>.
    /// </summary>
    public async Task<ClaimOutcome> ClaimAsync(Appointment booking, IReadOnlyList<string> idNumbers, IReadOnlyList<SmsMessage> sms,
        Appointment? release, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (release is not null)
        {
            await db.DayLocks.Where(l => l.AppointmentId == release.Id).ExecuteDeleteAsync(ct);
            release.Status = AppointmentStatus.Cancelled;
            release.CancelReason = "改约";
            release.CancelledAtUtc = booking.CreatedAtUtc;
            release.ReplacedById = booking.Id;
            release.Version++;
        }
        // the same order as a batch (sorted keys), so the two never wait on each other in a circle
        foreach (var id in idNumbers.Distinct().Order(StringComparer.Ordinal))
        {
            db.DayLocks.Add(new AppointmentDayLock { IdNumber = id, Date = booking.Date, AppointmentId = booking.Id });
        }
        db.Appointments.Add(booking);
        db.Sms.AddRange(sms);
        // hot rows before the audit lock that SaveChanges takes; two sessions in a fixed order
        var taken = 0;
        foreach (var (session, type, delta) in new[] { (booking.SessionId, booking.ServiceType, -1) }
            .Concat(release is null ? [] : [(release.SessionId, release.ServiceType, +1)])
            .OrderBy(x => x.Item1).ThenBy(x => x.Item2))
        {
            if (delta < 0)
            {
                taken = await TakeAsync(session, type, 1, ct);
            }
            else
            {
                await ReturnSlotAsync(session, type, ct);
            }
        }
        if (taken == 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ClaimOutcome.Full;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            // a day lock of the same person and day: refused by its unique key
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ClaimOutcome.Duplicate;
        }
        await tx.CommitAsync(ct);
        return ClaimOutcome.Booked;
    }

    /// <summary>Gives a slot back (cancellation); call inside the cancelling transaction, before SaveChanges.</summary>
    public Task<int> ReturnSlotAsync(Guid sessionId, ServiceType type, CancellationToken ct) =>
        db.Quotas.Where(q => q.SessionId == sessionId && q.ServiceType == type && q.Remaining < q.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Remaining, q => q.Remaining + 1), ct);

    /// <summary>
    /// Takes up to <paramref name="wanted"/> slots of the hot row and says how many it got; call
    /// inside the transaction. The usual case is one guarded statement; only when fewer are left
    /// (the session sells out) is the row read under lock and emptied. Plain commands: this runs
    /// once per batch on the hottest row, so EF's query pipeline is not paid for it.
    /// </summary>
    private async Task<int> TakeAsync(Guid sessionId, ServiceType type, int wanted, CancellationToken ct)
    {
        var quota = db.Model.FindEntityType(typeof(SessionQuota))!;
        var table = Table(quota);
        await using (var update = Command($"UPDATE {table} SET remaining = remaining - @k WHERE session_id = @s AND service_type = @t AND remaining >= @k"))
        {
            AddKey(update, quota, sessionId, type);
            Add(update, quota, nameof(SessionQuota.Remaining), "@k", wanted);
            if (await update.ExecuteNonQueryAsync(ct) == 1)
            {
                return wanted;
            }
        }
        // SQLite's write transaction is already exclusive; PostgreSQL locks the row until commit
        int left;
        await using (var read = Command($"SELECT remaining FROM {table} WHERE session_id = @s AND service_type = @t{(db.IsSqlite ? "" : " FOR UPDATE")}"))
        {
            AddKey(read, quota, sessionId, type);
            left = await read.ExecuteScalarAsync(ct) is { } v and not DBNull ? Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        if (left <= 0)
        {
            return 0;
        }
        var take = Math.Min(left, wanted);
        await using (var empty = Command($"UPDATE {table} SET remaining = remaining - @k WHERE session_id = @s AND service_type = @t"))
        {
            AddKey(empty, quota, sessionId, type);
            Add(empty, quota, nameof(SessionQuota.Remaining), "@k", take);
            await empty.ExecuteNonQueryAsync(ct);
        }
        return take;
    }

    private static void AddKey(System.Data.Common.DbCommand cmd, Microsoft.EntityFrameworkCore.Metadata.IEntityType quota, Guid sessionId, ServiceType type)
    {
        Add(cmd, quota, nameof(SessionQuota.SessionId), "@s", sessionId);
        Add(cmd, quota, nameof(SessionQuota.ServiceType), "@t", type);
    }
}
