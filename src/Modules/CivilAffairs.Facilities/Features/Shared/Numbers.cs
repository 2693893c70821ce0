using CivilAffairs.Facilities.Data;
using CivilAffairs.Platform.Data;

namespace CivilAffairs.Facilities.Features.Shared;

/// <summary>Yearly numbers of this module (see <see cref="NumberCounters"/>); saved with the record that takes the number.</summary>
internal sealed class Numbers(FacilitiesDb db)
{
    public Task<string> NextAsync(string prefix, int year, CancellationToken ct) => NumberCounters.NextAsync(db.Counters, prefix, year, ct);
}
