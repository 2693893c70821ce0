using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>
/// Keeps residents' 婚姻状况 in step with marriage registrations. A registration is the office's
/// legal act whatever district the person lives in, so the jurisdiction filter is lifted here on
/// purpose; only the marital-status fields are read or written, and every change is audited.
/// </summary>
internal sealed class MaritalStatusRegistry(RegistryDb db, TimeProvider clock) : IMaritalStatusRegistry
{
    public async Task<IReadOnlyDictionary<string, ResidentFacts>> GetAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct)
    {
        var ids = idNumbers.Select(i => i.ToUpperInvariant()).Distinct().ToList();
        var rows = await db.Persons.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.DocumentType == Domain.DocumentType.IdCard && ids.Contains(p.IdNumber))
            .Select(p => new { p.IdNumber, p.HukouDivisionCode, p.MaritalStatusCode })
            .ToListAsync(ct);
        return rows.Select(r => new ResidentFacts(r.IdNumber, r.HukouDivisionCode, MaritalStatusNames.Parse(r.MaritalStatusCode)))
            .ToDictionary(r => r.IdNumber, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<bool> ApplyAsync(MaritalStatusChanged e, CancellationToken ct)
    {
        var id = e.IdNumber.ToUpperInvariant();
        var person = await db.Persons.IgnoreQueryFilters()
            .FirstOrDefaultAsync(p => p.DocumentType == Domain.DocumentType.IdCard && p.IdNumber == id, ct);
        if (person is null)
        {
            return false;
        }
        var code = MaritalStatusNames.Code(Refine(MaritalStatusNames.Parse(person.MaritalStatusCode), e.Status));
        if (person.MaritalStatusCode == code && person.MaritalStatusSince == e.EffectiveOn)
        {
            return false;
        }
        person.MaritalStatusCode = code;
        person.MaritalStatusSince = e.EffectiveOn;
        person.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        person.Version++;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>
    /// "20 已婚" from a registration becomes 22 再婚 after a divorce or widowhood the registry
    /// knew of, 21 初婚 otherwise; a more specific code (23 复婚) is kept as sent.
    /// </summary>
    internal static MaritalStatus Refine(MaritalStatus? before, MaritalStatus sent) =>
        sent != MaritalStatus.Married ? sent
        : before is MaritalStatus.Divorced or MaritalStatus.Widowed ? MaritalStatus.Remarried
        : before is null or MaritalStatus.Unmarried or MaritalStatus.Unstated ? MaritalStatus.FirstMarriage
        : MaritalStatus.Married;
}
