namespace CivilAffairs.SocialWork.Features.Volunteers;

public sealed class TeamRequest
{
    public string? Name { get; set; }

    public TeamKind? Kind { get; set; }

    public string? ParentOrganization { get; set; }

    public Guid? ParentTeamId { get; set; }

    public string? DivisionCode { get; set; }

    public DateOnly? FoundedOn { get; set; }
}

public sealed class IntakeRequest
{
    public DateOnly? ReceivedOn { get; set; }

    public int? Members { get; set; }

    public string? Source { get; set; }
}

public sealed class VolunteerRequest
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public Guid? TeamId { get; set; }

    public VolunteerRole Role { get; set; } = VolunteerRole.Member;

    public string? Skills { get; set; }

    public DateOnly? RegisteredOn { get; set; }
}

public sealed class ServiceRequest
{
    public string? Activity { get; set; }

    public DateOnly? ServedOn { get; set; }

    public decimal? Hours { get; set; }

    public string? Verifier { get; set; }
}

public sealed class VolunteerQuery
{
    public Guid? Team { get; set; }

    public VolunteerRole? Role { get; set; }

    /// <summary>The full ID number (lists never search by a masked name).</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }
}

/// <summary>A team with counts of its own and of everything under it (computed from the records).</summary>
public sealed record TeamRow(Guid Id, string Name, string Kind, string KindName, string ParentOrganization, Guid? ParentTeamId, string DivisionCode, int Depth,
    int Volunteers, int RiverChiefs, int PlatformMembers, decimal Hours, int TotalVolunteers, int TotalRiverChiefs, int TotalPlatformMembers, decimal TotalHours);

public sealed record VolunteerRow(Guid Id, string Name, string IdNumber, Guid TeamId, string Team, string Role, string RoleName, string Skills,
    DateOnly RegisteredOn, decimal Hours, int Services);

public sealed record VolunteerList(int Total, int Page, int PageSize, IReadOnlyList<VolunteerRow> Items);

public sealed record ServiceLine(Guid Id, DateOnly ServedOn, string Activity, decimal Hours, string Verifier, string Team);

public sealed record VolunteerView(VolunteerRow Row, IReadOnlyList<ServiceLine> Records, decimal MaxHoursPerDay, string MaxHoursBasis);

/// <summary>Chinese names of the volunteer area's enums.</summary>
internal static class VolunteerNames
{
    public static string Of(TeamKind k) => k switch
    {
        TeamKind.RiverProtection => "护河志愿者",
        TeamKind.Community => "社区志愿服务",
        TeamKind.ElderHelp => "助老志愿服务",
        TeamKind.Disability => "助残志愿服务",
        TeamKind.Youth => "青少年志愿服务",
        TeamKind.Emergency => "应急志愿服务",
        _ => "其他",
    };

    public static string Of(VolunteerRole r) => r switch
    {
        VolunteerRole.RiverChief => "志愿者河长",
        VolunteerRole.Leader => "队长",
        _ => "队员",
    };
}
