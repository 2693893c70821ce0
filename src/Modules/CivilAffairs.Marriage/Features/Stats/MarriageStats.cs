using System.Globalization;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Stats;

/// <summary>
/// 统计报表 of the offices in the user's jurisdiction. Bookings are grouped in the database (office,
/// day, half-day, status, channel) and joined to their sessions here, so a month of the whole city
/// reads a few thousand small rows at most, whatever the number of bookings.
/// </summary>
internal sealed class MarriageStats(MarriageDb db, OfficeAccess access, WorkingDayCalendar calendar, TimeProvider clock)
{
    public const int MaxDays = 366;

    private sealed record SessionFacts(Guid Id, Guid OfficeId, DateOnly Date, SessionPeriod Period, TimeOnly End, SessionKind Kind, string? Label,
        bool IsClosed, int Capacity);

    private sealed record BookingGroup(Guid OfficeId, DateOnly Date, SessionPeriod Period, AppointmentStatus Status, BookingChannel Channel, int Count);

    public async Task<MarriageStatsReport> BuildAsync(string? from, string? to, Guid? registry, CancellationToken ct)
    {
        var (start, end) = Period(from, to);
        var offices = await access.VisibleAsync(ct);
        if (registry is { } only)
        {
            offices = offices.Where(o => o.Id == only).ToList();
            if (offices.Count == 0)
            {
                throw new NotFoundException("婚姻登记处不存在或不在您的辖区内");
            }
        }
        var ids = offices.Select(o => o.Id).ToList();
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);

        var sessions = await db.Sessions.AsNoTracking().Where(s => ids.Contains(s.OfficeId) && s.Date >= start && s.Date <= end)
            .Select(s => new SessionFacts(s.Id, s.OfficeId, s.Date, s.Period, s.End, s.Kind, s.Label, s.IsClosed, s.Quotas.Sum(q => q.Capacity)))
            .ToListAsync(ct);
        var sessionAt = sessions.ToDictionary(s => (s.OfficeId, s.Date, s.Period));
        bool Ended(SessionFacts s) => s.Date.ToDateTime(s.End) <= now;

