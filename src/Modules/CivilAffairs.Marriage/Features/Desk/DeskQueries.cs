using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Marriage.Features.Registration;
using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Desk;

/// <summary>
/// Reads for the registration window: the clerk's day, one booking with what was recorded for it,
/// and the audited reveal of the parties' full ID numbers. Bookings and registrations go through
/// the district query filter; offices are public, so "my offices" are chosen by jurisdiction here.
/// </summary>
internal sealed class DeskQueries(MarriageDb db, ICurrentUser user, TimeProvider clock, AuditEvents audit, MarriagePolicyReader policies)
{
    /// <summary>How far ahead the walk-in form offers sessions (the generated rolling window).</summary>
    private const int BookableDays = 15;

    public async Task<List<MarriageOffice>> MyOfficesAsync(CancellationToken ct)
    {
        var all = await db.Offices.AsNoTracking().Where(o => o.IsActive).OrderBy(o => o.DivisionCode).ToListAsync(ct);
        return user.Jurisdiction is { } j ? all.Where(o => DivisionCodes.IsWithin(o.DivisionCode, j)).ToList() : [];
    }

    public async Task<DeskToday> TodayAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var now = ChinaTime.ToLocal(clock.GetUtcNow().UtcDateTime);
        var offices = await MyOfficesAsync(ct);
        var byId = offices.ToDictionary(o => o.Id);
        var ids = byId.Keys.ToList();
        // the period is stored as its name, so "Afternoon" would sort first in SQL: order in memory (a few dozen rows)
        var sessions = (await db.Sessions.AsNoTracking().Include(s => s.Quotas)
            .Where(s => ids.Contains(s.OfficeId) && s.Date >= today && s.Date <= today.AddDays(BookableDays)).ToListAsync(ct))
            .OrderBy(s => s.Date).ThenBy(s => s.Period).ThenBy(s => byId[s.OfficeId].DivisionCode, StringComparer.Ordinal).ToList();
        var bookings = (await db.Appointments.AsNoTracking()
            .Where(a => ids.Contains(a.OfficeId) && a.Date == today && a.Status != AppointmentStatus.Cancelled).ToListAsync(ct))
            .OrderBy(a => a.Period).ThenBy(a => a.CreatedAtUtc).ToList();
        var todays = sessions.Where(s => s.Date == today).ToList();
        var sessionById = todays.ToDictionary(s => s.Id);

        DeskSessionView View(Session s, bool counted)
        {
            var mine = counted ? bookings.Where(b => b.SessionId == s.Id).ToList() : [];
            return new DeskSessionView(s.Id, s.OfficeId, byId[s.OfficeId].Name, s.Date, s.Period, MarriageNames.Of(s.Period), s.Start, s.End, s.Label,
                s.IsClosed, s.Date.ToDateTime(s.End) <= now, AppointmentQueries.ToView(s).Quotas, mine.Count,
                mine.Count(b => b.Status == AppointmentStatus.CheckedIn), mine.Count(b => b.Status == AppointmentStatus.Completed),
                mine.Count(b => b.Status is AppointmentStatus.Confirmed or AppointmentStatus.NoShow));
        }

