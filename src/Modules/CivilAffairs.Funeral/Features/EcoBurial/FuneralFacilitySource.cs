using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Funeral.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Funeral.Features.EcoBurial;

/// <summary>Publishes funeral homes (by their code) and cemeteries / columbaria (by their id) to the facility registry.</summary>
internal sealed class FuneralFacilitySource(FuneralDb db) : IFacilitySource
{
    public string ModuleKey => "funeral";

    public string ModuleName => "殡葬管理";

    public async Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default)
    {
        var homes = await db.Homes.AsNoTracking().OrderBy(h => h.Code).ToListAsync(ct);
        var cemeteries = await db.Cemeteries.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        return homes.Select(h => new FacilitySourceItem(h.Code, h.Name, FacilityType.FuneralHome, h.DivisionCode, h.Address, null, null, null, null, null,
                FacilityOwnership.Public, h.IsActive ? FacilityStatus.Operating : FacilityStatus.Closed))
            .Concat(cemeteries.Select(c => new FacilitySourceItem("GM-" + c.Id.ToString("N"), c.Name, FacilityType.Cemetery, c.DivisionCode, c.Address,
                c.Capacity > 0 ? c.Capacity : null, c.Capacity > 0 ? (c.Kind == Domain.CemeteryKind.Columbarium ? "格位" : "穴位") : null, null,
                string.IsNullOrWhiteSpace(c.Operator) ? null : c.Operator, null, c.PublicWelfare ? FacilityOwnership.Public : FacilityOwnership.Private, FacilityStatus.Operating)))
            .ToList();
    }
}
