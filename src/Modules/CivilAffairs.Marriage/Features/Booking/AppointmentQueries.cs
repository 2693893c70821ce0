using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Booking;

public sealed record QuotaView(ServiceType ServiceType, string ServiceName, int Capacity, int Remaining);

public sealed record SessionView(Guid Id, Guid OfficeId, DateOnly Date, SessionPeriod Period, string PeriodName, TimeOnly Start, TimeOnly End,
    SessionKind Kind, string KindName, string? Label, bool IsClosed, string? ClosedReason, IReadOnlyList<QuotaView> Quotas);

public sealed record OfficeView(Guid Id, string Code, string Name, string DivisionCode, string Address, string Phone, string Hours,
    IReadOnlyList<string> ServedDistricts);

/// <summary>Reads for the portal (offices, sessions: public) and for bookings (own or in the clerk's district).</summary>
internal sealed class AppointmentQueries(MarriageDb db, AvailabilityCache cache, ICurrentUser user, TimeProvider clock)
{
    public Task<List<OfficeView>> OfficesAsync(CancellationToken ct) =>
        cache.GetOrLoadAsync("offices", async () => (await db.Offices.AsNoTracking().Include(o => o.Served).Where(o => o.IsActive)
            .OrderBy(o => o.DivisionCode).ToListAsync(ct))
            .Select(o => new OfficeView(o.Id, o.Code, o.Name, o.DivisionCode, o.Address, o.Phone, o.Hours,
                o.Served.Select(s => s.DivisionCode).Order(StringComparer.Ordinal).ToList()))
            .ToList());

    /// <summary>Sessions of one office (or all) in [from, to]; served from the one-second availability cache.</summary>
    public Task<List<SessionView>> SessionsAsync(Guid? officeId, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var start = from ?? ChinaTime.Today(clock);
        var end = to ?? start.AddDays(15);
        if (end < start || end.DayNumber - start.DayNumber > 62)
        {
            throw new FieldValidationException("to", "查询区间须在62天以内，且结束日期不早于开始日期");
        }
        return cache.GetOrLoadAsync($"sessions:{officeId}:{start:yyyyMMdd}:{end:yyyyMMdd}", async () =>
            (await db.Sessions.AsNoTracking().Include(s => s.Quotas)
                .Where(s => (officeId == null || s.OfficeId == officeId) && s.Date >= start && s.Date <= end)
                .OrderBy(s => s.Date).ThenBy(s => s.Start).ToListAsync(ct))
            .Select(ToView).ToList());
    }

    public static SessionView ToView(Session s) => new(s.Id, s.OfficeId, s.Date, s.Period, MarriageNames.Of(s.Period), s.Start, s.End, s.Kind,
        MarriageNames.Of(s.Kind), s.Label, s.IsClosed, s.ClosedReason,
        s.Quotas.OrderBy(q => q.ServiceType).Select(q => new QuotaView(q.ServiceType, MarriageNames.Of(q.ServiceType), q.Capacity, q.Remaining)).ToList());

    public async Task<AppointmentView> GetAsync(string code, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        var a = await db.Appointments.AsNoTracking().FirstOrDefaultAsync(x => x.Code == c, ct) ?? throw new NotFoundException("预约不存在，请核对预约码");
        return await ViewAsync(a, ct);
    }

    /// <summary>The bookings this account made, newest first.</summary>
    public async Task<List<AppointmentView>> MineAsync(CancellationToken ct)
    {
        var me = user.UserName;
        var rows = await db.Appointments.AsNoTracking().Where(a => a.BookedBy == me).OrderByDescending(a => a.Date).Take(50).ToListAsync(ct);
        var list = new List<AppointmentView>();
        foreach (var a in rows)
        {
            list.Add(await ViewAsync(a, ct));
        }
        return list;
    }

    private async Task<AppointmentView> ViewAsync(Appointment a, CancellationToken ct)
    {
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == a.OfficeId, ct);
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == a.SessionId, ct);
        var replacedBy = a.ReplacedById is { } r ? await db.Appointments.AsNoTracking().Where(x => x.Id == r).Select(x => x.Code).FirstOrDefaultAsync(ct) : null;
        return View(a, office, session, replacedBy, clock);
    }

    public static AppointmentView View(Appointment a, MarriageOffice office, Session s, string? replacedBy, TimeProvider clock)
    {
        var started = s.Date.ToDateTime(s.Start) <= ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        return new AppointmentView(a.Code, a.SessionId, a.OfficeId, office.Name, office.Address, a.Date, a.Period, s.Start, s.End, s.Label,
            a.ServiceType, MarriageNames.Of(a.ServiceType), a.Status, MarriageNames.Of(a.Status), a.Channel,
            Masking.Name(a.PartyAName), Masking.IdNumber(a.PartyAIdNumber), a.PartyBName is null ? null : Masking.Name(a.PartyBName),
            a.PartyBIdNumber is null ? null : Masking.IdNumber(a.PartyBIdNumber), a.CreatedAtUtc, replacedBy,
            a.Status == AppointmentStatus.Confirmed && !started);
    }
}
