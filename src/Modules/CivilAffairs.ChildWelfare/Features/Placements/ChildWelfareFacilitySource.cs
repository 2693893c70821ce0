using CivilAffairs.Contracts.Facilities;
using CivilAffairs.ChildWelfare.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ChildWelfare.Features.Placements;

/// <summary>Publishes the child-welfare institutions (福利院 / 儿童福利机构) to the facility registry; no bank details leave the module.</summary>
internal sealed class ChildWelfareFacilitySource(ChildWelfareDb db) : IFacilitySource
{
    public string ModuleKey => "childwelfare";

    public string ModuleName => "儿童福利";

    public async Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default) =>
        (await db.Institutions.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct))
            .Select(i => new FacilitySourceItem(i.Code, i.Name, FacilityType.WelfareHome, i.DivisionCode, i.Address, null, null, null, null, null,
                FacilityOwnership.Public, FacilityStatus.Operating))
            .ToList();
}
