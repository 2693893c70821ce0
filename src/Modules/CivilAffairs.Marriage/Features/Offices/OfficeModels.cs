using CivilAffairs.Marriage.Domain;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>An office's own settings (PUT /registries/{id}); the served districts are 6-digit county codes.</summary>
public sealed class UpdateOfficeRequest
{
    public string? Address { get; set; }

    public string? Phone { get; set; }

    public string? Hours { get; set; }

    public List<string>? ServedDistricts { get; set; }

    /// <summary>False stops bookings at this office; left out, the office stays as it is.</summary>
    public bool? IsActive { get; set; }

    /// <summary>The version the editor saw (optimistic concurrency); null skips the check.</summary>
    public int? Version { get; set; }
}

/// <summary>One half-day of the regular week: open or not, hours ("9:00"), capacity per service type.</summary>
public sealed class TemplateInput
{
    /// <summary>ISO day of week, 1 = Monday … 6 = Saturday (Sundays open only by announcement).</summary>
    public int DayOfWeek { get; set; }

    /// <summary>Morning or Afternoon.</summary>
    public string? Period { get; set; }

    public bool Open { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }

    public int? Marriage { get; set; }

    public int? Divorce { get; set; }

    public int? Reissue { get; set; }

    public int? StatusCertificate { get; set; }
}

/// <summary>The whole regular week of one office (PUT /registries/{id}/templates); rows not sent stay as they are.</summary>
public sealed class SaveTemplatesRequest
{
    public List<TemplateInput> Rows { get; set; } = [];
}

/// <summary>
/// An announcement (POST /special-days): a special opening (5·20, 七夕, a holiday by announcement)
/// or a closure, for one office or, with no office, for every office in the caller's jurisdiction.
/// </summary>
public sealed class SpecialDayRequest
{
    public Guid? OfficeId { get; set; }

    public DateOnly? Date { get; set; }

    public bool IsClosure { get; set; }

    /// <summary>The opening's name (e.g. "5·20 特别场次") or the closure's reason.</summary>
    public string? Name { get; set; }

    /// <summary>Morning, Afternoon or WholeDay (an opening of the whole day opens both half-days).</summary>
    public string? Period { get; set; }

    public string? MorningStart { get; set; }

    public string? MorningEnd { get; set; }

    public string? AfternoonStart { get; set; }

    public string? AfternoonEnd { get; set; }

    public int? Marriage { get; set; }

    public int? Divorce { get; set; }

    public int? Reissue { get; set; }

    public int? StatusCertificate { get; set; }
}

/// <summary>A session's new capacity for one service type (PUT /sessions/{id}/capacity).</summary>
public sealed class CapacityRequest
{
    public ServiceType? ServiceType { get; set; }

    public int? Capacity { get; set; }
}

public sealed record OfficeSettingsView(Guid Id, string Code, string Name, string DivisionCode, string Address, string Phone, string Hours,
    IReadOnlyList<string> ServedDistricts, bool IsActive, int Version, bool CanManage);

public sealed record TemplateView(int DayOfWeek, string DayName, SessionPeriod Period, string PeriodName, bool Open, string Start, string End,
    int Marriage, int Divorce, int Reissue, int StatusCertificate);

public sealed record SpecialDayView(Guid Id, DateOnly Date, Guid? OfficeId, string OfficeName, string Name, bool IsClosure, SessionPeriod? Period,
    string PeriodName, string? Hours, string CapacityText, DateOnly AnnouncedOn, int AffectedBookings);

/// <summary>A booking caught by a closure, for the call-back list: masked names and phones, never the ID number.</summary>
public sealed record CallBackView(string Code, DateOnly Date, SessionPeriod Period, string PeriodName, string OfficeName, string ServiceName,
    string PartyAName, string PartyAPhone, string? PartyBName, string? PartyBPhone, string StatusName);

public sealed record SpecialDayResult(IReadOnlyList<SpecialDayView> Announced, int SessionsCreated, int SessionsChanged, int SessionsClosed,
    IReadOnlyList<string> Warnings, IReadOnlyList<CallBackView> CallBack);

public sealed record CapacityResult(Guid SessionId, ServiceType ServiceType, string ServiceName, int Capacity, int Remaining, int Held);