        var list = bookings.Where(b => sessionById.ContainsKey(b.SessionId))
            .Select(b => AppointmentQueries.View(b, byId[b.OfficeId], sessionById[b.SessionId], null, clock)).ToList();
        var bookable = sessions.Where(s => !s.IsClosed && s.Date.ToDateTime(s.End) > now).Select(s => View(s, false)).ToList();
        return new DeskToday(today, offices.Select(o => o.Name).ToList(), todays.Select(s => View(s, true)).ToList(), list, bookable);
    }

    public async Task<DeskBookingView> BookingAsync(string code, CancellationToken ct)
    {
        var a = await FindAsync(code, ct);
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == a.OfficeId, ct);
        var session = await db.Sessions.AsNoTracking().FirstAsync(s => s.Id == a.SessionId, ct);
        var reg = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.AppointmentId == a.Id, ct);
        var divorceId = reg?.DivorceApplicationId;
        var divorce = await db.Divorces.AsNoTracking().FirstOrDefaultAsync(d => d.AppointmentId == a.Id || d.Id == divorceId, ct);
        DivorceApplication? pending = null;
        if (a.ServiceType == ServiceType.Divorce && a.PartyBIdNumber is { } b && a.Status is AppointmentStatus.Confirmed or AppointmentStatus.CheckedIn)
        {
            pending = await db.Divorces.AsNoTracking()
                .Where(d => d.Status == DivorceStatus.CoolingOff
                    && ((d.PartyAIdNumber == a.PartyAIdNumber && d.PartyBIdNumber == b) || (d.PartyAIdNumber == b && d.PartyBIdNumber == a.PartyAIdNumber)))
                .OrderByDescending(d => d.AppliedOn).FirstOrDefaultAsync(ct);
        }
        var today = ChinaTime.Today(clock);
        var policy = await policies.MarriageAsync(a.Date, office.DivisionCode, ct);
        return new DeskBookingView(AppointmentQueries.View(a, office, session, null, clock), Masking.Phone(a.PartyAPhone), a.PartyBPhone is null ? null : Masking.Phone(a.PartyBPhone),
            a.CheckedInAtUtc, a.Status == AppointmentStatus.Confirmed && a.Date == today, a.Status == AppointmentStatus.CheckedIn,
            reg is null ? null : RegistrationService.ToView(reg, office), divorce is null ? null : RegistrationService.ToView(divorce),
            pending is null ? null : RegistrationService.ToView(pending), DeskChecklist.For(a.ServiceType, pending is not null, !policy.AnyOffice));
    }

    /// <summary>
    /// The full ID numbers for the clerk comparing them with the documents in hand. Each reveal is
    /// an audit event naming the booking; the audit row itself holds only masked numbers.
    /// </summary>
    public async Task<RevealedParties> RevealAsync(string code, string? reason, CancellationToken ct)
    {
        if (!user.Has(Permissions.MarriageDesk))
        {
            throw new ForbiddenException();
        }
        var a = await FindAsync(code, ct);
        var why = string.IsNullOrWhiteSpace(reason) ? "窗口核验当事人身份证件" : reason.Trim()[..Math.Min(reason.Trim().Length, 200)];
        await audit.RecordAsync(AuditActions.RevealId, nameof(Appointment), a.Id.ToString(), new
        {
            reason = why, code = a.Code, partyA = Masking.IdNumber(a.PartyAIdNumber), partyB = Masking.IdNumber(a.PartyBIdNumber),
        }, ct: ct);
        return new RevealedParties(a.PartyAName, a.PartyAIdNumber, a.PartyBName, a.PartyBIdNumber);
    }

    public async Task<AppointmentPage> SearchAsync(AppointmentSearch s, CancellationToken ct)
    {
        var query = db.Appointments.AsNoTracking().Where(a => a.DivisionCode.StartsWith(user.Jurisdiction ?? "#"));
        var code = (s.Code ?? "").Trim().ToUpperInvariant();
        if (code.Length > 0)
        {
            query = query.Where(a => a.Code == code);
        }
        var id = (s.IdNumber ?? "").Trim().ToUpperInvariant();
        if (id.Length > 0)
        {
            query = query.Where(a => a.PartyAIdNumber == id || a.PartyBIdNumber == id);
        }
        if (s.Date is { } date)
        {
            query = query.Where(a => a.Date == date);
        }
        if (s.Office is { } office)
        {
            query = query.Where(a => a.OfficeId == office);
        }
        if (!string.IsNullOrWhiteSpace(s.Status))
        {
            var status = Enum.TryParse<AppointmentStatus>(s.Status, true, out var st) ? st : throw new FieldValidationException("status", "状态无效");
            query = query.Where(a => a.Status == status);
        }
        var (page, size) = Paging(s.Page, s.PageSize);
        var total = await query.CountAsync(ct);
        // the period is stored as its name: descending puts "Morning" before "Afternoon"
        var rows = await query.OrderByDescending(a => a.Date).ThenByDescending(a => a.Period).ThenByDescending(a => a.CreatedAtUtc)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        var sessionIds = rows.Select(r => r.SessionId).Distinct().ToList();
        var sessions = await db.Sessions.AsNoTracking().Where(x => sessionIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        return new AppointmentPage(total, page, size, rows.Select(a => AppointmentQueries.View(a, offices[a.OfficeId], sessions[a.SessionId], null, clock)).ToList());
    }

    public async Task<RegistrationPage> RegistrationsAsync(RegistrationSearch s, CancellationToken ct)
    {
        var to = s.To ?? ChinaTime.Today(clock);
        var from = s.From ?? to.AddDays(-30);
        if (from > to)
        {
            throw new FieldValidationException("from", "开始日期不能晚于结束日期");
        }
        var query = db.Registrations.AsNoTracking().Where(r => r.RegisteredOn >= from && r.RegisteredOn <= to);
        if (!string.IsNullOrWhiteSpace(s.Type))
        {
            var type = Enum.TryParse<ServiceType>(s.Type, true, out var t) ? t : throw new FieldValidationException("type", "业务类型无效");
            query = query.Where(r => r.ServiceType == type);
        }
        var (page, size) = Paging(s.Page, s.PageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(r => r.RegisteredOn).ThenByDescending(r => r.CreatedAtUtc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);
        return new RegistrationPage(total, page, size, rows.Select(r => RegistrationService.ToView(r, offices[r.OfficeId])).ToList());
    }

    public async Task<RegistrationView> RegistrationAsync(Guid id, CancellationToken ct)
    {
        var r = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var office = await db.Offices.AsNoTracking().FirstAsync(o => o.Id == r.OfficeId, ct);
        return RegistrationService.ToView(r, office);
    }

    public async Task<DivorcePage> DivorcesAsync(string? status, int? pageNo, int? pageSize, CancellationToken ct)
    {
        var query = db.Divorces.AsNoTracking();
        var counts = await query.GroupBy(d => d.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Count(DivorceStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        if (!string.IsNullOrWhiteSpace(status))
        {
            var st = Enum.TryParse<DivorceStatus>(status, true, out var x) ? x : throw new FieldValidationException("status", "状态无效");
            query = query.Where(d => d.Status == st);
        }
        var (page, size) = Paging(pageNo, pageSize);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.AppliedOn).ThenByDescending(d => d.CreatedAtUtc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var offices = await db.Offices.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var today = ChinaTime.Today(clock);
        var items = rows.Select(d =>
        {
            var v = RegistrationService.ToView(d);
            var open = d.Status == DivorceStatus.CoolingOff;
            var stage = !open ? v.StatusName
                : today < d.EarliestRegistrationOn ? "冷静期中"
                : d.LapsesAfter is { } lapse && today > lapse ? "已逾期（待清理）" : "可申请发证";
            return new DivorceListItem(d.Id, offices.GetValueOrDefault(d.OfficeId, ""), d.AppliedOn, d.EarliestRegistrationOn, d.LapsesAfter, d.Status,
                v.StatusName, stage, v.PartyAName, v.PartyAIdNumber, v.PartyBName, v.PartyBIdNumber, d.ClosedAtUtc, d.ClosedReason,
                open && today < d.EarliestRegistrationOn);
        }).ToList();
        return new DivorcePage(total, page, size, items, Count(DivorceStatus.CoolingOff), Count(DivorceStatus.Registered),
            Count(DivorceStatus.Withdrawn), Count(DivorceStatus.Lapsed));
    }

    /// <summary>A booking of the clerk's district (a citizen's own booking is not the window's business).</summary>
    private async Task<Appointment> FindAsync(string code, CancellationToken ct)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        return await db.Appointments.AsNoTracking().FirstOrDefaultAsync(a => a.Code == c && a.DivisionCode.StartsWith(user.Jurisdiction ?? "#"), ct)
            ?? throw new NotFoundException("预约不存在或不属于本登记处");
    }

    private static (int Page, int Size) Paging(int? page, int? size) => (Math.Max(1, page ?? 1), Math.Clamp(size ?? 20, 1, 200));
}
