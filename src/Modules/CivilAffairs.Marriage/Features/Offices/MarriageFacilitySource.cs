using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Marriage.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Marriage.Features.Offices;

/// <summary>Publishes the marriage registry offices to the facility registry.</summary>
internal sealed class MarriageFacilitySource(MarriageDb db) : IFacilitySource
{
    public string ModuleKey => "marriage";

    public string ModuleName => "婚姻登记";

    public async Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default) =>
        (await db.Offices.AsNoTracking().OrderBy(o => o.Code).ToListAsync(ct))
            .Select(o => new FacilitySourceItem(o.Code, o.Name, FacilityType.MarriageRegistry, o.DivisionCode, o.Address, null, null, null, null, null,
                FacilityOwnership.Public, o.IsActive ? FacilityStatus.Operating : FacilityStatus.Closed))
            .ToList();
}
