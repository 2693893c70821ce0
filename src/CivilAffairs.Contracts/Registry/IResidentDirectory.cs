namespace CivilAffairs.Contracts.Registry;

/// <summary>A registered resident as another module may see them (within the caller's jurisdiction).</summary>
/// <param name="PersonId">The registry person.</param>
/// <param name="Name">Full name, for the calling module's own record; never log it.</param>
/// <param name="DivisionCode">Residence community or street.</param>
/// <param name="HouseholdId">The household the person belongs to, if any.</param>
/// <param name="HouseholdSize">Members of that household (1 when none is registered).</param>
/// <param name="Address">The household's (or person's) address, if known.</param>
public sealed record ResidentInfo(Guid PersonId, string Name, string DivisionCode, Guid? HouseholdId, int HouseholdSize, string? Address);

/// <summary>Implemented by Registry: look a resident up by ID number. The registry's jurisdiction filter applies.</summary>
public interface IResidentDirectory
{
    /// <summary>The living resident with this ID number in the caller's jurisdiction, or null.</summary>
    Task<ResidentInfo?> FindByIdNumberAsync(string idNumber, CancellationToken ct = default);
}
