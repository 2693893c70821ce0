using System.Diagnostics;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Offices;
using CivilAffairs.Marriage.Features.Registration;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>
/// Demo bookings and registrations for the last 60 days and the next 15, so that the statistics,
/// the sessions grid and the window show real figures: online and window bookings, cancellations,
/// no-shows, marriages with certificate numbers, divorces in and after the cooling-off, a busy
/// holiday opening, an upcoming Sunday opening and an upcoming closure with bookings to call back.
/// Slots stay consistent: every booking that holds a slot takes one from its quota before saving.
/// Idempotent (the portal's demo bookings are the marker); demo data only.
/// </summary>
internal sealed partial class MarriageDemoSeeder(MarriageDb db, SessionGenerator generator, CertificateNumbers numbers, MarriagePolicyReader policies,
    WorkingDayCalendar calendar, TimeProvider clock, ILogger<MarriageDemoSeeder> log)
{
    public const string OnlineBooker = "demo:portal";
    public const string WindowBooker = "demo:window";
    public const int PastDays = 60;
    public const int FutureDays = 15;

    /// <summary>
    /// The offices with demo bookings and the share of an ordinary session's capacity each fills
    /// (福田、南山 are the busiest halls). Kept small so that seeding stays quick; the other offices
    /// have only their open sessions.
    /// </summary>
    private static readonly Dictionary<string, double> Busy = new()
    {
        ["FT"] = 0.08, ["NS"] = 0.06, ["LH"] = 0.03, ["BA"] = 0.025, ["LG"] = 0.025, ["LHX"] = 0.02,
    };

    /// <summary>The offices that open the past holiday for weddings (the busy "5·20-style" day).</summary>
    private static readonly string[] HolidayOpeners = ["FT", "NS"];

    private static readonly string[] SundayOpeners = ["NS", "BA"];

    private readonly Random _random = new(520);
    private readonly List<Appointment> _bookings = [];
    private readonly List<(Appointment Booking, MarriageOffice Office)> _completed = [];
    private DemoPeople _people = null!;
    private DateTime _now;
    private DateTime _nowLocal;
    private DateOnly _today;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Appointments.IgnoreQueryFilters().AnyAsync(a => a.BookedBy == OnlineBooker, ct))
        {
            return;
        }
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _people = new DemoPeople(_random);
        _now = clock.GetUtcNow().UtcDateTime;
        _nowLocal = ChinaTime.ToLocal(_now);
        _today = ChinaTime.Today(clock);
        var from = _today.AddDays(-PastDays);
        var to = _today.AddDays(FutureDays);
        var offices = await db.Offices.Where(o => o.IsActive).ToListAsync(ct);
        db.Scope.BulkLoad = true;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            var days = await calendar.GetAsync(ct);
            AnnounceOpenings(days, offices);
            await db.SaveChangesAsync(ct);
            // past sessions are generated like the rolling window's, added unsaved so that each row is written once, already booked
            offices = offices.Where(o => Busy.ContainsKey(o.Code)).ToList();
            var created = new List<Session>();
            foreach (var office in offices)
            {
                created.AddRange(await generator.AddMissingAsync(from, to, office.Id, ct));
            }
            var ids = offices.Select(o => o.Id).ToList();
            var sessions = (await db.Sessions.Include(s => s.Quotas).Where(s => ids.Contains(s.OfficeId) && s.Date >= from && s.Date <= to).ToListAsync(ct))
                .Concat(created).OrderBy(s => s.Date).ThenBy(s => s.Period).ToList();
            var byId = offices.ToDictionary(o => o.Id);
            foreach (var s in sessions.Where(s => !s.IsClosed))
            {
                Fill(s, byId[s.OfficeId]);
            }
            var divorces = await DivorcesAsync(sessions, byId, ct);
            await RegisterAsync(ct);
            db.Appointments.AddRange(_bookings);
            db.DayLocks.AddRange(_bookings.Where(b => b.Date >= _today && b.Status == AppointmentStatus.Confirmed)
                .SelectMany(b => new[] { b.PartyAIdNumber, b.PartyBIdNumber }.OfType<string>()
                    .Select(id => new AppointmentDayLock { IdNumber = id, Date = b.Date, AppointmentId = b.Id })));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await AnnounceClosureAsync(days, offices, ct);
            await tx.CommitAsync(ct);
            Seeded(log, _bookings.Count, _completed.Count, divorces, watch.ElapsedMilliseconds,
                (long)(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
        }
        finally
        {
            db.Scope.BulkLoad = false;
        }
    }

    /// <summary>
    /// A busy day of the last weeks opened at the busiest offices — a public holiday of the last 30
    /// days if there was one, else the Sunday before last — and a Sunday in the coming two weeks
    /// opens at 南山 and 宝安.
    /// </summary>
    private void AnnounceOpenings(WorkingDays days, List<MarriageOffice> offices)
    {
        var holiday = days.Days.Where(d => d.Kind == CalendarDayKind.Holiday && d.Date > _today.AddDays(-30) && d.Date < _today.AddDays(-1))
            .OrderBy(d => d.Date).FirstOrDefault();
        var past = holiday?.Date ?? LastSunday(_today.AddDays(-7));
        Open(offices.Where(o => HolidayOpeners.Contains(o.Code)), past, holiday is null ? "周日集体婚礼特别场次" : holiday.Name + "特别场次", past.AddDays(-20));
        var sunday = LastSunday(_today.AddDays(FutureDays));
        if (sunday > _today.AddDays(1) && days.Days.All(d => d.Date != sunday))
        {
            Open(offices.Where(o => SundayOpeners.Contains(o.Code)), sunday, "周日特别场次", _today.AddDays(-3));
        }
    }

    private void Open(IEnumerable<MarriageOffice> offices, DateOnly date, string name, DateOnly announcedOn)
    {
        foreach (var office in offices)
        {
            foreach (var p in Enum.GetValues<SessionPeriod>())
            {
                var (start, end) = OfficeAdmin.DefaultHours(p);
                db.SpecialDays.Add(new SpecialDay
                {
                    OfficeId = office.Id, Date = date, Name = name, Period = p, Start = start, End = end,
                    CapacityJson = Capacities.Write(MarriageOffices.SpecialCapacity), AnnouncedOn = announcedOn,
                });
            }
        }
    }

    /// <summary>罗湖 closes an afternoon next week after couples have booked it: they are on the call-back list.</summary>
    private async Task AnnounceClosureAsync(WorkingDays days, List<MarriageOffice> offices, CancellationToken ct)
    {
        var office = offices.FirstOrDefault(o => o.Code == "LH");
        var date = _today.AddDays(4);
        while (!days.IsWorkingDay(date) || date.DayOfWeek == DayOfWeek.Saturday)
        {
            date = date.AddDays(1);
        }
        if (office is null || date > _today.AddDays(FutureDays))
        {
            return;
        }
        db.SpecialDays.Add(new SpecialDay
        {
            OfficeId = office.Id, Date = date, Name = "设备检修，下午暂停办理", IsClosure = true, Period = SessionPeriod.Afternoon, AnnouncedOn = _today,
        });
        await db.SaveChangesAsync(ct);
        await generator.EnsureAsync(date, date, office.Id, ct);
    }

    /// <summary>Books one session: holding bookings take their slot from the quota; cancelled ones gave it back.</summary>
    private void Fill(Session s, MarriageOffice office)
    {
        var ended = s.Date.ToDateTime(s.End) <= _nowLocal;
        var ahead = s.Date.DayNumber - _today.DayNumber;
        foreach (var q in s.Quotas.Where(q => q.Capacity > 0))
        {
            double share = s.Kind is SessionKind.Special or SessionKind.Holiday ? 0.35 + 0.15 * _random.NextDouble()
                : Busy.GetValueOrDefault(office.Code) * (s.Kind == SessionKind.Saturday ? 1.8 : 1) * (q.ServiceType == ServiceType.Marriage ? 1 : 1.5);
            if (ahead > 0)
            {
                share *= Math.Max(0.1, 0.7 - ahead * 0.04); // later days are not booked up yet
            }
            if (s.Kind is SessionKind.Special or SessionKind.Holiday && q.ServiceType != ServiceType.Marriage)
            {
                share = 0.2;
            }
            // each slot is taken with the session's probability; about one booking in twelve was cancelled (its slot went back)
            var p = share * (0.6 + 0.8 * _random.NextDouble());
            for (var slot = q.Capacity; slot > 0 && q.Remaining > 0; slot--)
            {
                if (_random.NextDouble() >= p)
                {
                    continue;
                }
                q.Remaining--;
                Book(s, office, q.ServiceType, ended ? PastStatus() : AppointmentStatus.Confirmed, ahead);
                if (_random.NextDouble() < 0.08)
                {
                    Book(s, office, q.ServiceType, AppointmentStatus.Cancelled, ahead);
                }
            }
        }
    }

    private AppointmentStatus PastStatus() => _random.NextDouble() < 0.07 ? AppointmentStatus.NoShow : AppointmentStatus.Completed;

    private Appointment Book(Session s, MarriageOffice office, ServiceType type, AppointmentStatus status, int ahead, DemoPerson? a = null, DemoPerson? b = null)
    {
        if (a is null)
        {
            var county = office.Served.FirstOrDefault()?.DivisionCode ?? office.DivisionCode;
            if (type is ServiceType.Marriage or ServiceType.Divorce)
            {
                (a, b) = _people.Couple(s.Date, county);
            }
            else
            {
                a = _people.Make(_random.Next(2) == 0, 25 + _random.Next(40), s.Date, county);
            }
        }
        // walk-ins are booked at the window on the day; online bookings 1–14 days before
        var window = ahead <= 0 && _random.NextDouble() < 0.2;
        var start = UtcOf(s.Date, s.Start);
        var created = window ? start.AddMinutes(-_random.Next(5, 60)) : UtcOf(s.Date.AddDays(-1 - _random.Next(14)), new TimeOnly(8, 30)).AddMinutes(_random.Next(0, 780));
        if (created > _now)
        {
            created = _now.AddMinutes(-_random.Next(1, 600));
        }
        var booking = new Appointment
        {
            Code = Code(), SessionId = s.Id, OfficeId = s.OfficeId, DivisionCode = s.DivisionCode, Date = s.Date, Period = s.Period, ServiceType = type,
            Status = status, Channel = window ? BookingChannel.Window : BookingChannel.Online,
            PartyAIdNumber = a.IdNumber, PartyAName = a.Name, PartyAPhone = a.Phone,
            PartyBIdNumber = b?.IdNumber, PartyBName = b?.Name, PartyBPhone = b?.Phone,
            BookedBy = window ? (office.Code == "FT" ? "futian.marriage" : WindowBooker) : OnlineBooker, CreatedAtUtc = created,
        };
        if (status == AppointmentStatus.Cancelled)
        {
            booking.CancelledAtUtc = created.AddMinutes((start - created).TotalMinutes * _random.NextDouble());
            booking.CancelReason = "本人取消";
        }
        if (status is AppointmentStatus.Completed or AppointmentStatus.CheckedIn)
        {
            booking.CheckedInAtUtc = start.AddMinutes(_random.Next(0, 120));
            _completed.Add((booking, office));
        }
        _bookings.Add(booking);
        return booking;
    }

    private static DateTime UtcOf(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Utc);
        return local - (ChinaTime.ToLocal(local) - local);
    }

    private readonly HashSet<string> _codes = [];

    private string Code()
    {
        const string alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
        while (true)
        {
            var c = string.Create(8, _random, (span, r) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = alphabet[r.Next(alphabet.Length)];
                }
            });
            if (_codes.Add(c))
            {
                return c;
            }
        }
    }

    private static DateOnly LastSunday(DateOnly d)
    {
        while (d.DayOfWeek != DayOfWeek.Sunday)
        {
            d = d.AddDays(-1);
        }
        return d;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Marriage demo data: {Bookings} bookings, {Registrations} registrations, {Divorces} divorce applications in {Ms} ms ({CpuMs} ms CPU)")]
    private static partial void Seeded(ILogger logger, int bookings, int registrations, int divorces, long ms, long cpuMs);
}
