using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Workforce;

public sealed class WorkerRequest
{
    public string? Name { get; set; }

    public string? IdNumber { get; set; }

    public CareQualification? Qualification { get; set; }

    public string? CertificateNumber { get; set; }

    public string? InstitutionCode { get; set; }

    public DateOnly? HiredOn { get; set; }

    public bool? Active { get; set; }
}

public sealed class CourseRequest
{
    public string? Title { get; set; }

    public string? Organiser { get; set; }

    public DateOnly? StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public int Hours { get; set; }

    public int Capacity { get; set; }

    public CareQualification? Level { get; set; }
}

public sealed class EnrolRequest
{
    public Guid WorkerId { get; set; }
}

public sealed class ResultRequest
{
    public bool Passed { get; set; }

    public string? CertificateNumber { get; set; }

    public DateOnly? CompletedOn { get; set; }
}

public sealed class WorkerSearch
{
    public string? Institution { get; set; }

    public CareQualification? Qualification { get; set; }

    public string? Q { get; set; }
}

public sealed record WorkerView(Guid Id, string Name, string IdNumber, CareQualification Qualification, string QualificationName, string? CertificateNumber,
    string InstitutionCode, string InstitutionName, string DivisionCode, DateOnly? HiredOn, bool Active, int CoursesPassed);

public sealed record CourseView(Guid Id, string Title, string Organiser, DateOnly StartsOn, DateOnly EndsOn, int Hours, int Capacity, CareQualification Level,
    string LevelName, int Enrolled, int Passed, int Failed);

public sealed record EnrolmentView(Guid Id, Guid WorkerId, string WorkerName, string InstitutionCode, EnrolmentResult Result, string ResultName,
    string? CertificateNumber, DateOnly? CompletedOn);

public sealed record CourseDetail(CourseView Course, IReadOnlyList<EnrolmentView> Enrolments);

public sealed record CountRow(string Label, int Count);

/// <summary>Workers by qualification and employer kind, trained in the year, completion rate.</summary>
public sealed record WorkforceStats(int Year, int Workers, IReadOnlyList<CountRow> ByQualification, IReadOnlyList<CountRow> ByEmployerKind, int TrainedInYear,
    int CompletedInYear, int PassedInYear, decimal CompletionRate);
