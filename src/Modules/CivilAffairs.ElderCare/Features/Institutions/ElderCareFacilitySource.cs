using CivilAffairs.Contracts.Facilities;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>Publishes the elderly-care register to the facility registry: capacity is the beds on record today.</summary>
internal sealed class ElderCareFacilitySource(ElderCareDb db) : IFacilitySource
{
    public string ModuleKey => "eldercare";

    public string ModuleName => "养老服务";

    public async Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default)
    {
        var list = await db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct);
        var beds = await db.BedChanges.AsNoTracking().GroupBy(b => b.InstitutionCode).Select(g => new { g.Key, Beds = g.Sum(b => b.Delta) }).ToDictionaryAsync(x => x.Key, x => x.Beds, ct);
        return list.Select(i => new FacilitySourceItem(i.Code, i.Name, Type(i.Kind), i.DivisionCode, i.Address,
            beds.TryGetValue(i.Code, out var n) && n > 0 ? n : null, beds.ContainsKey(i.Code) ? "床" : null, i.LicenceNumber, i.Operator, i.CreditCode,
            (FacilityOwnership)(int)i.Ownership, (FacilityStatus)(int)i.Status)).ToList();
    }

    private static FacilityType Type(InstitutionKind k) => k switch
    {
        InstitutionKind.DayCareCenter => FacilityType.DayCareCenter,
        InstitutionKind.MealProvider => FacilityType.ElderlyCanteen,
        InstitutionKind.HomeCareCenter => FacilityType.HomeCareCenter,
        _ => FacilityType.ElderlyCare,
    };
}
