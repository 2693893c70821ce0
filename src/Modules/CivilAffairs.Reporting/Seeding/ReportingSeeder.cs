using CivilAffairs.Platform.Seeding;
using CivilAffairs.Reporting.Features.Facts;

namespace CivilAffairs.Reporting.Seeding;

/// <summary>
/// Runs after every other seeder: once the demo year is in the modules' tables, the monthly
/// figures are rebuilt from it, so the dashboards open full. Nothing here is typed in: every
/// figure is counted from the records the other seeders generated.
/// </summary>
internal sealed class ReportingSeeder(FactsRefresher refresher) : ISeeder
{
    public int Order => 10_000;

    public Task SeedReferenceDataAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task SeedDemoDataAsync(CancellationToken ct) => await refresher.RefreshAsync(full: true, ct);
}
