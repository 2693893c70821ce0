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
}

/// <summary>
/// Takes one slot for a booking in one transaction. Order matters for the rush: the booking, its
/// day locks (unique per person and day) and its SMS are written first, while nothing hot is
/// locked; the guarded decrement of the session's hot row comes last, so that row is held only
/// from that statement to the commit. Either everything commits or nothing does, so at every
/// moment capacity = remaining + bookings holding a slot.
/// </summary>
internal sealed class SlotClaimer(MarriageDb db)
{
    /// <param name="release">A booking being rescheduled: released in the same transaction, and only if the new slot is taken.</param>
    public async Task<ClaimOutcome> ClaimAsync(Appointment booking, IReadOnlyList<string> idNumbers, IReadOnlyList<SmsMessage> sms,
        Appointment? release, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (release is not null)
            {
                await db.DayLocks.Where(l => l.AppointmentId == release.Id).ExecuteDeleteAsync(ct);
                release.Status = AppointmentStatus.Cancelled;
                release.CancelReason = "改约";
                release.CancelledAtUtc = booking.CreatedAtUtc;
                release.ReplacedById = booking.Id;
                release.Version++;
            }
            db.Appointments.Add(booking);
            foreach (var id in idNumbers.Distinct())
            {
                db.DayLocks.Add(new AppointmentDayLock { IdNumber = id, Date = booking.Date, AppointmentId = booking.Id });
            }
            db.Sms.AddRange(sms);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ClaimOutcome.Duplicate;
        }
        var taken = await db.Quotas
            .Where(q => q.SessionId == booking.SessionId && q.ServiceType == booking.ServiceType && q.Remaining > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Remaining, q => q.Remaining - 1), ct);
        if (taken == 0)
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return ClaimOutcome.Full;
        }
        if (release is not null)
        {
            await ReturnSlotAsync(release.SessionId, release.ServiceType, ct);
        }
        await tx.CommitAsync(ct);
        return ClaimOutcome.Booked;
    }

    /// <summary>Gives a slot back (cancellation); call inside the cancelling transaction.</summary>
    public Task<int> ReturnSlotAsync(Guid sessionId, ServiceType type, CancellationToken ct) =>
        db.Quotas.Where(q => q.SessionId == sessionId && q.ServiceType == type && q.Remaining < q.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.Remaining, q => q.Remaining + 1), ct);
}
