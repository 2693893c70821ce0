using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Cases;

/// <summary>
/// Publishes the rescue stations to the facility registry. This module keeps a station only as the
/// division of its dormitory rooms, so a station is one division with rooms; capacity is its active beds.
/// </summary>
internal sealed class RescueFacilitySource(RescueDb db) : IFacilitySource
{
    public string ModuleKey => "rescue";

    public string ModuleName => "救助管理";

    public async Task<IReadOnlyList<FacilitySourceItem>> ListAsync(CancellationToken ct = default)
    {
        var stations = await db.Rooms.AsNoTracking().Where(r => r.IsActive).GroupBy(r => r.DivisionCode)
            .Select(g => new { Division = g.Key, Beds = g.Sum(r => r.Capacity) }).ToListAsync(ct);
        return stations.OrderBy(s => s.Division)
            .Select(s => new FacilitySourceItem("JZ" + s.Division, s.Division == "4403" ? "深圳市救助管理站" : $"救助管理站（{s.Division}）", FacilityType.RescueStation,
                s.Division, null, s.Beds, "床", null, null, null, FacilityOwnership.Public, FacilityStatus.Operating))
            .ToList();
    }
}
