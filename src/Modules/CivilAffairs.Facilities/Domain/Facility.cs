using CivilAffairs.Contracts.Facilities;

namespace CivilAffairs.Facilities.Domain;

/// <summary>
/// One civil-affairs service institution in the single registry. Rows fed by a module carry
/// <see cref="SourceModule"/> + <see cref="SourceCode"/> (unique together: a sync updates, never duplicates);
/// staff may add institutions no module keeps. The registry's own fields (licence validity, location,
/// note) are never overwritten by a sync.
/// </summary>
internal sealed class Facility
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The registry's code, e.g. SS-2026-000012.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public FacilityType Type { get; set; }

    public FacilityOwnership Ownership { get; set; } = FacilityOwnership.Public;

    public string? OperatorName { get; set; }

    /// <summary>The operator's unified social credit code (GB 32100).</summary>
    public string? OperatorCreditCode { get; set; }

    public string? LicenceNumber { get; set; }

    public DateOnly? LicenceValidUntil { get; set; }

    public int? Capacity { get; set; }

    /// <summary>床, 个, 座, 穴位, 格位.</summary>
    public string? CapacityUnit { get; set; }

    /// <summary>Street, community, district or 4403 (a city institution); the jurisdiction filter.</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>The institution's address (a place, not personal data).</summary>
    public string? Address { get; set; }

    public decimal? Latitude { get; set; }

    public decimal? Longitude { get; set; }

    public FacilityStatus Status { get; set; } = FacilityStatus.Operating;

    public string? SourceModule { get; set; }

    public string? SourceCode { get; set; }

    public DateTime? SyncedAtUtc { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    public int Version { get; set; }
}
