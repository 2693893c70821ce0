using CivilAffairs.Contracts.Facilities;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>A facility entered or corrected by staff. For a row a module feeds, only the registry's own fields (licence validity, location, note) are taken.</summary>
internal sealed class FacilityRequest
{
    public string? Name { get; set; }

    public FacilityType? Type { get; set; }

    public FacilityOwnership? Ownership { get; set; }

    public string? OperatorName { get; set; }

    public string? OperatorCreditCode { get; set; }

    public string? LicenceNumber { get; set; }

    public DateOnly? LicenceValidUntil { get; set; }

    public int? Capacity { get; set; }

    public string? CapacityUnit { get; set; }

    public string? DivisionCode { get; set; }

    public string? Address { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public FacilityStatus? Status { get; set; }

    public string? Note { get; set; }
}

internal sealed class FacilitySearch
{
    public FacilityType? Type { get; set; }

    public string? District { get; set; }

    public FacilityStatus? Status { get; set; }

    public string? Source { get; set; }

    public string? Q { get; set; }

    public bool Expiring { get; set; }
}

internal sealed record FacilityRow(Guid Id, string Code, string Name, FacilityType Type, string TypeName, string Ownership, string? OperatorName,
    string DivisionCode, string District, int? Capacity, string? CapacityUnit, string? LicenceNumber, DateOnly? LicenceValidUntil, bool LicenceExpiring,
    FacilityStatus Status, string StatusName, string? SourceModule, string SourceName, string? SourceCode);

internal sealed record FacilityTypeCount(FacilityType Type, string Name, int Count);

internal sealed record FacilityList(IReadOnlyList<FacilityRow> Items, int Total, int Expiring, int WarningDays, IReadOnlyList<FacilityTypeCount> ByType);

internal sealed record FacilityView(FacilityRow Row, FacilityOwnership Ownership, string? OperatorCreditCode, string? Address, decimal? Latitude, decimal? Longitude,
    string? Note, DateTime? SyncedAtUtc, DateTime UpdatedAtUtc, bool Synced);

internal sealed record FacilitySyncModule(string Module, string Name, int Listed, int Added, int Updated, int Unchanged);

internal sealed record FacilitySyncResult(IReadOnlyList<FacilitySyncModule> Modules, int Added, int Updated, int Unchanged);
