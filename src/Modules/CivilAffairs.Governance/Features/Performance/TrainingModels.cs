namespace CivilAffairs.Governance.Features.Performance;

public sealed class ProgrammeRequest
{
    public string? Name { get; set; }

    public string? Category { get; set; }

    public string? Organizer { get; set; }

    public int? Year { get; set; }

    public string? Description { get; set; }
}

public sealed class SessionRequest
{
    public string? Title { get; set; }

    public DateOnly? HeldOn { get; set; }

    public decimal? Hours { get; set; }

    public string? Location { get; set; }
}

public sealed class AttendanceRequest
{
    /// <summary>Account names, separated by spaces, commas or new lines.</summary>
    public string? UserNames { get; set; }

    /// <summary>Hours credited; the session's hours when empty.</summary>
    public decimal? Hours { get; set; }
}

public sealed record SessionView(Guid Id, Guid ProgrammeId, string Title, DateOnly HeldOn, decimal Hours, string Location, IReadOnlyList<string> Attendees);

public sealed record ProgrammeView(Guid Id, string Name, string Category, string Organizer, int Year, string? Description, IReadOnlyList<SessionView> Sessions);

public sealed record HoursRow(string UserName, string DisplayName, string DivisionCode, decimal Hours, decimal Required, decimal Shortfall, int Sessions);

public sealed record HoursReport(int Year, decimal Required, string RequiredBasis, IReadOnlyList<HoursRow> Rows, int Met, int Short);
