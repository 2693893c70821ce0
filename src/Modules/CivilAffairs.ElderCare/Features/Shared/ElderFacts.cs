using CivilAffairs.Contracts.Assistance;
using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Shared;

/// <summary>
/// Everything the eligibility rules of this module need about one elder on one day: age and 户籍
/// from the registry, 低保 / 低收入 / 特困 from social assistance, and the priority statuses and
/// care level kept in the elder's profile.
/// </summary>
internal sealed record ElderFact(
    Guid PersonId,
    string IdNumber,
    DateOnly BirthDate,
    int Age,
    bool IsShenzhenHukou,
    string? HukouDistrictCode,
    string ResidenceDivisionCode,
    AssistanceStatus Assistance,
    bool LostOnlyChild,
    bool OnlyChildDisabled,
    bool ThreeNo,
    bool Entitled,
    CareLevel? CareLevel,
    bool CareDiagnosisCertified)
{
    /// <summary>介护: unable to care for oneself (moderate or severe loss of ability).</summary>
    public bool NeedsFullCare => CareLevel is Domain.CareLevel.Moderate or Domain.CareLevel.Severe;
}

/// <summary>Builds <see cref="ElderFact"/>s for residents in the caller's jurisdiction (the registry's filter applies).</summary>
internal sealed class ElderFacts(IElderDirectory elders, IAssistanceStatusLookup assistance, ElderCareDb db)
{
    public async Task<ElderFact?> GetAsync(string idNumber, DateOnly asOf, CancellationToken ct = default) =>
        (await GetManyAsync([idNumber], asOf, ct)).GetValueOrDefault(idNumber.Trim().ToUpperInvariant());

    /// <summary>Facts per (upper-case) ID number; people unknown to the registry (or outside the jurisdiction, or dead) are absent.</summary>
    public async Task<IReadOnlyDictionary<string, ElderFact>> GetManyAsync(IReadOnlyCollection<string> idNumbers, DateOnly asOf, CancellationToken ct = default)
    {
        var people = await elders.FindAsync(idNumbers, ct);
        if (people.Count == 0)
        {
            return new Dictionary<string, ElderFact>();
        }
        var status = await assistance.GetAsync(people.Keys.ToList(), asOf, ct);
        var ids = people.Values.Select(p => p.PersonId).ToList();
        // the profile is read as a fact for the rule (a provider's upload may need it), not shown
        var profiles = new Dictionary<Guid, ElderProfile>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var p in await db.Profiles.IgnoreQueryFilters().AsNoTracking().Where(p => chunk.Contains(p.PersonId)).ToListAsync(ct))
            {
                profiles[p.PersonId] = p;
            }
        }
        return people.Values.ToDictionary(p => p.IdNumber.ToUpperInvariant(), p =>
        {
            var f = profiles.GetValueOrDefault(p.PersonId);
            return new ElderFact(p.PersonId, p.IdNumber.ToUpperInvariant(), p.BirthDate, p.AgeOn(asOf), p.IsShenzhenHukou,
                p.HukouDivisionCode is { Length: >= 6 } h ? h[..6] : null, p.DivisionCode, status.GetValueOrDefault(p.IdNumber), f?.LostOnlyChild ?? false,
                f?.OnlyChildDisabled ?? false, f?.ThreeNo ?? false, f?.Entitled ?? false, f?.CareLevel, f?.CareDiagnosisCertified ?? false);
        }, StringComparer.OrdinalIgnoreCase);
    }
}
