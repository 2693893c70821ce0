namespace CivilAffairs.Contracts.Facilities;

/// <summary>A facility of the registry as other modules see it.</summary>
/// <param name="Code">The registry's own code, e.g. SS-2026-000012.</param>
/// <param name="SourceModule">The module that keeps it (null when only the registry keeps it).</param>
/// <param name="SourceCode">Its code in that module.</param>
public sealed record FacilityRef(
    string Code,
    string Name,
    FacilityType Type,
    string DivisionCode,
    FacilityStatus Status,
    int? Capacity,
    string? CapacityUnit,
    string? LicenceNumber,
    DateOnly? LicenceValidUntil,
    string? SourceModule,
    string? SourceCode);

/// <summary>
/// The single registry of civil-affairs service institutions, for any module to look up. The
/// caller's jurisdiction applies: a facility outside it is not found.
/// </summary>
public interface IFacilityDirectory
{
    /// <summary>By the registry's code.</summary>
    Task<FacilityRef?> FindAsync(string code, CancellationToken ct = default);

    /// <summary>By the keeping module and its own code (e.g. "eldercare", "YL440304001").</summary>
    Task<FacilityRef?> FindBySourceAsync(string module, string sourceCode, CancellationToken ct = default);

    /// <summary>Facilities of a type (any when null) within a division (the caller's whole jurisdiction when null).</summary>
    Task<IReadOnlyList<FacilityRef>> ListAsync(FacilityType? type = null, string? divisionCode = null, CancellationToken ct = default);
}
