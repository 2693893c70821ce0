using System.Security.Cryptography;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Booking;

/// <summary>
/// Book, cancel and reschedule (网上预约 and 窗口预约 follow the same rules). Eligibility is
/// decided before a slot is touched; the slot itself is taken by <see cref="SlotClaimer"/>.
/// </summary>
internal sealed class BookingService(MarriageDb db, BookingEligibility eligibility, SlotClaimer claimer, ClaimQueue claims, MarriagePolicyReader policies,
    AvailabilityCache availability, ICurrentUser user, AuditContext audit, TimeProvider clock)
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    /// <summary>
    /// Checks eligibility (nothing locked), then queues the claim for the next group commit
    /// (<see cref="ClaimQueue"/>). A person already booked that day is refused by the claim itself
    /// (the day lock's unique key), so no separate look-up is spent on it during a rush.
    /// </summary>
    public async Task<AppointmentView> BookAsync(BookAppointmentRequest r, BookingChannel channel, CancellationToken ct)
    {
        if (availability.KnownFull(r.SessionId, r.ServiceType))
        {
            throw Full();
        }
        var (session, office) = await LoadSessionAsync(r.SessionId, channel, ct, cached: true);
        if (!session.Quotas.Any(q => q.ServiceType == r.ServiceType && q.Capacity > 0))
        {
            throw new FieldValidationException("serviceType", $"该场次不办理{MarriageNames.Of(r.ServiceType)}");
        }
        var (a, b) = await eligibility.CheckAsync(r, session, office, ct);
        var ids = b is null ? new[] { a.Id.Normalized } : [a.Id.Normalized, b.Id.Normalized];
        if (availability.KnownFull(session.Id, r.ServiceType))
        {
            throw Full();
        }
        var booking = NewBooking(session, r.ServiceType, channel, a, b, 0);
        // not cancellable once queued: a claim that commits is a booking the person is told about by SMS
        var outcome = await claims.ClaimAsync(new PendingClaim(booking, ids, Sms(booking, office), user.Role, audit.ClientIp));
        return await FinishAsync(outcome, booking, office, session, ct);
    }

    public async Task<AppointmentView> RescheduleAsync(string code, Guid sessionId, CancellationToken ct)
    {
        var old = await FindOwnAsync(code, ct);
        var (oldSession, _) = await LoadSessionAsync(old.SessionId, old.Channel, ct, forChange: true);
        RefuseIfStarted(old, oldSession);
        var limit = await policies.RescheduleLimitAsync(ChinaTime.Today(clock), old.DivisionCode, ct);
        if (old.RescheduleCount >= limit)
        {
            throw new BusinessRuleException($"每笔预约最多改约{limit}次，请取消后重新预约");
        }
        var (session, office) = await LoadSessionAsync(sessionId, old.Channel, ct);
        if (session.Id == old.SessionId)
        {
            throw new BusinessRuleException("新场次与原预约相同");
        }
        var request = new BookAppointmentRequest(sessionId, old.ServiceType,
            new PartyInput(old.PartyAIdNumber, old.PartyAName, old.PartyAPhone),
            old.PartyBIdNumber is null ? null : new PartyInput(old.PartyBIdNumber, old.PartyBName, old.PartyBPhone));
        var (a, b) = await eligibility.CheckAsync(request, session, office, ct);
        var ids = b is null ? new[] { a.Id.Normalized } : [a.Id.Normalized, b.Id.Normalized];
        await RefuseIfBookedAsync(ids, session.Date, old.Id, ct);
        var booking = NewBooking(session, old.ServiceType, old.Channel, a, b, old.RescheduleCount + 1);
        var outcome = await claimer.ClaimAsync(booking, ids, Sms(booking, office), old, ct);
        availability.Invalidate(old.SessionId, old.ServiceType);
        return await FinishAsync(outcome, booking, office, session, ct);
    }

    public async Task<AppointmentView> CancelAsync(string code, string? reason, CancellationToken ct)
    {
        var booking = await FindOwnAsync(code, ct);
        var (session, office) = await LoadSessionAsync(booking.SessionId, booking.Channel, ct, forChange: true);
        RefuseIfStarted(booking, session);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        booking.Status = AppointmentStatus.Cancelled;
        booking.CancelledAtUtc = clock.GetUtcNow().UtcDateTime;
        booking.CancelReason = string.IsNullOrWhiteSpace(reason) ? "本人取消" : reason.Trim()[..Math.Min(reason.Trim().Length, 200)];
        booking.Version++;
        // the lock order of every slot change (see SlotClaimer): own rows, the hot row, then the audit lock in SaveChanges
        await db.DayLocks.Where(l => l.AppointmentId == booking.Id).ExecuteDeleteAsync(ct);
        await claimer.ReturnSlotAsync(booking.SessionId, booking.ServiceType, ct);
        db.Sms.Add(NewSms(booking.PartyAPhone, booking.Code,
            $"【深圳民政】您{booking.Date:M月d日}{MarriageNames.Of(booking.Period)}在{office.Name}的{MarriageNames.Of(booking.ServiceType)}预约（预约码{booking.Code}）已取消。"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        availability.Invalidate(booking.SessionId, booking.ServiceType);
        return AppointmentQueries.View(booking, office, session, null, clock);
    }

    private async Task<SessionAndOffice> ReadSessionAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Quotas).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException("场次不存在");
        var office = await db.Offices.AsNoTracking().Include(o => o.Served).FirstAsync(o => o.Id == session.OfficeId, ct);
        return new SessionAndOffice(session, office);
    }

    private async Task<AppointmentView> FinishAsync(ClaimOutcome outcome, Appointment booking, MarriageOffice office, Session session, CancellationToken ct)
    {
        switch (outcome)
        {
            case ClaimOutcome.Full:
                availability.MarkFull(session.Id, booking.ServiceType);
                throw Full();
            case ClaimOutcome.Duplicate:
                throw Duplicate();
        }
        // a success leaves listings alone: they may show a slot too many for at most a second
        await Task.CompletedTask;
        return AppointmentQueries.View(booking, office, session, null, clock);
    }

    private static BusinessRuleException Full() => new("该场次此项业务已约满，请选择其他场次", BookingProblems.SessionFull);

    private static BusinessRuleException Duplicate() => new("当事人当天已有预约，同一人每天只能预约一次", BookingProblems.DuplicateBooking);

    private async Task RefuseIfBookedAsync(IReadOnlyList<string> ids, DateOnly date, Guid? except, CancellationToken ct)
    {
        if (await db.DayLocks.AnyAsync(l => ids.Contains(l.IdNumber) && l.Date == date && l.AppointmentId != except, ct))
        {
            throw Duplicate();
        }
    }

    private Appointment NewBooking(Session session, ServiceType type, BookingChannel channel, CheckedParty a, CheckedParty? b, int reschedules) => new()
    {
        Code = NewCode(), SessionId = session.Id, OfficeId = session.OfficeId, DivisionCode = session.DivisionCode, Date = session.Date,
        Period = session.Period, ServiceType = type, Status = AppointmentStatus.Confirmed, Channel = channel,
        PartyAIdNumber = a.Id.Normalized, PartyAName = a.Name, PartyAPhone = a.Phone,
        PartyBIdNumber = b?.Id.Normalized, PartyBName = b?.Name, PartyBPhone = b?.Phone,
        BookedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, RescheduleCount = reschedules,
    };

    private List<SmsMessage> Sms(Appointment x, MarriageOffice office)
    {
        // no ID number or full name in an SMS: a phone screen is not private
        var text = $"【深圳民政】您已预约{x.Date:M月d日}{MarriageNames.Of(x.Period)}{office.Name}{MarriageNames.Of(x.ServiceType)}，预约码{x.Code}。" +
            $"请双方本人携带身份证、户口簿按时到{office.Address}办理。";
        var list = new List<SmsMessage> { NewSms(x.PartyAPhone, x.Code, text) };
        if (x.PartyBPhone is { } pb && pb != x.PartyAPhone)
        {
            list.Add(NewSms(pb, x.Code, text));
        }
        return list;
    }

    private SmsMessage NewSms(string phone, string code, string text) =>
        new() { Phone = phone, Text = text, Topic = "appointment:" + code, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };

    internal static string NewCode() => string.Create(8, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }
    });

    private async Task<Appointment> FindOwnAsync(string code, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        // the query filter limits this to the caller's own bookings or their office's district
        return await db.Appointments.FirstOrDefaultAsync(x => x.Code == c, ct) ?? throw new NotFoundException("预约不存在，请核对预约码");
    }

    private void RefuseIfStarted(Appointment booking, Session session)
    {
        if (booking.Status != AppointmentStatus.Confirmed)
        {
            throw new BusinessRuleException($"该预约{MarriageNames.Of(booking.Status)}，不能再取消或改约");
        }
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        if (session.Date.ToDateTime(session.Start) <= now)
        {
            throw new BusinessRuleException("场次已开始，不能取消或改约；未到场将计为爽约");
        }
    }

    private sealed record SessionAndOffice(Session Session, MarriageOffice Office);

    /// <param name="cached">
    /// A new booking reads the session and its office through the one-second cache (read-only
    /// copies): a closure reaches claims within a second; the slots themselves are never taken from the cache.
    /// </param>
    private async Task<(Session, MarriageOffice)> LoadSessionAsync(Guid sessionId, BookingChannel channel, CancellationToken ct, bool forChange = false,
        bool cached = false)
    {
        var (session, office) = cached
            ? await availability.GetOrLoadAsync(AvailabilityCache.SessionPrefix + sessionId, () => ReadSessionAsync(sessionId, CancellationToken.None))
            : await ReadSessionAsync(sessionId, ct);
        if (forChange)
        {
            return (session, office);
        }
        if (session.IsClosed || !office.IsActive)
        {
            throw new BusinessRuleException($"该场次已停办{(session.ClosedReason is null ? "" : "（" + session.ClosedReason + "）")}，请选择其他场次");
        }
        if (channel == BookingChannel.Window)
        {
            if (user.Jurisdiction is null || !DivisionCodes.IsWithin(office.DivisionCode, user.Jurisdiction))
            {
                throw new ForbiddenException("只能为本登记处的场次办理窗口预约");
            }
            var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
            if (session.Date.ToDateTime(session.End) <= now)
            {
                throw new BusinessRuleException("该场次已结束");
            }
            return (session, office);
        }
        var window = await policies.BookingAsync(ChinaTime.Today(clock), office.DivisionCode, ct);
        if (MarriageRules.BookingWindowRefusal(session.Date, ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime), window) is { } refusal)
        {
            throw new BusinessRuleException(refusal);
        }
        return (session, office);
    }
}
