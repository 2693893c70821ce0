using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Seeding;

internal sealed partial class MarriageDemoSeeder
{
    private readonly Dictionary<Guid, Guid> _applicationOf = [];

    /// <summary>
    /// Every divorce booking that came became an application in the cooling-off (民法典 art. 1077).
    /// Afterwards some couples withdrew, most came back within the collection period and were
    /// registered (or have booked that visit), and the rest lapsed. A few older applications, from
    /// before the window, lapse inside it.
    /// </summary>
    private async Task<int> DivorcesAsync(List<Session> sessions, Dictionary<Guid, MarriageOffice> offices, CancellationToken ct)
    {
        var firstVisits = _completed.Where(c => c.Booking.ServiceType == ServiceType.Divorce).ToList();
        _completed.RemoveAll(c => c.Booking.ServiceType == ServiceType.Divorce);
        var count = 0;
        foreach (var (b, office) in firstVisits)
        {
            var policy = await policies.MarriageAsync(b.Date, office.DivisionCode, ct);
            var (earliest, lapses) = MarriageRules.DivorceTimeline(b.Date, policy);
            var app = Application(office, b.Date, earliest, lapses, b.PartyAIdNumber, b.PartyAName, b.PartyBIdNumber!, b.PartyBName!, b.Id);
            count++;
            var roll = _random.NextDouble();
            if (lapses is null)
            {
                continue;
            }
            if (roll < 0.12)
            {
                var day = b.Date.AddDays(2 + _random.Next(Math.Max(1, earliest.DayNumber - b.Date.DayNumber - 3)));
                if (day < _today)
                {
                    Close(app, DivorceStatus.Withdrawn, day, "当事人撤回离婚登记申请");
                }
                continue;
            }
            if (roll < 0.8 && SecondVisit(sessions, office, b, earliest.AddDays(_random.Next(20)), lapses.Value) is { } visit)
            {
                _applicationOf[visit.Id] = app.Id;
                if (visit.Status == AppointmentStatus.Completed)
                {
                    app.Status = DivorceStatus.Registered;
                    app.ClosedAtUtc = visit.CheckedInAtUtc!.Value.AddMinutes(30);
                }
                continue;
            }
            if (lapses < _today)
            {
                Close(app, DivorceStatus.Lapsed, lapses.Value.AddDays(1), "期满未申请发给离婚证，视为撤回");
            }
        }
        // applications from before the window that lapse inside it
        var all = offices.Values.Where(o => Busy.GetValueOrDefault(o.Code) >= 0.03).ToList();
        for (var i = 0; i < 8 && all.Count > 0; i++)
        {
            var office = all[i % all.Count];
            var applied = _today.AddDays(-PastDays - 1 - _random.Next(20));
            var (earliest, lapses) = MarriageRules.DivorceTimeline(applied, await policies.MarriageAsync(applied, office.DivisionCode, ct));
            var (man, woman) = _people.Couple(applied, office.Served.FirstOrDefault()?.DivisionCode ?? office.DivisionCode);
            var app = Application(office, applied, earliest, lapses, man.IdNumber, man.Name, woman.IdNumber, woman.Name, null);
            count++;
            if (lapses is { } l && l < _today)
            {
                Close(app, DivorceStatus.Lapsed, l.AddDays(1), "期满未申请发给离婚证，视为撤回");
            }
        }
        return count;
    }

    /// <summary>The couple's second visit on or after <paramref name="day"/> at the same office, if a divorce slot is free by the deadline.</summary>
    private Appointment? SecondVisit(List<Session> sessions, MarriageOffice office, Appointment first, DateOnly day, DateOnly deadline)
    {
        var s = sessions.FirstOrDefault(x => x.OfficeId == office.Id && x.Date >= day && x.Date <= deadline && x.Date <= _today.AddDays(FutureDays)
            && !x.IsClosed && x.Quotas.Any(q => q.ServiceType == ServiceType.Divorce && q.Remaining > 0));
        if (s is null)
        {
            return null;
        }
        s.Quotas.First(q => q.ServiceType == ServiceType.Divorce).Remaining--;
        var ended = s.Date.ToDateTime(s.End) <= _nowLocal;
        return Book(s, office, ServiceType.Divorce, ended ? AppointmentStatus.Completed : AppointmentStatus.Confirmed, s.Date.DayNumber - _today.DayNumber,
            new DemoPerson(first.PartyAIdNumber, first.PartyAName, first.PartyAPhone), new DemoPerson(first.PartyBIdNumber!, first.PartyBName!, first.PartyBPhone!));
    }

    private DivorceApplication Application(MarriageOffice office, DateOnly applied, DateOnly earliest, DateOnly? lapses, string a, string aName, string b,
        string bName, Guid? appointmentId)
    {
        var app = new DivorceApplication
        {
            OfficeId = office.Id, DivisionCode = office.DivisionCode, AppointmentId = appointmentId, AppliedOn = applied, EarliestRegistrationOn = earliest,
            LapsesAfter = lapses, Status = DivorceStatus.CoolingOff, PartyAIdNumber = a, PartyAName = aName, PartyBIdNumber = b, PartyBName = bName,
            CreatedAtUtc = UtcOf(applied, new TimeOnly(10, 0)),
        };
        db.Divorces.Add(app);
        return app;
    }

    private void Close(DivorceApplication app, DivorceStatus status, DateOnly on, string reason)
    {
        app.Status = status;
        app.ClosedAtUtc = UtcOf(on, new TimeOnly(9, 30));
        app.ClosedReason = reason;
    }

    /// <summary>Registrations of the bookings that were completed, numbered in date order like the window does.</summary>
    private async Task RegisterAsync(CancellationToken ct)
    {
        foreach (var (b, office) in _completed.Where(c => c.Booking.Status == AppointmentStatus.Completed)
                     .OrderBy(c => c.Booking.Date).ThenBy(c => c.Booking.CheckedInAtUtc))
        {
            var ft = office.Code == "FT";
            var number = await numbers.NextAsync(b.ServiceType, office.DivisionCode, b.Date.Year, ct);
            db.Registrations.Add(new Registration
            {
                OfficeId = office.Id, DivisionCode = office.DivisionCode, AppointmentId = b.Id,
                DivorceApplicationId = _applicationOf.TryGetValue(b.Id, out var app) ? app : null, ServiceType = b.ServiceType,
                CertificateNumber = number, RegisteredOn = b.Date,
                Registrar = ft ? "福田区婚姻登记处 周登记" : office.Name + " 登记员", RegistrarUserName = ft ? "futian.marriage" : "demo:registrar",
                PartyAIdNumber = b.PartyAIdNumber, PartyAName = b.PartyAName, PartyBIdNumber = b.PartyBIdNumber, PartyBName = b.PartyBName,
                CreatedAtUtc = b.CheckedInAtUtc!.Value.AddMinutes(20),
            });
        }
    }
}
