using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Reminders;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Reminders;

/// <summary>
/// The registration window's to-dos on the home page, in the user's district: couples booked for
/// today who have not checked in, divorces whose collection period ends within three days (they
/// lapse if the couple do not come), and bookings on sessions closed after they were made (to call back).
/// </summary>
internal sealed class MarriageReminders(MarriageDb db, ICurrentUser user, TimeProvider clock) : IReminderSource
{
    public async Task<IReadOnlyList<Reminder>> GetAsync(CancellationToken ct)
    {
        if (!user.Has(Permissions.MarriageRead) || user.Jurisdiction is null)
        {
            return [];
        }
        var today = ChinaTime.Today(clock);
        var list = new List<Reminder>();
        if (user.Has(Permissions.MarriageDesk))
        {
            var waiting = await db.Appointments.CountAsync(a => a.Date == today && a.Status == AppointmentStatus.Confirmed
                && a.DivisionCode.StartsWith(user.Jurisdiction), ct);
            list.Add(new Reminder("今日已预约未签到", waiting, "/marriage/desk", false));
        }
        var soon = today.AddDays(3);
        var lapsing = await db.Divorces.CountAsync(d => d.Status == DivorceStatus.CoolingOff && d.LapsesAfter != null
            && d.LapsesAfter >= today && d.LapsesAfter <= soon, ct);
        list.Add(new Reminder("离婚申请3日内期满（逾期视为撤回）", lapsing, "/marriage/divorces", true));
        var closed = await db.Sessions.Where(s => s.IsClosed && s.Date >= today && s.DivisionCode.StartsWith(user.Jurisdiction))
            .Select(s => s.Id).ToListAsync(ct);
        var toCall = closed.Count == 0 ? 0 : await db.Appointments.CountAsync(a => closed.Contains(a.SessionId) && a.Status == AppointmentStatus.Confirmed, ct);
        list.Add(new Reminder("停办场次需电话通知的预约", toCall, "/marriage/sessions", true));
        return list.Where(r => r.Count > 0).ToList();
    }
}
