using CivilAffairs.Contracts.Events;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>
/// Marks a resident as deceased when a death is published (by a funeral home, a certificate
/// feed). A death is a civil fact wherever the person lived, so like marital status this lifts
/// the jurisdiction filter on purpose and touches only the death fields. Idempotent: a person
/// already marked keeps the first date and source.
/// </summary>
internal sealed class RegistryPersonDiedHandler(RegistryDb db, TimeProvider clock) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        var id = e.IdNumber.ToUpperInvariant();
        var person = await db.Persons.IgnoreQueryFilters()
            .FirstOrDefaultAsync(p => p.DocumentType == Domain.DocumentType.IdCard && p.IdNumber == id, ct);
        if (person is null)
        {
            return new PersonDiedOutcome("registry", 0, "人口库无此人");
        }
        if (person.DiedOn is not null)
        {
            return new PersonDiedOutcome("registry", 0, "人口库已标注死亡");
        }
        person.DiedOn = e.DiedOn;
        person.DeathSource = e.Source.Length > 200 ? e.Source[..200] : e.Source;
        person.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        person.Version++;
        await db.SaveChangesAsync(ct);
        return new PersonDiedOutcome("registry", 1, "人口库标注死亡");
    }
}
