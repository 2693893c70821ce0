using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialWork.Features.Volunteers;

public enum TeamKind
{
    RiverProtection = 1,
    Community = 2,
    ElderHelp = 3,
    Disability = 4,
    Youth = 5,
    Emergency = 6,
    Other = 9,
}

/// <summary>The role of a volunteer in a team (the river force has 志愿者河长 leading 河小二).</summary>
public enum VolunteerRole
{
    Member = 1,
    RiverChief = 2,
    Leader = 3,
}

/// <summary>A volunteer team (志愿服务队伍); teams may sit under a parent team (city force → district → river section).</summary>
internal sealed class VolunteerTeam
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    public TeamKind Kind { get; set; }

    public string ParentOrganization { get; set; } = "";

    public Guid? ParentTeamId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly FoundedOn { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>A registered volunteer (志愿服务条例 art. 7: identity, skills, time); personal fields masked in lists.</summary>
internal sealed class Volunteer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public Guid TeamId { get; set; }

    public string DivisionCode { get; set; } = "";

    public VolunteerRole Role { get; set; } = VolunteerRole.Member;

    public string Skills { get; set; } = "";

    public DateOnly RegisteredOn { get; set; }

    public string CreatedBy { get; set; } = "";
}

/// <summary>
/// A batch of members registered through the city's volunteer platform (志愿深圳) and assigned to a
/// team, counted but not copied here person by person; 河小二 join this way.
/// </summary>
internal sealed class VolunteerIntake
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TeamId { get; set; }

    public string DivisionCode { get; set; } = "";

    public DateOnly ReceivedOn { get; set; }

    public int Members { get; set; }

    public string Source { get; set; } = "";

    public string RecordedBy { get; set; } = "";
}

/// <summary>One service a volunteer gave (志愿服务条例 art. 19): activity, date, hours, who verified.</summary>
internal sealed class ServiceRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VolunteerId { get; set; }

    public Guid TeamId { get; set; }

    public string DivisionCode { get; set; } = "";

    public string Activity { get; set; } = "";

    public DateOnly ServedOn { get; set; }

    public decimal Hours { get; set; }

    public string Verifier { get; set; } = "";

    public string RecordedBy { get; set; } = "";

    public DateTime RecordedAtUtc { get; set; }
}
