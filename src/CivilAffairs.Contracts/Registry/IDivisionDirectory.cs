namespace CivilAffairs.Contracts.Registry;

/// <summary>An administrative division as other modules see it.</summary>
/// <param name="Code">Natural-length code (2, 4, 6, 9 or 12 digits).</param>
/// <param name="Name">Chinese name, e.g. 福田街道.</param>
/// <param name="Level">1 province, 2 city, 3 county/district, 4 street/town, 5 community/village.</param>
/// <param name="ParentCode">The parent's code on the date asked about.</param>
public sealed record DivisionInfo(string Code, string Name, int Level, string? ParentCode);

/// <summary>Reads the administrative divisions owned by the Registry module.</summary>
public interface IDivisionDirectory
{
    /// <summary>The division with this code in force on <paramref name="asOf"/> (today when null), or null.</summary>
    Task<DivisionInfo?> FindAsync(string code, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>Whether a 6-digit ID-card address code is (or was) a known county or prefecture code.</summary>
    bool IsKnownAddressCode(string code6);

    /// <summary>"深圳市 福田区 福田街道" for display.</summary>
    Task<string> FullNameAsync(string code, CancellationToken ct = default);
}
