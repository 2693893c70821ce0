using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Calendar;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>One day of the grid: its sessions, or why there are none (a holiday's name, Sunday).</summary>
public sealed record BoardDay(DateOnly Date, string Weekday, string? DayNote, bool IsWeekend, IReadOnlyList<SessionView> Sessions);

/// <summary>The sessions grid of one office (read straight from the database, not the portal's one-second cache).</summary>
internal sealed class SessionBoard(MarriageDb db, OfficeAccess access, WorkingDayCalendar calendar)
{
    public const int Days = 15;

    public async Task<List<BoardDay>> DaysAsync(Guid officeId, DateOnly from, CancellationToken ct)
    {
        await access.ReadableAsync(officeId, ct);
        var to = from.AddDays(Days - 1);
        // the period is stored as its name ("Afternoon" < "Morning"): order in memory, morning first
        var sessions = (await db.Sessions.AsNoTracking().Include(s => s.Quotas).Where(s => s.OfficeId == officeId && s.Date >= from && s.Date <= to)
            .ToListAsync(ct)).OrderBy(s => s.Date).ThenBy(s => s.Period).ToList();
        var calendarDays = (await calendar.GetAsync(ct)).Days.Where(d => d.Date >= from && d.Date <= to).ToDictionary(d => d.Date);
        var list = new List<BoardDay>();
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            string? note = calendarDays.TryGetValue(d, out var c)
                ? (c.Kind == CalendarDayKind.Holiday ? $"法定节假日（{c.Name}）" : $"调休上班（{c.Name}）")
                : null;
            list.Add(new BoardDay(d, OfficeAdmin.DayNames[(int)d.DayOfWeek], note, d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday,
                sessions.Where(s => s.Date == d).Select(AppointmentQueries.ToView).ToList()));
        }
        return list;
    }
}
