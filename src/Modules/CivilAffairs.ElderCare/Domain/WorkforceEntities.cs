using CivilAffairs.Platform.Values;

namespace CivilAffairs.ElderCare.Domain;

/// <summary>养老护理员 national occupational skill levels (五级 to 一级).</summary>
public enum CareQualification
{
    /// <summary>未取证</summary>
    None = 0,

    /// <summary>初级 (五级)</summary>
    Junior = 1,

    /// <summary>中级 (四级)</summary>
    Intermediate = 2,

    /// <summary>高级 (三级)</summary>
    Senior = 3,

    /// <summary>技师 (二级)</summary>
    Technician = 4,

    /// <summary>高级技师 (一级)</summary>
    SeniorTechnician = 5,
}

/// <summary>A care worker employed by an institution or provider; the provider sees only its own.</summary>
internal sealed class CareWorker
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    [PersonalData(MaskKind.Name)]
    public string Name { get; set; } = "";

    [PersonalData(MaskKind.IdNumber)]
    public string IdNumber { get; set; } = "";

    public CareQualification Qualification { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>The employer's institution code.</summary>
    public string InstitutionCode { get; set; } = "";

    /// <summary>The employer's division (scoped).</summary>
    public string DivisionCode { get; set; } = "";

    public DateOnly? HiredOn { get; set; }

    public bool Active { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A training course (e.g. of 深圳健康养老学院) open to care workers of the city.</summary>
internal sealed class TrainingCourse
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Title { get; set; } = "";

    public string Organiser { get; set; } = "";

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public int Hours { get; set; }

    public int Capacity { get; set; }

    /// <summary>The qualification the course leads to (or refreshes).</summary>
    public CareQualification Level { get; set; }

    /// <summary>The organising body's division (city courses: 4403).</summary>
    public string DivisionCode { get; set; } = "4403";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

public enum EnrolmentResult
{
    Enrolled = 0,
    Passed = 1,
    Failed = 2,
}

/// <summary>A worker on a course, and the result.</summary>
internal sealed class TrainingEnrolment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CourseId { get; set; }

    public Guid WorkerId { get; set; }

    /// <summary>The worker's employer (provider filter).</summary>
    public string InstitutionCode { get; set; } = "";

    /// <summary>The worker's division (jurisdiction filter).</summary>
    public string DivisionCode { get; set; } = "";

    public EnrolmentResult Result { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public DateTime EnrolledAtUtc { get; set; }
}
