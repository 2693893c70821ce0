namespace CivilAffairs.Platform.Seeding;

/// <summary>Loads a module's reference data (always, idempotently) and its demo data (on request).</summary>
public interface ISeeder
{
    int Order { get; }

    Task SeedReferenceDataAsync(CancellationToken ct);

    Task SeedDemoDataAsync(CancellationToken ct);
}
