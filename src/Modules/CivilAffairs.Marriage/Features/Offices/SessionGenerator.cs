using System.Text.Json;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>Capacity per service type, kept as a small JSON object on templates and special days.</summary>
internal static class Capacities
{
    public static Dictionary<ServiceType, int> Parse(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, int>>(json)!
            .Where(kv => Enum.TryParse<ServiceType>(kv.Key, out _) && kv.Value > 0)
            .ToDictionary(kv => Enum.Parse<ServiceType>(kv.Key), kv => kv.Value);

    public static string Write(IReadOnlyDictionary<ServiceType, int> c) =>
        JsonSerializer.Serialize(c.Where(kv => kv.Value > 0).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value));
}

/// <summary>What one office should open on one day (before it is stored).</summary>
internal sealed record PlannedSession(SessionPeriod Period, TimeOnly Start, TimeOnly End, SessionKind Kind, string? Label, Dictionary<ServiceType, int> Capacity);

/// <summary>
/// Turns the week's templates, the official calendar and announced special days into bookable
/// sessions. Idempotent: existing sessions keep their quotas (bookings hold them); a closure
/// announced later closes an existing session and leaves its bookings for the call-back list.
/// </summary>
internal sealed class SessionGenerator(MarriageDb db, WorkingDayCalendar calendar, AvailabilityCache availability)
{
    /// <summary>The plan for one day (pure): special openings replace the template's half-day; holidays open only by announcement.</summary>
    public static IReadOnlyList<PlannedSession> Plan(DateOnly date, IReadOnlyList<SessionTemplate> templates, IReadOnlyList<SpecialDay> specials,
        WorkingDays days, bool isHoliday)
    {
        if (specials.Any(s => s.IsClosure && s.Period is null))
        {
            return [];
        }
        var plan = new Dictionary<SessionPeriod, PlannedSession>();
        var dow = (int)date.DayOfWeek;
        if (!isHoliday)
        {
            // a make-up working Saturday or Sunday (调休上班) runs the ordinary weekday hours
            var templateDay = days.IsWorkingDay(date) ? (dow is 0 or 6 ? 1 : dow) : dow;
            var kind = days.IsWorkingDay(date) ? SessionKind.Weekday : SessionKind.Saturday;
            foreach (var t in templates.Where(t => t.DayOfWeek == templateDay))
            {
                plan[t.Period] = new PlannedSession(t.Period, t.Start, t.End, kind, null, Capacities.Parse(t.CapacityJson));
            }
        }
        foreach (var s in specials.Where(s => !s.IsClosure && s.Period is not null && s.Start is not null && s.End is not null))
        {
            plan[s.Period!.Value] = new PlannedSession(s.Period.Value, s.Start!.Value, s.End!.Value,
                isHoliday ? SessionKind.Holiday : SessionKind.Special, s.Name, Capacities.Parse(s.CapacityJson));
        }
        foreach (var c in specials.Where(s => s.IsClosure && s.Period is not null))
        {
            plan.Remove(c.Period!.Value);
        }
        return plan.Values.OrderBy(p => p.Period).ToList();
    }

    /// <summary>Creates the missing sessions of [from, to] for every active office (or one). Returns how many were created.</summary>
    public async Task<int> EnsureAsync(DateOnly from, DateOnly to, Guid? officeId, CancellationToken ct)
    {
        var created = await AddMissingAsync(from, to, officeId, ct);
        await db.SaveChangesAsync(ct);
        // a closure or a new session must reach the portal and the claim path now, not after the cache's second
        availability.Reset();
        return created.Count;
    }

    /// <summary>
    /// The work of <see cref="EnsureAsync"/> without the save: the new sessions are added to the
    /// context (and announced closures applied), so a caller that fills them first writes each row once.
    /// </summary>
    public async Task<List<Session>> AddMissingAsync(DateOnly from, DateOnly to, Guid? officeId, CancellationToken ct)
    {
        var days = await calendar.GetAsync(ct);
        var holidays = days.Days.Where(d => d.Kind == CalendarDayKind.Holiday && d.Date >= from && d.Date <= to).Select(d => d.Date).ToHashSet();
        var offices = await db.Offices.Where(o => o.IsActive && (officeId == null || o.Id == officeId)).ToListAsync(ct);
        var ids = offices.Select(o => o.Id).ToList();
        var templates = await db.Templates.Where(t => ids.Contains(t.OfficeId)).ToListAsync(ct);
        var specials = await db.SpecialDays.Where(s => s.Date >= from && s.Date <= to && (s.OfficeId == null || ids.Contains(s.OfficeId.Value))).ToListAsync(ct);
        var existing = await db.Sessions.Where(s => ids.Contains(s.OfficeId) && s.Date >= from && s.Date <= to).ToListAsync(ct);
        var have = existing.ToDictionary(s => (s.OfficeId, s.Date, s.Period));
        var created = new List<Session>();
        foreach (var office in offices)
        {
            var officeTemplates = templates.Where(t => t.OfficeId == office.Id).ToList();
            for (var d = from; d <= to; d = d.AddDays(1))
            {
                var daySpecials = specials.Where(s => s.Date == d && (s.OfficeId == null || s.OfficeId == office.Id)).ToList();
                CloseAnnounced(office.Id, d, daySpecials, have);
                foreach (var p in Plan(d, officeTemplates, daySpecials, days, holidays.Contains(d)))
                {
                    if (have.ContainsKey((office.Id, d, p.Period)))
                    {
                        continue;
                    }
                    var session = new Session
                    {
                        OfficeId = office.Id, DivisionCode = office.DivisionCode, Date = d, Period = p.Period, Start = p.Start, End = p.End,
                        Kind = p.Kind, Label = p.Label,
                        Quotas = p.Capacity.Select(c => new SessionQuota { ServiceType = c.Key, Capacity = c.Value, Remaining = c.Value }).ToList(),
                    };
                    db.Sessions.Add(session);
                    have[(office.Id, d, p.Period)] = session;
                    created.Add(session);
                }
            }
        }
        return created;
    }

    private static void CloseAnnounced(Guid officeId, DateOnly d, List<SpecialDay> daySpecials, Dictionary<(Guid, DateOnly, SessionPeriod), Session> have)
    {
        foreach (var c in daySpecials.Where(s => s.IsClosure))
        {
            foreach (var period in c.Period is { } one ? [one] : Enum.GetValues<SessionPeriod>())
            {
                if (have.TryGetValue((officeId, d, period), out var s) && !s.IsClosed)
                {
                    s.IsClosed = true;
                    s.ClosedReason = c.Name;
                }
            }
        }
    }
}
