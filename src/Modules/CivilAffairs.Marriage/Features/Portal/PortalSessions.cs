using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Portal;

/// <summary>One day of the booking window as the portal shows it.</summary>
/// <param name="Refusal">Why the day cannot be booked now (not yet released, too soon), or null.</param>
internal sealed record PortalDay(DateOnly Date, string? Refusal, IReadOnlyList<SessionView> Sessions);

/// <summary>The days of the booking window of one office, and the rules that shaped it.</summary>
internal sealed record PortalWindow(OfficeView Office, BookingPolicy Policy, IReadOnlyList<PortalDay> Days);

/// <summary>
/// What the portal lists: the offices, and an office's sessions day by day over the booking
/// window (MinDaysAhead … MaxDaysAhead, both parameters). Whether a day is bookable is the same
/// rule the booking itself applies (<see cref="MarriageRules.BookingWindowRefusal"/>).
/// </summary>
internal sealed class PortalSessions(MarriageDb db, AppointmentQueries queries, MarriagePolicyReader policies, TimeProvider clock)
{
    public Task<List<OfficeView>> OfficesAsync(CancellationToken ct) => queries.OfficesAsync(ct);

    public async Task<OfficeView> OfficeAsync(string? officeCode, CancellationToken ct) =>
        (await queries.OfficesAsync(ct)).FirstOrDefault(o => string.Equals(o.Code, officeCode?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new NotFoundException("没有这个婚姻登记处");

    public async Task<OfficeView> OfficeAsync(Guid officeId, CancellationToken ct) =>
        (await queries.OfficesAsync(ct)).FirstOrDefault(o => o.Id == officeId) ?? throw new NotFoundException("没有这个婚姻登记处");

    public Task<BookingPolicy> PolicyAsync(string division, CancellationToken ct) => policies.BookingAsync(ChinaTime.Today(clock), division, ct);

    public Task<int> RescheduleLimitAsync(string division, CancellationToken ct) => policies.RescheduleLimitAsync(ChinaTime.Today(clock), division, ct);

    public async Task<PortalWindow> WindowAsync(OfficeView office, CancellationToken ct)
    {
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var policy = await policies.BookingAsync(today, office.DivisionCode, ct);
        var first = today.AddDays(Math.Max(policy.MinDaysAhead, 0));
        var last = today.AddDays(Math.Max(policy.MaxDaysAhead, policy.MinDaysAhead));
        var sessions = await queries.SessionsAsync(office.Id, first, last, ct);
        var days = new List<PortalDay>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            // by the enum (morning first): the query sorts by the stored period name, which puts 下午 before 上午
            days.Add(new PortalDay(d, MarriageRules.BookingWindowRefusal(d, now, policy), sessions.Where(s => s.Date == d).OrderBy(s => s.Period).ThenBy(s => s.Start).ToList()));
        }
        return new PortalWindow(office, policy, days);
    }

    /// <summary>One session with its office, for the booking form (any date: the booking itself decides what is allowed).</summary>
    public async Task<(SessionView Session, OfficeView Office)> SessionAsync(Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Quotas).FirstOrDefaultAsync(s => s.Id == sessionId, ct)
            ?? throw new NotFoundException("场次不存在");
        return (AppointmentQueries.ToView(session), await OfficeAsync(session.OfficeId, ct));
    }
}
