namespace CivilAffairs.Contracts.Assistance;

/// <summary>What social assistance a person receives on a day (a person can be in more than one).</summary>
[Flags]
public enum AssistanceStatus
{
    /// <summary>No assistance.</summary>
    None = 0,

    /// <summary>低保 recipient (a member of an enrolled household).</summary>
    Dibao = 1,

    /// <summary>低收入 / 低保边缘 family member.</summary>
    LowIncome = 2,

    /// <summary>特困供养人员.</summary>
    ExtremePoverty = 4,
}

/// <summary>
/// Implemented by Assistance; used by other modules' eligibility rules (e.g. elderly meal aid and
/// home-care subsidies). These are facts about entitlement, so the lookup is not limited to the
/// caller's jurisdiction: the person may be enrolled in another street than the one serving them.
/// </summary>
public interface IAssistanceStatusLookup
{
    /// <summary>Status per ID number on <paramref name="asOf"/>; people with none are absent.</summary>
    Task<IReadOnlyDictionary<string, AssistanceStatus>> GetAsync(IReadOnlyCollection<string> idNumbers, DateOnly asOf, CancellationToken ct = default);
}
