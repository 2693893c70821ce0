using CivilAffairs.Facilities.Features.Institutions;
using CivilAffairs.Platform.Seeding;

namespace CivilAffairs.Facilities.Seeding;

/// <summary>
/// The demo-year generators (orders 9000–9999) open institutions of their own — meal-aid
/// providers, care homes with the year's new beds — after <see cref="FacilitiesSeeder"/> has run,
/// so the registry synchronizes once more when they are done: a user who opens the registry and
/// presses 同步 then finds nothing new. The sync is an upsert, so a second run changes nothing.
/// </summary>
internal sealed class FacilitiesResyncSeeder(FacilitySync sync) : ISeeder
{
    public int Order => 9_990;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct) => await sync.RunAsync(ct);
}