        // a booking moved by 改约 is counted once, as the booking that replaced it
        var groups = (await db.Appointments.AsNoTracking()
                .Where(a => ids.Contains(a.OfficeId) && a.Date >= start && a.Date <= end && a.ReplacedById == null)
                .GroupBy(a => new { a.OfficeId, a.Date, a.Period, a.Status, a.Channel })
                .Select(g => new { g.Key.OfficeId, g.Key.Date, g.Key.Period, g.Key.Status, g.Key.Channel, Count = g.Count() })
                .ToListAsync(ct))
            .Select(g => new BookingGroup(g.OfficeId, g.Date, g.Period, g.Status, g.Channel, g.Count)).ToList();
        bool Passed(BookingGroup g) => sessionAt.TryGetValue((g.OfficeId, g.Date, g.Period), out var s) ? Ended(s) : g.Date.ToDateTime(TimeOnly.MaxValue) <= now;

        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => ids.Contains(r.OfficeId) && r.RegisteredOn >= start && r.RegisteredOn <= end)
            .GroupBy(r => new { r.OfficeId, r.RegisteredOn, r.ServiceType })
            .Select(g => new { g.Key.OfficeId, g.Key.RegisteredOn, g.Key.ServiceType, Count = g.Count() })
            .ToListAsync(ct);
        RegistrationFigures Regs(Func<Guid, DateOnly, bool> where)
        {
            int N(ServiceType t) => registrations.Where(r => r.ServiceType == t && where(r.OfficeId, r.RegisteredOn)).Sum(r => r.Count);
            return new RegistrationFigures(N(ServiceType.Marriage), N(ServiceType.Divorce), N(ServiceType.Reissue), N(ServiceType.StatusCertificate));
        }

        var byRegistry = offices.Select(o => new RegistryStatsRow(o.Id, o.Code, o.Name,
            Figures(groups.Where(g => g.OfficeId == o.Id), Passed), Regs((office, _) => office == o.Id))).ToList();

        var days = (await calendar.GetAsync(ct)).Days.Where(d => d.Date >= start && d.Date <= end).ToDictionary(d => d.Date);
        var byDay = new List<DayStatsRow>();
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            var day = d;
            var note = days.TryGetValue(d, out var c) ? (c.Kind == CalendarDayKind.Holiday ? c.Name : c.Name + "调休上班") : null;
            byDay.Add(new DayStatsRow(d, OfficeAdmin.DayNames[(int)d.DayOfWeek], note, sessions.Count(s => s.Date == day && !s.IsClosed),
                Figures(groups.Where(g => g.Date == day), Passed), Regs((_, on) => on == day)));
        }

        var extra = new List<ExtraSessionRow>();
        foreach (var kind in new[] { SessionKind.Saturday, SessionKind.Special, SessionKind.Holiday })
        {
            var held = sessions.Where(s => s.Kind == kind && !s.IsClosed && Ended(s)).ToList();
            var inThem = groups.Where(g => sessionAt.TryGetValue((g.OfficeId, g.Date, g.Period), out var s) && s.Kind == kind && !s.IsClosed && Ended(s)).ToList();
            extra.Add(new ExtraSessionRow(kind.ToString(), MarriageNames.Of(kind), held.Count,
                inThem.Where(g => g.Status != AppointmentStatus.Cancelled).Sum(g => g.Count), inThem.Where(g => Came(g.Status)).Sum(g => g.Count)));
        }
        var names = offices.ToDictionary(o => o.Id, o => o.Name);
        var special = sessions.Where(s => s.Kind is SessionKind.Special or SessionKind.Holiday)
            .GroupBy(s => (s.Date, s.OfficeId, s.Label, s.Kind)).OrderBy(g => g.Key.Date).ThenBy(g => names[g.Key.OfficeId])
            .Select(g =>
            {
                var inThem = groups.Where(b => b.OfficeId == g.Key.OfficeId && b.Date == g.Key.Date && g.Any(s => s.Period == b.Period)).ToList();
                return new SpecialDayStatsRow(g.Key.Date, names[g.Key.OfficeId], g.Key.Label ?? "", MarriageNames.Of(g.Key.Kind),
                    g.Count(s => !s.IsClosed && Ended(s)), g.Where(s => !s.IsClosed).Sum(s => s.Capacity),
                    inThem.Where(b => b.Status != AppointmentStatus.Cancelled).Sum(b => b.Count), inThem.Where(b => Came(b.Status)).Sum(b => b.Count));
            }).ToList();

        return new MarriageStatsReport(start, end, registry, registry is null ? null : offices[0].Name,
            Figures(groups, Passed), Regs((_, _) => true), byRegistry, byDay, await DivorcesAsync(offices, start, end, ct), extra, special);
    }

    /// <summary>Divorce applications entering the cooling-off, and those withdrawn, lapsed or registered in the period.</summary>
    private async Task<List<DivorceFlowRow>> DivorcesAsync(List<MarriageOffice> offices, DateOnly start, DateOnly end, CancellationToken ct)
    {
        var ids = offices.Select(o => o.Id).ToList();
        // a day of margin either side in UTC; the exact China-time day is checked below
        var looseFrom = start.AddDays(-1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var looseTo = end.AddDays(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var lapseFrom = start.AddDays(-1);
        var lapseTo = end.AddDays(-1);
        var rows = await db.Divorces.AsNoTracking()
            .Where(d => ids.Contains(d.OfficeId) && ((d.AppliedOn >= start && d.AppliedOn <= end)
                || (d.ClosedAtUtc != null && d.ClosedAtUtc >= looseFrom && d.ClosedAtUtc < looseTo)
                || (d.LapsesAfter != null && d.LapsesAfter >= lapseFrom && d.LapsesAfter <= lapseTo)))
            .Select(d => new { d.OfficeId, d.AppliedOn, d.LapsesAfter, d.Status, d.ClosedAtUtc })
            .ToListAsync(ct);
        bool In(DateOnly d) => d >= start && d <= end;
        bool ClosedIn(DateTime? utc) => utc is { } u && In(DateOnly.FromDateTime(ChinaTime.ToLocal(u)));
        DivorceFlowRow Row(Guid? officeId, string name, Func<Guid, bool> where)
        {
            var mine = rows.Where(r => where(r.OfficeId)).ToList();
            return new DivorceFlowRow(officeId, name,
                mine.Count(r => r.LapsesAfter != null && In(r.AppliedOn)),
                mine.Count(r => r.Status == DivorceStatus.Withdrawn && ClosedIn(r.ClosedAtUtc)),
                mine.Count(r => r.Status == DivorceStatus.Lapsed && r.LapsesAfter is { } l && In(l.AddDays(1))),
                mine.Count(r => r.Status == DivorceStatus.Registered && ClosedIn(r.ClosedAtUtc)));
        }
        var list = offices.Select(o => Row(o.Id, o.Name, id => id == o.Id)).ToList();
        list.Add(Row(null, "合计", _ => true));
        return list;
    }

    private static bool Came(AppointmentStatus s) => s is AppointmentStatus.CheckedIn or AppointmentStatus.Completed;

    private static BookingFigures Figures(IEnumerable<BookingGroup> groups, Func<BookingGroup, bool> passed)
    {
        int bookings = 0, online = 0, window = 0, cancelled = 0, due = 0, shown = 0;
        foreach (var g in groups)
        {
            bookings += g.Count;
            if (g.Channel == BookingChannel.Online)
            {
                online += g.Count;
            }
            else
            {
                window += g.Count;
            }
            if (g.Status == AppointmentStatus.Cancelled)
            {
                cancelled += g.Count;
                continue;
            }
            if (passed(g))
            {
                due += g.Count;
                shown += Came(g.Status) ? g.Count : 0;
            }
        }
        return new BookingFigures(bookings, online, window, cancelled, due, shown, due - shown, due == 0 ? null : Math.Round((decimal)shown / due, 4));
    }

    /// <summary>The period asked for; by default this month (China time). At most <see cref="MaxDays"/> days.</summary>
    public (DateOnly From, DateOnly To) Period(string? from, string? to)
    {
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        var start = ParseDate(from, "from", errors) ?? new DateOnly(today.Year, today.Month, 1);
        var end = ParseDate(to, "to", errors) ?? new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1);
        if (!errors.Any && end < start)
        {
            errors.Add("to", "截止日期不能早于起始日期");
        }
        else if (!errors.Any && end.DayNumber - start.DayNumber >= MaxDays)
        {
            errors.Add("to", $"统计区间不能超过{MaxDays}天");
        }
        errors.ThrowIfAny();
        return (start, end);
    }

    private static DateOnly? ParseDate(string? s, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(s))
        {
            return null;
        }
        if (DateOnly.TryParseExact(s.Trim(), ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        errors.Add(field, "日期格式应为 yyyy-MM-dd");
        return null;
    }
}
