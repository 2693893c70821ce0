namespace CivilAffairs.Contracts.Events;

/// <summary>
/// A resident died. Published by whoever learns it first (the future Funeral module on a
/// cremation record, a hospital or police death certificate import, a clerk); every module that
/// pays or serves people reacts through <see cref="IPersonDiedHandler"/>.
/// </summary>
/// <param name="IdNumber">The 18-character resident ID number of the deceased.</param>
/// <param name="DiedOn">Date of death (Beijing time).</param>
/// <param name="Source">Where the fact comes from, e.g. "funeral:火化证明 2019-000123"; kept in each module's history.</param>
public sealed record PersonDied(string IdNumber, DateOnly DiedOn, string Source);

/// <summary>What one module did about a death, for the publisher's answer.</summary>
/// <param name="Module">The module's code, e.g. "assistance".</param>
/// <param name="Affected">How many of its records changed (0 when the person was unknown there or already handled).</param>
/// <param name="Summary">A short Chinese description without personal data.</param>
public sealed record PersonDiedOutcome(string Module, int Affected, string Summary);

/// <summary>
/// Implemented by each module that must react to a death. Handlers must be idempotent: the
/// same event may be published twice (a retry, two sources).
/// </summary>
public interface IPersonDiedHandler
{
    /// <summary>Applies the death to this module's records, in the caller's jurisdiction, and saves.</summary>
    Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct);
}
