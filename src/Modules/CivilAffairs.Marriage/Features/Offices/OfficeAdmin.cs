using System.Globalization;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.Marriage.Data;
using CivilAffairs.Marriage.Domain;
using CivilAffairs.Marriage.Features.Booking;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>
/// An office's settings and its regular week. Template changes shape the sessions generated from
/// now on; sessions already open keep their quotas (bookings hold them) — those change one by one
/// through <see cref="SessionCapacity"/>.
/// </summary>
internal sealed class OfficeAdmin(MarriageDb db, OfficeAccess access, IDivisionDirectory divisions, AvailabilityCache availability, TimeProvider clock)
{
    public static readonly string[] DayNames = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

    public async Task<OfficeSettingsView> GetAsync(Guid id, CancellationToken ct) => View(await access.ReadableAsync(id, ct));

    public OfficeSettingsView View(MarriageOffice o) => new(o.Id, o.Code, o.Name, o.DivisionCode, o.Address, o.Phone, o.Hours,
        o.Served.Select(s => s.DivisionCode).Order(StringComparer.Ordinal).ToList(), o.IsActive, o.Version, access.CanManage(o));

    public async Task<OfficeSettingsView> UpdateAsync(Guid id, UpdateOfficeRequest r, CancellationToken ct)
    {
        var office = await access.ManageableAsync(id, ct);
        var errors = new FieldErrors();
        var address = Text(r.Address, "address", "地址", 200, errors);
        var phone = Text(r.Phone, "phone", "咨询电话", 32, errors);
        var hours = Text(r.Hours, "hours", "办公时间", 200, errors);
        var served = await ServedAsync(r.ServedDistricts, errors, ct);
        errors.ThrowIfAny();
        if (r.Version is { } v && v != office.Version)
        {
            throw new BusinessRuleException("该登记处的设置在您编辑期间已被他人修改，请刷新后重试");
        }
        office.Address = address;
        office.Phone = phone;
        office.Hours = hours;
        office.IsActive = r.IsActive ?? office.IsActive;
        office.Served.RemoveAll(s => !served.Contains(s.DivisionCode));
        foreach (var d in served.Where(d => office.Served.All(s => s.DivisionCode != d)))
        {
            office.Served.Add(new OfficeServedDistrict { OfficeId = office.Id, DivisionCode = d });
        }
        office.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        office.Version++;
        await db.SaveChangesAsync(ct);
        availability.Reset();
        return View(office);
    }

