using CivilAffairs.Platform.Seeding;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Seeding;

/// <summary>
/// Reference data: all of China to county level, Shenzhen (and the 深汕 towns) to community
/// level, the recorded changes and the management areas. Demo data: see <see cref="DemoResidents"/> and <see cref="DemoElders"/>.
/// </summary>
internal sealed class RegistrySeeder(RegistryDb db, DemoResidents demo, DemoElders elders) : ISeeder
{
    public int Order => 10;

    public static bool IsSpecialUnitCode(string code) => code.Length >= 9 && code[6] is '4' or '5';

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        if (await db.Divisions.AnyAsync(ct))
        {
            return;
        }
        var all = new Dictionary<string, Division>(StringComparer.Ordinal);
        void Add(string code, string name, int level, string? parent) =>
            all[code] = new Division { Code = code, Name = name, Level = level, ParentCode = parent, IsSpecialUnit = IsSpecialUnitCode(code) };
        foreach (var f in ReferenceCsv.Read("provinces.csv")) { Add(f[0], f[1], 1, null); }
        foreach (var f in ReferenceCsv.Read("cities.csv")) { Add(f[0], f[1], 2, f[2]); }
        foreach (var f in ReferenceCsv.Read("counties.csv")) { Add(f[0], f[1], 3, f[2]); }
        foreach (var f in ReferenceCsv.Read("streets.csv").Where(f => f[2].StartsWith("4403", StringComparison.Ordinal) || f[2] == "441521"))
        {
            Add(f[0], f[1], 4, f[2]);
        }
        foreach (var f in ReferenceCsv.Read("communities-shenzhen.csv")) { Add(f[0], f[1], 5, f[2]); }
        var (historical, changes) = DivisionHistory.Apply(all);
        db.Scope.BulkLoad = true;
        db.Divisions.AddRange(all.Values);
        db.Divisions.AddRange(historical);
        db.DivisionChanges.AddRange(changes);
        db.ManagementAreas.AddRange(DivisionHistory.ManagementAreas());
        await db.SaveChangesAsync(ct);
        db.Scope.BulkLoad = false;
        db.ChangeTracker.Clear();
    }

    public async Task SeedDemoDataAsync(CancellationToken ct)
    {
        await demo.SeedAsync(ct);
        await elders.SeedAsync(ct);
    }
}
