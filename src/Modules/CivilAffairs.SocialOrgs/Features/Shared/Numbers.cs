using CivilAffairs.SocialOrgs.Data;
using CivilAffairs.SocialOrgs.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.SocialOrgs.Features.Shared;

/// <summary>
/// Yearly numbers such as DJ-2026-000012. The counter row is tracked and saved with the record that
/// takes the number, so a number is used once; two concurrent takers collide on the row's version
/// (409, try again) instead of sharing a number.
/// </summary>
internal sealed class Numbers(SocialOrgsDb db)
{
    public async Task<string> NextAsync(string prefix, int year, CancellationToken ct)
    {
        var key = $"{prefix}-{year}";
        var counter = db.Counters.Local.FirstOrDefault(c => c.Key == key) ?? await db.Counters.FirstOrDefaultAsync(c => c.Key == key, ct);
        if (counter is null)
        {
            counter = new NumberCounter { Key = key };
            db.Counters.Add(counter);
        }
        counter.Last++;
        counter.Version++;
        return $"{prefix}-{year}-{counter.Last:000000}";
    }
}