    /// <summary>6-digit county codes that the division directory knows; duplicates dropped.</summary>
    private async Task<List<string>> ServedAsync(IEnumerable<string>? input, FieldErrors errors, CancellationToken ct)
    {
        var codes = (input ?? []).SelectMany(s => (s ?? "").Split([',', '，', ' ', '、', ';', '；', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            errors.Add("servedDistricts", "请至少填写一个受理户籍的区县代码（6位）");
            return [];
        }
        var ok = new List<string>();
        foreach (var c in codes)
        {
            if (c.Length != 6 || !c.All(char.IsAsciiDigit) || c.EndsWith("00", StringComparison.Ordinal))
            {
                errors.Add("servedDistricts", $"“{c}”不是6位区县代码（如 440304）");
                continue;
            }
            var d = await divisions.FindAsync(c, ChinaTime.Today(clock), ct);
            if (d is null || d.Level != 3)
            {
                errors.Add("servedDistricts", $"区县代码 {c} 在行政区划目录中不存在或已撤销");
                continue;
            }
            ok.Add(c);
        }
        return ok;
    }

    public async Task<List<TemplateView>> TemplatesAsync(Guid officeId, CancellationToken ct)
    {
        await access.ReadableAsync(officeId, ct);
        var rows = await db.Templates.AsNoTracking().Where(t => t.OfficeId == officeId).ToListAsync(ct);
        var list = new List<TemplateView>();
        for (var dow = 1; dow <= 6; dow++)
        {
            foreach (var p in Enum.GetValues<SessionPeriod>())
            {
                var t = rows.FirstOrDefault(x => x.DayOfWeek == dow && x.Period == p);
                var c = t is null ? [] : Capacities.Parse(t.CapacityJson);
                var (start, end) = t is null ? DefaultHours(p) : (t.Start, t.End);
                list.Add(new TemplateView(dow, DayNames[dow], p, PeriodName(p), t is not null, Time(start), Time(end),
                    c.GetValueOrDefault(ServiceType.Marriage), c.GetValueOrDefault(ServiceType.Divorce), c.GetValueOrDefault(ServiceType.Reissue),
                    c.GetValueOrDefault(ServiceType.StatusCertificate)));
            }
        }
        return list;
    }

    public async Task<List<TemplateView>> SaveTemplatesAsync(Guid officeId, SaveTemplatesRequest r, CancellationToken ct)
    {
        await access.ManageableAsync(officeId, ct);
        var errors = new FieldErrors();
        var plans = new List<(int Dow, SessionPeriod Period, bool Open, TimeOnly Start, TimeOnly End, Dictionary<ServiceType, int> Capacity)>();
        for (var i = 0; i < r.Rows.Count; i++)
        {
            var row = r.Rows[i];
            var key = $"rows[{i}]";
            if (row.DayOfWeek is < 1 or > 6 || !Enum.TryParse<SessionPeriod>(row.Period, true, out var period))
            {
                errors.Add(key, "只能设置周一至周六的上午或下午（周日及节假日按公告开放）");
                continue;
            }
            if (!row.Open)
            {
                plans.Add((row.DayOfWeek, period, false, default, default, []));
                continue;
            }
            var label = DayNames[row.DayOfWeek] + PeriodName(period);
            var hours = ParseHours(row.Start, row.End, key, label, errors);
            var capacity = ParseCapacity(row.Marriage, row.Divorce, row.Reissue, row.StatusCertificate, key, label, errors);
            if (hours is { } h && capacity is not null)
            {
                plans.Add((row.DayOfWeek, period, true, h.Start, h.End, capacity));
            }
        }
        errors.ThrowIfAny();
        var existing = await db.Templates.Where(t => t.OfficeId == officeId).ToListAsync(ct);
        foreach (var p in plans)
        {
            var t = existing.FirstOrDefault(x => x.DayOfWeek == p.Dow && x.Period == p.Period);
            if (!p.Open)
            {
                if (t is not null)
                {
                    db.Templates.Remove(t);
                }
                continue;
            }
            if (t is null)
            {
                t = new SessionTemplate { OfficeId = officeId, DayOfWeek = p.Dow, Period = p.Period };
                db.Templates.Add(t);
            }
            t.Start = p.Start;
            t.End = p.End;
            t.CapacityJson = Capacities.Write(p.Capacity);
        }
        await db.SaveChangesAsync(ct);
        return await TemplatesAsync(officeId, ct);
    }

    public static (TimeOnly Start, TimeOnly End)? ParseHours(string? start, string? end, string key, string label, FieldErrors errors)
    {
        if (!TryTime(start, out var s) || !TryTime(end, out var e))
        {
            errors.Add(key + ".start", $"{label}：请填写开始和结束时间，如 9:00、11:30");
            return null;
        }
        if (e <= s)
        {
            errors.Add(key + ".end", $"{label}：结束时间须晚于开始时间");
            return null;
        }
        return (s, e);
    }

    /// <summary>Capacity per service type, each 0–500, at least one above zero.</summary>
    public static Dictionary<ServiceType, int>? ParseCapacity(int? marriage, int? divorce, int? reissue, int? certificate, string key, string label,
        FieldErrors errors)
    {
        var c = new Dictionary<ServiceType, int>
        {
            [ServiceType.Marriage] = marriage ?? 0, [ServiceType.Divorce] = divorce ?? 0,
            [ServiceType.Reissue] = reissue ?? 0, [ServiceType.StatusCertificate] = certificate ?? 0,
        };
        if (c.Values.Any(v => v is < 0 or > 500))
        {
            errors.Add(key + ".capacity", $"{label}：号源数须在0至500之间");
            return null;
        }
        if (c.Values.All(v => v == 0))
        {
            errors.Add(key + ".capacity", $"{label}：至少一项业务的号源须大于0");
            return null;
        }
        return c;
    }

    public static bool TryTime(string? s, out TimeOnly t) =>
        TimeOnly.TryParseExact((s ?? "").Trim().Replace('：', ':'), ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out t);

    public static string Time(TimeOnly t) => t.ToString("H:mm", CultureInfo.InvariantCulture);

    public static string PeriodName(SessionPeriod p) => p == SessionPeriod.Morning ? "上午" : "下午";

    public static (TimeOnly, TimeOnly) DefaultHours(SessionPeriod p) =>
        p == SessionPeriod.Morning ? (new TimeOnly(9, 0), new TimeOnly(11, 30)) : (new TimeOnly(14, 0), new TimeOnly(17, 30));

    private static string Text(string? value, string field, string label, int max, FieldErrors errors)
    {
        var v = (value ?? "").Trim();
        if (v.Length == 0)
        {
            errors.Add(field, $"请填写{label}");
        }
        else if (v.Length > max)
        {
            errors.Add(field, $"{label}不能超过{max}个字");
        }
        return v;
    }
}
