using CivilAffairs.ElderCare.Domain;

namespace CivilAffairs.ElderCare.Features.Elders;

/// <summary>Filters of the elders list (query string of the page and the API).</summary>
internal sealed class ElderSearch
{
    /// <summary>Residence division prefix (street or community) inside the caller's jurisdiction.</summary>
    public string? Division { get; set; }

    /// <summary>60, 70, 80, 90 or 100 (and over).</summary>
    public int? AgeBand { get; set; }

    public bool? Hukou { get; set; }

    public LivingSituation? Living { get; set; }

    /// <summary>A care level, or "None" for never assessed.</summary>
    public string? Level { get; set; }

    /// <summary>Only elders whose next assessment is due (today or earlier).</summary>
    public bool? Due { get; set; }

    /// <summary>Only 失独, 三无, 优抚 or child-disabled elders.</summary>
    public bool? Priority { get; set; }

    /// <summary>Name or ID-number prefix.</summary>
    public string? Q { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    /// <summary>True when a filter needs the profile (so the list pages over profiles).</summary>
    public bool ByProfile => Living is not null || !string.IsNullOrEmpty(Level) || Due == true || Priority == true;
}

internal sealed record ElderRow(Guid PersonId, string IdNumber, string Name, string Sex, int Age, string DivisionCode, string? DivisionName,
    bool Hukou, string Living, IReadOnlyList<string> Statuses, string? CareLevel, string CareLevelName, DateOnly? NextAssessmentOn, bool AssessmentDue);

internal sealed record ElderCounts(int Profiles, int Alone, int EmptyNest, int LostOnlyChild, int AssessmentsDue);

internal sealed record ElderList(int Total, int Page, int PageSize, ElderCounts Counts, IReadOnlyList<ElderRow> Items);

internal sealed record AssessmentView(Guid Id, DateOnly AssessedOn, int Total, string Level, string LevelName, IReadOnlyDictionary<string, int> Items,
    string Assessor, string Organisation, bool DiagnosisCertified, DateOnly NextAssessmentOn, string ParametersUsed, string? Note, string CreatedBy);

internal sealed record ProfileView(string Living, string LivingName, bool LostOnlyChild, bool OnlyChildDisabled, bool ThreeNo, bool Entitled,
    int? DisabilityGrade, string? CareLevel, string CareLevelName, DateOnly? AssessedOn, DateOnly? NextAssessmentOn, bool CareDiagnosisCertified,
    string? Note, int Version, bool Exists);

internal sealed record ServiceLine(string Area, string Title, string? Detail, DateOnly? Since, DateOnly? Until, string? Href);

internal sealed record ElderDetail(Guid PersonId, string IdNumber, string Name, string Sex, DateOnly BirthDate, int Age, string DivisionCode,
    string DivisionName, bool Hukou, string? HukouDivisionCode, int HouseholdSize, IReadOnlyList<string> Assistance, ProfileView Profile,
    IReadOnlyList<AssessmentView> Assessments, IReadOnlyList<ServiceLine> Services, bool AssessmentDue);

/// <summary>Living situation, priority statuses and a note; Version must be the one read.</summary>
internal sealed class ProfileRequest
{
    public string? Living { get; set; }

    public bool LostOnlyChild { get; set; }

    public bool OnlyChildDisabled { get; set; }

    public bool ThreeNo { get; set; }

    public bool Entitled { get; set; }

    public int? DisabilityGrade { get; set; }

    public string? Note { get; set; }

    public int Version { get; set; }
}

/// <summary>A Barthel assessment: the ten item scores, who assessed and when.</summary>
internal sealed class AssessmentRequest
{
    public int? Feeding { get; set; }

    public int? Bathing { get; set; }

    public int? Grooming { get; set; }

    public int? Dressing { get; set; }

    public int? Bowels { get; set; }

    public int? Bladder { get; set; }

    public int? Toilet { get; set; }

    public int? Transfers { get; set; }

    public int? Mobility { get; set; }

    public int? Stairs { get; set; }

    public DateOnly? AssessedOn { get; set; }

    public string? Assessor { get; set; }

    public string? Organisation { get; set; }

    public bool DiagnosisCertified { get; set; }

    public string? Note { get; set; }

    public int? Score(string key) => key switch
    {
        "feeding" => Feeding,
        "bathing" => Bathing,
        "grooming" => Grooming,
        "dressing" => Dressing,
        "bowels" => Bowels,
        "bladder" => Bladder,
        "toilet" => Toilet,
        "transfers" => Transfers,
        "mobility" => Mobility,
        _ => Stairs,
    };
}
