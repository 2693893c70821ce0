using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Caching;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivilAffairs.Registry.Features.Divisions;

/// <summary>A division as the API and pages show it.</summary>
public sealed record DivisionView(string Code, string Name, int Level, string LevelName, string? ParentCode,
    DateOnly? ValidFrom, DateOnly? ValidTo, bool IsSpecialUnit, string? ManagementArea, string? ResolvedFrom);

public sealed record DivisionChangeView(DateOnly EffectiveDate, string Kind, string? OldCode, string? NewCode,
    string? OldParentCode, string? NewParentCode, string Name, string Description, string LegalBasis);

public sealed record ManagementAreaView(string Key, string Name, string ParentCode, string Note, IReadOnlyList<string> MemberCodes);

/// <summary>Effective-dated division lookups; streets outside Shenzhen are loaded when first asked for.</summary>
internal sealed class DivisionDirectory(IServiceProvider services, TimeProvider clock, ReferenceCache<(string Code, DateOnly Day), DivisionView> cache) : IDivisionDirectory
{
    private RegistryDb? _db;

    private static readonly SemaphoreSlim LoadLock = new(1, 1);

    // counties whose streets are known to be in the database: saves two queries per lookup
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> LoadedCounties = new();

    private Dictionary<string, string>? _areas;

    // resolved on first use: a lookup served from the cache then builds no context at all (docs/performance.md)
    private RegistryDb Db => _db ??= services.GetRequiredService<RegistryDb>();

    public static string LevelName(int level) => level switch
    {
        1 => "省级",
        2 => "地级",
        3 => "县级",
        4 => "乡级（街道/镇）",
        5 => "村级（社区/村）",
        _ => "",
    };

    public async Task<DivisionView?> GetAsync(string code, DateOnly? asOf, CancellationToken ct)
    {
        var normalized = DivisionCodes.Normalize(code);
        if (normalized is null)
        {
            return null;
        }
        var day = asOf ?? ChinaTime.Today(clock);
        // a hit implies the county's streets were loaded when it was first read
        if (cache.TryGet((normalized, day), out var cached))
        {
            return cached;
        }
        var generation = cache.Generation;
        if (normalized.Length >= 9)
        {
            await EnsureStreetsAsync(normalized[..6], ct);
        }
        var rows = await Db.Divisions.AsNoTracking().Where(d => d.Code == normalized).ToListAsync(ct);
        var hit = rows.FirstOrDefault(d => d.IsValidOn(day));
        string? resolvedFrom = null;
        if (hit is null && rows.Count > 0)
        {
            // the code was not in force that day: follow a recorded renumbering to the one that was
            var links = await Db.DivisionChanges.AsNoTracking()
                .Where(c => c.OldCode == normalized || c.NewCode == normalized).ToListAsync(ct);
            foreach (var other in links.Select(l => l.OldCode == normalized ? l.NewCode : l.OldCode).OfType<string>())
            {
                hit = (await Db.Divisions.AsNoTracking().Where(d => d.Code == other).ToListAsync(ct)).FirstOrDefault(d => d.IsValidOn(day));
                if (hit is not null)
                {
                    resolvedFrom = normalized;
                    break;
                }
            }
        }
        if (hit is null)
        {
            // not kept: a code unknown today may be loaded later, and unknown codes from requests would fill the cache
            return null;
        }
        var view = await ToViewAsync(hit, resolvedFrom, ct);
        cache.Set((normalized, day), view, generation);
        return view;
    }

    public async Task<IReadOnlyList<DivisionView>> ChildrenAsync(string code, DateOnly? asOf, CancellationToken ct)
    {
        var day = asOf ?? ChinaTime.Today(clock);
        if (code.Length == 6)
        {
            await EnsureStreetsAsync(code, ct);
        }
        var rows = await Db.Divisions.AsNoTracking().Where(d => d.ParentCode == code).OrderBy(d => d.Code).ToListAsync(ct);
        var areas = await AreaByMemberAsync(ct);
        return rows.Where(d => d.IsValidOn(day))
            .Select(d => new DivisionView(d.Code, d.Name, d.Level, LevelName(d.Level), d.ParentCode, d.ValidFrom, d.ValidTo, d.IsSpecialUnit, areas.GetValueOrDefault(d.Code), null))
            .ToList();
    }

    /// <summary>From the province down to the division itself, as in force on the day.</summary>
    public async Task<IReadOnlyList<DivisionView>> PathAsync(string code, DateOnly? asOf, CancellationToken ct)
    {
        var path = new List<DivisionView>();
        var current = await GetAsync(code, asOf, ct);
        while (current is not null)
        {
            path.Insert(0, current);
            current = current.ParentCode is null ? null : await GetAsync(current.ParentCode, asOf, ct);
        }
        return path;
    }

    public async Task<IReadOnlyList<DivisionView>> SearchAsync(string query, int limit, CancellationToken ct)
    {
        var q = query.Trim();
        if (q.Length == 0)
        {
            return [];
        }
        var today = ChinaTime.Today(clock);
        var rows = await Db.Divisions.AsNoTracking()
            .Where(d => d.Name.Contains(q) || d.Code.StartsWith(q))
            .Where(d => d.ValidTo == null || d.ValidTo >= today)
            .OrderBy(d => d.Code.StartsWith("4403") ? 0 : 1).ThenBy(d => d.Level).ThenBy(d => d.Code)
            .Take(limit).ToListAsync(ct);
        return rows.Select(d => new DivisionView(d.Code, d.Name, d.Level, LevelName(d.Level), d.ParentCode, d.ValidFrom, d.ValidTo, d.IsSpecialUnit, null, null)).ToList();
    }

