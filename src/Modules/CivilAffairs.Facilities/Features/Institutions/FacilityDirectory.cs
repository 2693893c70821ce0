using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>The registry for other modules; the caller's jurisdiction filter applies.</summary>
internal sealed class FacilityDirectory(FacilitiesDb db) : IFacilityDirectory
{
    public async Task<FacilityRef?> FindAsync(string code, CancellationToken ct = default)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        var f = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(x => x.Code == c, ct);
        return f is null ? null : Ref(f);
    }

    public async Task<FacilityRef?> FindBySourceAsync(string module, string sourceCode, CancellationToken ct = default)
    {
        var f = await db.Facilities.AsNoTracking().FirstOrDefaultAsync(x => x.SourceModule == module && x.SourceCode == sourceCode, ct);
        return f is null ? null : Ref(f);
    }

    public async Task<IReadOnlyList<FacilityRef>> ListAsync(FacilityType? type = null, string? divisionCode = null, CancellationToken ct = default)
    {
        var q = db.Facilities.AsNoTracking();
        if (type is { } t)
        {
            q = q.Where(f => f.Type == t);
        }
        if (!string.IsNullOrWhiteSpace(divisionCode))
        {
            q = q.Where(f => f.DivisionCode.StartsWith(divisionCode));
        }
        return (await q.OrderBy(f => f.DivisionCode).ThenBy(f => f.Name).ToListAsync(ct)).Select(Ref).ToList();
    }

    private static FacilityRef Ref(Facility f) =>
        new(f.Code, f.Name, f.Type, f.DivisionCode, f.Status, f.Capacity, f.CapacityUnit, f.LicenceNumber, f.LicenceValidUntil, f.SourceModule, f.SourceCode);
}
