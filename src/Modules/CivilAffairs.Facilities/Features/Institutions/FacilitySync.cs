using CivilAffairs.Contracts.Facilities;
using CivilAffairs.Facilities.Data;
using CivilAffairs.Facilities.Domain;
using CivilAffairs.Facilities.Features.Shared;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Facilities.Features.Institutions;

/// <summary>
/// Upserts the institutions every module publishes (<see cref="IFacilitySource"/>) into the registry by
/// module + code: a second run changes nothing that did not change at the source. It runs as the system
/// in its own scope, since a source must list its whole module, not the caller's jurisdiction.
/// </summary>
internal sealed class FacilitySync(IServiceScopeFactory scopes)
{
    public async Task<FacilitySyncResult> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUserOverride>().UseSystem("facilities-sync");
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<FacilitiesDb>();
        var numbers = sp.GetRequiredService<Numbers>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var year = ChinaTime.Today(clock).Year;
        var existing = await db.Facilities.IgnoreQueryFilters().Where(f => f.SourceModule != null).ToListAsync(ct);
        var byKey = existing.ToDictionary(f => (f.SourceModule!, f.SourceCode!));
        var modules = new List<FacilitySyncModule>();
        foreach (var source in sp.GetServices<IFacilitySource>().OrderBy(s => s.ModuleKey, StringComparer.Ordinal))
        {
            var items = await source.ListAsync(ct);
            int added = 0, updated = 0, unchanged = 0;
            foreach (var item in items.GroupBy(i => i.Code).Select(g => g.First()))
            {
                if (byKey.TryGetValue((source.ModuleKey, item.Code), out var f))
                {
                    if (Apply(f, item))
                    {
                        f.SyncedAtUtc = now;
                        f.UpdatedAtUtc = now;
                        f.Version++;
                        updated++;
                    }
                    else
                    {
                        unchanged++;
                    }
                    continue;
                }
                f = new Facility
                {
                    Code = await numbers.NextAsync("SS", year, ct), SourceModule = source.ModuleKey, SourceCode = item.Code, CreatedAtUtc = now, UpdatedAtUtc = now, SyncedAtUtc = now,
                };
                Apply(f, item);
                db.Facilities.Add(f);
                byKey[(source.ModuleKey, item.Code)] = f;
                added++;
            }
            modules.Add(new FacilitySyncModule(source.ModuleKey, source.ModuleName, items.Count, added, updated, unchanged));
        }
        await db.SaveChangesAsync(ct);
        return new FacilitySyncResult(modules, modules.Sum(m => m.Added), modules.Sum(m => m.Updated), modules.Sum(m => m.Unchanged));
    }

    /// <summary>Copies what the source knows; what it does not know (null) keeps the registry's value. True when anything changed.</summary>
    internal static bool Apply(Facility f, FacilitySourceItem s)
    {
        var before = (f.Name, f.Type, f.DivisionCode, f.Address, f.Capacity, f.CapacityUnit, f.LicenceNumber, f.OperatorName, f.OperatorCreditCode, f.Ownership, f.Status);
        f.Name = s.Name.Trim();
        f.Type = s.Type;
        f.DivisionCode = s.DivisionCode;
        f.Address = s.Address ?? f.Address;
        f.Capacity = s.Capacity ?? f.Capacity;
        f.CapacityUnit = s.CapacityUnit ?? f.CapacityUnit;
        f.LicenceNumber = s.LicenceNumber ?? f.LicenceNumber;
        f.OperatorName = s.OperatorName ?? f.OperatorName;
        f.OperatorCreditCode = s.OperatorCreditCode ?? f.OperatorCreditCode;
        f.Ownership = s.Ownership ?? f.Ownership;
        f.Status = s.Status;
        return before != (f.Name, f.Type, f.DivisionCode, f.Address, f.Capacity, f.CapacityUnit, f.LicenceNumber, f.OperatorName, f.OperatorCreditCode, f.Ownership, f.Status);
    }
}