    public async Task<IReadOnlyList<DivisionView>> ProvincesAsync(CancellationToken ct) =>
        (await Db.Divisions.AsNoTracking().Where(d => d.Level == 1).OrderBy(d => d.Code).ToListAsync(ct))
            .Select(d => new DivisionView(d.Code, d.Name, d.Level, LevelName(d.Level), null, d.ValidFrom, d.ValidTo, false, null, null)).ToList();

    /// <summary>Streets and communities in force inside a jurisdiction, for pickers.</summary>
    public async Task<IReadOnlyList<(string Code, string Label)>> PickerOptionsAsync(string? jurisdiction, CancellationToken ct)
    {
        if (jurisdiction is null)
        {
            return [];
        }
        var rows = await Db.Divisions.AsNoTracking()
            .Where(d => d.Level >= 4 && d.ValidTo == null && d.Code.StartsWith(jurisdiction) && d.Code.StartsWith("4403"))
            .OrderBy(d => d.Code).Select(d => new { d.Code, d.Name, d.ParentCode, d.Level }).ToListAsync(ct);
        var streets = rows.Where(r => r.Level == 4).ToDictionary(r => r.Code, r => r.Name);
        return rows.Select(r => (r.Code, r.Level == 5 && r.ParentCode is not null && streets.TryGetValue(r.ParentCode, out var s) ? $"{s} {r.Name}" : r.Name)).ToList();
    }

    public Task<List<DivisionChangeView>> ChangesAsync(CancellationToken ct) =>
        Db.DivisionChanges.AsNoTracking().OrderBy(c => c.EffectiveDate).ThenBy(c => c.NewCode)
            .Select(c => new DivisionChangeView(c.EffectiveDate, c.Kind, c.OldCode, c.NewCode, c.OldParentCode, c.NewParentCode, c.Name, c.Description, c.LegalBasis))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<ManagementAreaView>> ManagementAreasAsync(CancellationToken ct) =>
        (await Db.ManagementAreas.AsNoTracking().Include(a => a.Members).OrderBy(a => a.Key).ToListAsync(ct))
            .Select(a => new ManagementAreaView(a.Key, a.Name, a.ParentCode, a.Note, a.Members.Select(m => m.DivisionCode).Order().ToList()))
            .ToList();

    async Task<DivisionInfo?> IDivisionDirectory.FindAsync(string code, DateOnly? asOf, CancellationToken ct)
    {
        var v = await GetAsync(code, asOf, ct);
        return v is null ? null : new DivisionInfo(v.Code, v.Name, v.Level, v.ParentCode);
    }

    public bool IsKnownAddressCode(string code6) => DivisionReference.IsKnownAddressCode(code6);

    public async Task<string> FullNameAsync(string code, CancellationToken ct = default)
    {
        var path = await PathAsync(code, null, ct);
        // "广东省 深圳市 福田区 …": the province adds nothing inside Shenzhen
        return string.Join(" ", path.Where(p => !(p.Level == 1 && code.StartsWith("44", StringComparison.Ordinal))).Select(p => p.Name));
    }

    private async Task<Dictionary<string, string>> AreaByMemberAsync(CancellationToken ct) =>
        _areas ??= await (from m in Db.Set<ManagementAreaMember>().AsNoTracking()
               join a in Db.ManagementAreas.AsNoTracking() on m.AreaKey equals a.Key
               select new { m.DivisionCode, a.Name }).ToDictionaryAsync(x => x.DivisionCode, x => x.Name, ct);

    private async Task<DivisionView> ToViewAsync(Division d, string? resolvedFrom, CancellationToken ct)
    {
        var area = (await AreaByMemberAsync(ct)).GetValueOrDefault(d.Code);
        return new DivisionView(d.Code, d.Name, d.Level, LevelName(d.Level), d.ParentCode, d.ValidFrom, d.ValidTo, d.IsSpecialUnit, area, resolvedFrom);
    }

    /// <summary>All of China to county level is loaded at start; a county's streets when first needed.</summary>
    private async Task EnsureStreetsAsync(string countyCode, CancellationToken ct)
    {
        var key = Db.Database.GetConnectionString() + "|" + countyCode;
        if (LoadedCounties.ContainsKey(key))
        {
            return;
        }
        if (await Db.Divisions.AnyAsync(d => d.ParentCode == countyCode, ct)
            || !await Db.Divisions.AnyAsync(d => d.Code == countyCode && d.Level == 3, ct))
        {
            LoadedCounties[key] = true;
            return;
        }
        var streets = DivisionReference.StreetsOf(countyCode).ToList();
        if (streets.Count == 0)
        {
            return;
        }
        await LoadLock.WaitAsync(ct);
        try
        {
            if (await Db.Divisions.AnyAsync(d => d.ParentCode == countyCode, ct))
            {
                return;
            }
            var rows = streets.Select(s => new Division
            {
                Code = s.Code, Name = s.Name, Level = 4, ParentCode = countyCode, IsSpecialUnit = Seeding.RegistrySeeder.IsSpecialUnitCode(s.Code),
            }).ToList();
            Db.Scope.BulkLoad = true;
            Db.Divisions.AddRange(rows);
            await Db.SaveChangesAsync(ct);
            // reference rows need no tracking; whatever else the caller tracks stays as it was
            rows.ForEach(r => Db.Entry(r).State = EntityState.Detached);
            LoadedCounties[key] = true;
            cache.Invalidate();
        }
        finally
        {
            Db.Scope.BulkLoad = false;
            LoadLock.Release();
        }
    }
}
