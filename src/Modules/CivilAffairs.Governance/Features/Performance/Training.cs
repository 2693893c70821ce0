namespace CivilAffairs.Governance.Features.Performance;

/// <summary>A training programme for staff (扬帆计划, 红色教育 …).</summary>
internal sealed class TrainingProgramme
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Name { get; set; } = "";

    /// <summary>党性教育, 专业能力, 年轻干部 …</summary>
    public string Category { get; set; } = "";

    public string Organizer { get; set; } = "";

    public int Year { get; set; }

    public string? Description { get; set; }
}

internal sealed class TrainingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProgrammeId { get; set; }

    public string Title { get; set; } = "";

    public DateOnly HeldOn { get; set; }

    public decimal Hours { get; set; }

    public string Location { get; set; } = "";
}

/// <summary>An account's attendance of a session; the hours credited (less than the session's when partly absent).</summary>
internal sealed class TrainingAttendance
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SessionId { get; set; }

    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string DivisionCode { get; set; } = "";

    public decimal Hours { get; set; }
}
