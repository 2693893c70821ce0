namespace CivilAffairs.Community.Features.Honours;

public sealed class HonourRequest
{
    public string? Title { get; set; }

    /// <summary>Honour | Pilot | ExperimentZone.</summary>
    public string? Kind { get; set; }

    public string? DivisionCode { get; set; }

    public string? AwardingBody { get; set; }

    public DateOnly? AwardedOn { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>Empty: the award date plus the review cycle (parameter).</summary>
    public DateOnly? ReviewOn { get; set; }

    public string? DocumentNumber { get; set; }

    public string? Evidence { get; set; }

    public string? Note { get; set; }
}

public sealed class HonourSearch
{
    public string? Kind { get; set; }

    /// <summary>Valid | Expired | Revoked (the effective status).</summary>
    public string? Status { get; set; }

    public string? Division { get; set; }

    public int? Year { get; set; }

    public string? Q { get; set; }

    public bool? ReviewDue { get; set; }
}

public sealed class RevokeRequest
{
    public DateOnly? On { get; set; }

    public string? Reason { get; set; }
}

public sealed record HonourView(Guid Id, string Number, string Title, string Kind, string KindName, string DivisionCode, string UnitName, string Level,
    string District, string AwardingBody, DateOnly AwardedOn, DateOnly? ValidUntil, DateOnly? ReviewOn, bool ReviewDue, string? DocumentNumber,
    string Status, string StatusName, DateOnly? RevokedOn, string? RevokeReason, string? Evidence, string? Note, string? ParametersUsed);

public sealed record HonourCount(string District, string DistrictName, int Honours, int Pilots, int Zones, int Valid, int Total);

public sealed record HonourList(int Total, int Valid, int ReviewDue, IReadOnlyList<HonourView> Items, IReadOnlyList<HonourCount> ByDistrict);

public sealed class MethodRequest
{
    public string? Title { get; set; }

    public string? DivisionCode { get; set; }

    public string? Summary { get; set; }

    public string? FullText { get; set; }

    /// <summary>Separated by 、 or commas.</summary>
    public string? Tags { get; set; }

    public int? Year { get; set; }

    public Guid? HonourId { get; set; }
}

public sealed class MethodSearch
{
    public string? Q { get; set; }

    public string? Tag { get; set; }

    public string? Status { get; set; }
}

public sealed class MethodStatusRequest
{
    /// <summary>Draft | Recommended | Selected.</summary>
    public string? Status { get; set; }
}

public sealed record MethodView(Guid Id, string Title, string DivisionCode, string CommunityName, string District, string Summary, string? FullText,
    IReadOnlyList<string> Tags, string Status, string StatusName, int Year, Guid? HonourId, string? HonourTitle, string RecordedBy, string? StatusBy);

public sealed record TagCount(string Tag, int Count);

public sealed record MethodList(int Total, IReadOnlyList<MethodView> Items, IReadOnlyList<TagCount> Tags);
