namespace CivilAffairs.Contracts.Registry;

/// <summary>婚姻状况 of GB/T 2261.2-2003; the value is the standard's code ((int)x is "21" etc.).</summary>
public enum MaritalStatus
{
    /// <summary>未婚</summary>
    Unmarried = 10,

    /// <summary>已婚 (the registry refines it to 初婚 or 再婚 from what it knew)</summary>
    Married = 20,

    /// <summary>初婚</summary>
    FirstMarriage = 21,

    /// <summary>再婚</summary>
    Remarried = 22,

    /// <summary>复婚</summary>
    Reunited = 23,

    /// <summary>丧偶</summary>
    Widowed = 30,

    /// <summary>离婚</summary>
    Divorced = 40,

    /// <summary>未说明的婚姻状况</summary>
    Unstated = 90,
}

/// <summary>
/// A registration changed a person's marital status. Published by the Marriage module when the
/// clerk records a marriage or divorce; the Registry keeps the code on the resident.
/// </summary>
/// <param name="IdNumber">18-character resident ID number.</param>
/// <param name="Status">The new status; <see cref="MaritalStatus.Married"/> lets the registry refine it to 初婚/再婚 from what it knew before.</param>
/// <param name="EffectiveOn">Registration date.</param>
/// <param name="Source">e.g. "marriage:J440304-2018-000123"; no personal data.</param>
public sealed record MaritalStatusChanged(string IdNumber, MaritalStatus Status, DateOnly EffectiveOn, string Source);

/// <summary>What the registry knows of a person, for eligibility checks elsewhere.</summary>
/// <param name="HukouDivisionCode">户籍地 division code, when known.</param>
/// <param name="MaritalStatus">婚姻状况, when known.</param>
public sealed record ResidentFacts(string IdNumber, string? HukouDivisionCode, MaritalStatus? MaritalStatus);

/// <summary>
/// The registry's marital-status service. Registration is a legal act of the registering office
/// whatever district the person lives in, so these calls are not limited by the caller's jurisdiction.
/// </summary>
public interface IMaritalStatusRegistry
{
    /// <summary>Facts for the given ID numbers (unknown persons are absent from the result).</summary>
    Task<IReadOnlyDictionary<string, ResidentFacts>> GetAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct);

    /// <summary>Applies the change to a known resident (idempotent; unknown persons are ignored). Returns whether a resident changed.</summary>
    Task<bool> ApplyAsync(MaritalStatusChanged e, CancellationToken ct);
}
