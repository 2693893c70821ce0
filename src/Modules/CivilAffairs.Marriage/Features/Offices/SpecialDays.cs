using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Calendar;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>
/// 公告: special openings (5·20, 七夕, a holiday by announcement) and closures. After saving, the
/// sessions of that day are brought in line through <see cref="SessionGenerator"/>; an opening on a
/// day whose sessions already exist changes their capacity through the guarded update; a closure
/// closes the sessions and returns the bookings caught by it for a call-back — they are never
/// cancelled silently (the couple decide: another session, or a cancellation).
/// </summary>
internal sealed class SpecialDays(MarriageDb db, OfficeAccess access, SessionGenerator generator, SessionCapacity capacity,
    MarriagePolicyReader policies, WorkingDayCalendar calendar, TimeProvider clock)
{
    public async Task<SpecialDayResult> AnnounceAsync(SpecialDayRequest r, CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var targets = await TargetsAsync(r.OfficeId, ct);
        var errors = new FieldErrors();
        if (r.Date is not { } date)
        {
            errors.Add("date", "请选择日期");
            date = default;
        }
        else if (date < today)
        {
            errors.Add("date", "不能公告已过去的日期");
        }
        var name = (r.Name ?? "").Trim();
        if (name.Length is 0 or > 64)
        {
            errors.Add("name", r.IsClosure ? "请填写停办原因（64字以内）" : "请填写特别场次名称（如“5·20 特别场次”，64字以内）");
        }
        var whole = string.IsNullOrWhiteSpace(r.Period) || r.Period.Equals("WholeDay", StringComparison.OrdinalIgnoreCase);
        SessionPeriod? one = null;
        if (!whole)
        {
            if (Enum.TryParse<SessionPeriod>(r.Period, true, out var p))
            {
                one = p;
            }
            else
            {
                errors.Add("period", "时段须为全天、上午或下午");
            }
        }
        var periods = one is { } single ? [single] : Enum.GetValues<SessionPeriod>();
        var hours = new Dictionary<SessionPeriod, (TimeOnly Start, TimeOnly End)>();
        Dictionary<ServiceType, int>? cap = null;
        if (!r.IsClosure)
        {
            foreach (var p in periods)
            {
                var (start, end) = p == SessionPeriod.Morning ? (r.MorningStart, r.MorningEnd) : (r.AfternoonStart, r.AfternoonEnd);
                var (ds, de) = OfficeAdmin.DefaultHours(p);
                var key = p == SessionPeriod.Morning ? "morning" : "afternoon";
                if (OfficeAdmin.ParseHours(string.IsNullOrWhiteSpace(start) ? OfficeAdmin.Time(ds) : start,
                        string.IsNullOrWhiteSpace(end) ? OfficeAdmin.Time(de) : end, key, OfficeAdmin.PeriodName(p), errors) is { } h)
                {
                    hours[p] = h;
                }
            }
            cap = OfficeAdmin.ParseCapacity(r.Marriage, r.Divorce, r.Reissue, r.StatusCertificate, "capacity", "号源", errors);
        }
        errors.ThrowIfAny();
        var officeIds = targets.Offices.Select(o => o.Id).ToList();
        if (!r.IsClosure)
        {
            var clash = (await db.SpecialDays.AsNoTracking().Where(s => s.Date == date && !s.IsClosure).ToListAsync(ct))
                .FirstOrDefault(s => s.Period is { } p && periods.Contains(p) && (s.OfficeId is not { } o || targets.WholeCity || officeIds.Contains(o)));
            if (clash is not null)
            {
                throw new BusinessRuleException($"{date:yyyy年M月d日}{OfficeAdmin.PeriodName(clash.Period!.Value)}已公告特别场次“{clash.Name}”，请勿重复公告");
            }
        }

        // the whole city is one row with no office; a district announces for each of its offices
        IReadOnlyList<Guid?> scopes = targets.WholeCity ? [null] : officeIds.Select(id => (Guid?)id).ToList();
        var rows = new List<SpecialDay>();
        foreach (var officeId in scopes)
        {
            if (r.IsClosure)
            {
                rows.Add(new SpecialDay { OfficeId = officeId, Date = date, Name = name, IsClosure = true, Period = one, AnnouncedOn = today });
                continue;
            }
            rows.AddRange(periods.Select(p => new SpecialDay
            {
                OfficeId = officeId, Date = date, Name = name, Period = p, Start = hours[p].Start, End = hours[p].End,
                CapacityJson = Capacities.Write(cap!), AnnouncedOn = today,
            }));
        }
        db.SpecialDays.AddRange(rows);
        await db.SaveChangesAsync(ct);

        var warnings = new List<string>();
        int created = 0, changed = 0, closed = 0;
        var window = await policies.BookingAsync(today, "4403", ct);
        if (date > today.AddDays(window.MaxDaysAhead))
        {
            warnings.Add(r.IsClosure
                ? $"该日尚未进入{window.MaxDaysAhead}天放号窗口，放号时停办时段不再生成场次"
                : $"该日尚未进入{window.MaxDaysAhead}天放号窗口，场次将在放号时按本公告生成");
        }
        else
        {
            var openBefore = await SessionsOn(date, officeIds, one).CountAsync(s => !s.IsClosed, ct);
            if (!r.IsClosure)
            {
                changed = await ApplyToExistingAsync(date, officeIds, periods, name, hours, cap!, warnings, ct);
            }
            foreach (var officeId in scopes)
            {
                created += await generator.EnsureAsync(date, date, officeId, ct);
            }
            if (r.IsClosure)
            {
                closed = openBefore - await SessionsOn(date, officeIds, one).CountAsync(s => !s.IsClosed, ct);
            }
        }
        var callBack = r.IsClosure ? await CallBackListAsync(date, officeIds, one, ct) : [];
        var names = targets.Offices.ToDictionary(o => o.Id, o => o.Name);
        var views = rows.Select(s => ToView(s, names, 0)).ToList();
        return new SpecialDayResult(views, created, changed, closed, warnings, callBack);
    }

    /// <summary>Sessions already open on the day take the announced hours, label and capacity (guarded: never below what is held).</summary>
    private async Task<int> ApplyToExistingAsync(DateOnly date, List<Guid> officeIds, SessionPeriod[] periods, string name,
        Dictionary<SessionPeriod, (TimeOnly Start, TimeOnly End)> hours, Dictionary<ServiceType, int> cap, List<string> warnings, CancellationToken ct)
    {
        var days = await calendar.GetAsync(ct);
        var holiday = days.Days.Any(d => d.Date == date && d.Kind == CalendarDayKind.Holiday);
        var sessions = (await db.Sessions.Where(s => s.Date == date && officeIds.Contains(s.OfficeId) && !s.IsClosed).ToListAsync(ct))
            .Where(s => periods.Contains(s.Period)).ToList();
        var ids = sessions.Select(s => s.Id).ToList();
        var quotas = await db.Quotas.AsNoTracking().Where(q => ids.Contains(q.SessionId)).ToListAsync(ct);
        foreach (var s in sessions)
        {
            s.Kind = holiday ? SessionKind.Holiday : SessionKind.Special;
            s.Label = name;
            (s.Start, s.End) = hours[s.Period];
            foreach (var type in Enum.GetValues<ServiceType>())
            {
                var want = cap.GetValueOrDefault(type);
                if ((quotas.FirstOrDefault(q => q.SessionId == s.Id && q.ServiceType == type)?.Capacity ?? 0) == want)
                {
                    continue;
                }
                try
                {
                    await capacity.SetAsync(s, type, want, ct);
                }
                catch (BusinessRuleException ex)
                {
                    warnings.Add(ex.Message);
                }
            }
        }
        await db.SaveChangesAsync(ct);
        return sessions.Count;
    }

    public async Task<List<SpecialDayView>> UpcomingAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var offices = await access.VisibleAsync(ct);
        var ids = offices.Select(o => o.Id).ToList();
        var rows = (await db.SpecialDays.AsNoTracking().Where(s => s.Date >= today && (s.OfficeId == null || ids.Contains(s.OfficeId.Value)))
            .OrderBy(s => s.Date).Take(60).ToListAsync(ct)).OrderBy(s => s.Date).ThenBy(s => s.Period ?? SessionPeriod.Morning).ToList();
        var names = offices.ToDictionary(o => o.Id, o => o.Name);
        var list = new List<SpecialDayView>();
        foreach (var s in rows)
        {
            var affected = s.IsClosure ? await HeldOn(s.Date, s.OfficeId is { } o ? [o] : ids, s.Period).CountAsync(ct) : 0;
            list.Add(ToView(s, names, affected));
        }
        return list;
    }

    /// <summary>The call-back list of one announced closure.</summary>
    public async Task<List<CallBackView>> CallBackAsync(Guid specialDayId, CancellationToken ct)
    {
        var s = await db.SpecialDays.AsNoTracking().FirstOrDefaultAsync(x => x.Id == specialDayId && x.IsClosure, ct) ?? throw new NotFoundException("停办公告不存在");
        var ids = (await access.VisibleAsync(ct)).Select(o => o.Id).ToList();
        if (s.OfficeId is { } one && !ids.Contains(one))
        {
            throw new NotFoundException("停办公告不存在或不在您的辖区内");
        }
        return await CallBackListAsync(s.Date, s.OfficeId is { } o ? [o] : ids, s.Period, ct);
    }

    private async Task<List<CallBackView>> CallBackListAsync(DateOnly date, List<Guid> officeIds, SessionPeriod? period, CancellationToken ct)
    {
        var names = await db.Offices.AsNoTracking().Where(o => officeIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var rows = (await HeldOn(date, officeIds, period).ToListAsync(ct)).OrderBy(a => names.GetValueOrDefault(a.OfficeId), StringComparer.Ordinal).ThenBy(a => a.Period).ThenBy(a => a.Code).ToList();
        return rows.Select(a => new CallBackView(a.Code, a.Date, a.Period, MarriageNames.Of(a.Period), names.GetValueOrDefault(a.OfficeId, ""),
            MarriageNames.Of(a.ServiceType), Masking.Name(a.PartyAName), Masking.Phone(a.PartyAPhone),
            a.PartyBName is null ? null : Masking.Name(a.PartyBName), a.PartyBPhone is null ? null : Masking.Phone(a.PartyBPhone),
            MarriageNames.Of(a.Status))).ToList();
    }

    /// <summary>Bookings still holding a slot that the couple have not yet used (已预约 / 已签到).</summary>
    private IQueryable<Appointment> HeldOn(DateOnly date, List<Guid> officeIds, SessionPeriod? period) =>
        db.Appointments.AsNoTracking().Where(a => a.Date == date && officeIds.Contains(a.OfficeId) && (period == null || a.Period == period)
            && (a.Status == AppointmentStatus.Confirmed || a.Status == AppointmentStatus.CheckedIn));

    private IQueryable<Session> SessionsOn(DateOnly date, List<Guid> officeIds, SessionPeriod? period) =>
        db.Sessions.AsNoTracking().Where(s => s.Date == date && officeIds.Contains(s.OfficeId) && (period == null || s.Period == period));

    /// <summary>One office, or every office the user manages; the whole city is one row with no office.</summary>
    private async Task<(List<MarriageOffice> Offices, bool WholeCity)> TargetsAsync(Guid? officeId, CancellationToken ct)
    {
        if (officeId is { } id)
        {
            var office = await access.ManageableAsync(id, ct);
            return ([office], false);
        }
        var mine = (await access.VisibleAsync(ct)).Where(access.CanManage).ToList();
        if (mine.Count == 0)
        {
            throw new ForbiddenException("您的角色或辖区无权公告婚姻登记处的特别场次或停办");
        }
        var all = await db.Offices.CountAsync(ct);
        return (mine, mine.Count == all);
    }

    private static SpecialDayView ToView(SpecialDay s, IReadOnlyDictionary<Guid, string> names, int affected)
    {
        var c = Capacities.Parse(s.CapacityJson);
        var capacityText = string.Join("、", c.OrderBy(kv => kv.Key).Select(kv => $"{MarriageNames.Of(kv.Key)} {kv.Value}"));
        return new SpecialDayView(s.Id, s.Date, s.OfficeId, s.OfficeId is { } o ? names.GetValueOrDefault(o, "") : "全部登记处", s.Name, s.IsClosure, s.Period,
            s.Period is { } p ? OfficeAdmin.PeriodName(p) : "全天",
            s.Start is { } a && s.End is { } b ? $"{OfficeAdmin.Time(a)}–{OfficeAdmin.Time(b)}" : null, capacityText, s.AnnouncedOn, affected);
    }
}
