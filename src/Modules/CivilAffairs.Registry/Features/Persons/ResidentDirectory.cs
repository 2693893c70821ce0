using CivilAffairs.Contracts.Registry;
using CivilAffairs.Registry.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>Other modules' way to the registry: a resident by ID number, with their household.</summary>
internal sealed class ResidentDirectory(RegistryDb db) : IResidentDirectory
{
    public async Task<ResidentInfo?> FindByIdNumberAsync(string idNumber, CancellationToken ct = default)
    {
        var id = (idNumber ?? "").Trim().ToUpperInvariant();
        if (id.Length == 0)
        {
            return null;
        }
        var p = await db.Persons.AsNoTracking().Where(x => x.IdNumber == id && x.DiedOn == null)
            .Select(x => new { x.Id, x.Name, x.DivisionCode, x.Address }).FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }
        var householdId = await db.HouseholdMembers.AsNoTracking().Where(m => m.PersonId == p.Id).Select(m => (Guid?)m.HouseholdId).FirstOrDefaultAsync(ct)
            ?? await db.Households.AsNoTracking().Where(h => h.HeadPersonId == p.Id).Select(h => (Guid?)h.Id).FirstOrDefaultAsync(ct);
        if (householdId is not { } hid)
        {
            return new ResidentInfo(p.Id, p.Name, p.DivisionCode, null, 1, p.Address);
        }
        var size = await db.HouseholdMembers.CountAsync(m => m.HouseholdId == hid, ct);
        var address = await db.Households.AsNoTracking().Where(h => h.Id == hid).Select(h => h.Address).FirstOrDefaultAsync(ct);
        return new ResidentInfo(p.Id, p.Name, p.DivisionCode, hid, Math.Max(size, 1), address ?? p.Address);
    }
}
