using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Community.Domain;

internal enum HonourKind
{
    Honour,
    Pilot,
    ExperimentZone,
}

/// <summary>Stored status; 期满 is derived from the valid-until date (see <see cref="HonourRules.EffectiveStatus"/>).</summary>
internal enum HonourStatus
{
    Valid,
    Expired,
    Revoked,
}

internal enum MethodStatus
{
    Draft,
    Recommended,
    Selected,
}

/// <summary>An honour, pilot or experimental-zone designation of a community, street or district.</summary>
internal sealed class CommunityHonour
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Number { get; set; } = "";

    public string Title { get; set; } = "";

    public HonourKind Kind { get; set; }

    /// <summary>The unit honoured: a district (6), street (9) or community (12 digits).</summary>
    public string DivisionCode { get; set; } = "";

    public string UnitName { get; set; } = "";

    public string AwardingBody { get; set; } = "";

    public DateOnly AwardedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>复核 date: the awarding body re-examines the designation (dynamic management).</summary>
    public DateOnly? ReviewOn { get; set; }

    public string? DocumentNumber { get; set; }

    public HonourStatus Status { get; set; }

    public DateOnly? RevokedOn { get; set; }

    public string? RevokeReason { get; set; }

    /// <summary>Attachment name or link of the award document.</summary>
    public string? Evidence { get; set; }

    public string? Note { get; set; }

    public string? ParametersUsed { get; set; }

    public string RecordedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A community work method (社区工作法) in the library.</summary>
internal sealed class WorkMethod
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public string Title { get; set; } = "";

    /// <summary>The community (12 digits) or street that developed it.</summary>
    public string DivisionCode { get; set; } = "";

    public string CommunityName { get; set; } = "";

    public string Summary { get; set; } = "";

    public string FullText { get; set; } = "";

    /// <summary>Tags separated by "、" (kept in one column: the library is small and searched by text).</summary>
    public string Tags { get; set; } = "";

    public MethodStatus Status { get; set; }

    public int Year { get; set; }

    public Guid? HonourId { get; set; }

    public string RecordedBy { get; set; } = "";

    public string? StatusBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>Effective-dated parameters of honours (values and legal bases in Seeding/HonourSeeder).</summary>
internal static class HonourParameters
{
    public const string ReviewYears = "community.honours.review_years";
    public const string ReviewNoticeDays = "community.honours.review_notice_days";

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(ReviewYears, "荣誉称号（示范社区等）动态管理复核周期", "年", ParameterType.Integer, "community"),
        new(ReviewNoticeDays, "复核日前提示天数", "日", ParameterType.Integer, "community"),
    ];
}
