namespace CivilAffairs.Contracts.Institutions;

/// <summary>A service institution as account administration sees it.</summary>
/// <param name="Code">The institution's code in its module (e.g. YL440304001).</param>
/// <param name="Name">Its name, e.g. 福田区福康颐养院.</param>
/// <param name="DivisionCode">Where it stands (street or community).</param>
/// <param name="Module">The module that keeps it, e.g. "eldercare".</param>
public sealed record InstitutionRef(string Code, string Name, string DivisionCode, string Module);

/// <summary>
/// Implemented by each module that has institutions whose staff log in (机构人员): an account is
/// tied to one institution by its code and then sees only that institution's records.
/// </summary>
public interface IInstitutionDirectory
{
    /// <summary>The institution with this code visible to the caller, or null.</summary>
    Task<InstitutionRef?> FindAsync(string code, CancellationToken ct = default);
}
