using CivilAffairs.Contracts.Registry;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>
/// Residents aged 60+ for the elderly-care module, read live (no copy is kept there). Ages become
/// birth-date ranges so the database can use its index on birth date.
/// </summary>
internal sealed class ElderDirectory(RegistryDb db) : IElderDirectory
{
    private static readonly int[] Bands = [60, 70, 80, 90, 100];

    public async Task<(IReadOnlyList<ElderInfo> Items, int Total)> QueryAsync(ElderQuery q, CancellationToken ct = default)
    {
        var persons = Living(q.AsOf).Where(p => p.BirthDate <= q.AsOf.AddYears(-q.MinAge));
        if (q.MaxAge is { } max)
        {
            var after = q.AsOf.AddYears(-(max + 1));
            persons = persons.Where(p => p.BirthDate > after);
        }
        if (!string.IsNullOrWhiteSpace(q.DivisionPrefix))
        {
            persons = persons.Where(p => p.DivisionCode.StartsWith(q.DivisionPrefix));
        }
        if (q.ShenzhenHukou is { } hukou)
        {
            persons = persons.Where(p => p.IsShenzhenHukou == hukou);
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            var term = q.Search.Trim();
            var upper = term.ToUpperInvariant();
            persons = persons.Where(p => p.Name.Contains(term) || p.IdNumber.StartsWith(upper));
        }
        var total = await persons.CountAsync(ct);
        var page = await persons.OrderBy(p => p.BirthDate).ThenBy(p => p.Id).Skip(q.Skip).Take(q.Take).ToListAsync(ct);
        return (await ToInfo(page, ct), total);
    }

    public async Task<IReadOnlyDictionary<string, ElderInfo>> FindAsync(IReadOnlyCollection<string> idNumbers, CancellationToken ct = default)
    {
        var ids = idNumbers.Select(i => i.Trim().ToUpperInvariant()).Distinct().ToList();
        var found = new List<Person>();
        // chunks keep the IN list within every provider's parameter limit
        foreach (var chunk in ids.Chunk(500))
        {
            found.AddRange(await db.Persons.AsNoTracking().Where(p => p.DiedOn == null && chunk.Contains(p.IdNumber)).ToListAsync(ct));
        }
        return (await ToInfo(found, ct)).ToDictionary(e => e.IdNumber, StringComparer.OrdinalIgnoreCase);
    }

    public async Task<ElderInfo?> GetAsync(Guid personId, CancellationToken ct = default)
    {
        var p = await db.Persons.AsNoTracking().Where(x => x.Id == personId && x.DiedOn == null).ToListAsync(ct);
        var info = await ToInfo(p, ct);
        return info.Count > 0 ? info[0] : null;
    }

    public async Task<IReadOnlyList<ElderCount>> CountAsync(DateOnly asOf, string? divisionPrefix = null, int minAge = 60, CancellationToken ct = default)
    {
        var persons = Living(asOf).Where(p => p.BirthDate <= asOf.AddYears(-minAge));
        if (!string.IsNullOrWhiteSpace(divisionPrefix))
        {
            persons = persons.Where(p => p.DivisionCode.StartsWith(divisionPrefix));
        }
        // born after these dates = younger than 70, 80, 90, 100
        var c70 = asOf.AddYears(-70);
        var c80 = asOf.AddYears(-80);
        var c90 = asOf.AddYears(-90);
        var c100 = asOf.AddYears(-100);
        var rows = await persons
            .GroupBy(p => new
            {
                District = p.DivisionCode.Substring(0, 6),
                Band = p.BirthDate > c70 ? 60 : p.BirthDate > c80 ? 70 : p.BirthDate > c90 ? 80 : p.BirthDate > c100 ? 90 : 100,
                p.IsShenzhenHukou,
            })
            .Select(g => new { g.Key.District, g.Key.Band, g.Key.IsShenzhenHukou, Count = g.Count() })
            .ToListAsync(ct);
        return rows.Where(r => Bands.Contains(r.Band)).Select(r => new ElderCount(r.District, r.Band, r.IsShenzhenHukou, r.Count))
            .OrderBy(r => r.DistrictCode).ThenBy(r => r.AgeBand).ThenByDescending(r => r.IsShenzhenHukou).ToList();
    }

    public async Task<IReadOnlyList<ElderInfo>> ShenzhenHukouBornBetweenAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.Persons.AsNoTracking()
            .Where(p => p.DiedOn == null && p.IsShenzhenHukou && p.BirthDate >= from && p.BirthDate <= to)
            .OrderBy(p => p.BirthDate).ToListAsync(ct);
        return await ToInfo(rows, ct);
    }

    private IQueryable<Person> Living(DateOnly asOf) =>
        db.Persons.AsNoTracking().Where(p => p.DiedOn == null || p.DiedOn > asOf);

    private async Task<IReadOnlyList<ElderInfo>> ToInfo(IReadOnlyList<Person> persons, CancellationToken ct)
    {
        if (persons.Count == 0)
        {
            return [];
        }
        var ids = persons.Select(p => p.Id).ToList();
        var members = new Dictionary<Guid, Guid>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var m in await db.HouseholdMembers.AsNoTracking().Where(m => chunk.Contains(m.PersonId))
                .Select(m => new { m.PersonId, m.HouseholdId }).ToListAsync(ct))
            {
                members[m.PersonId] = m.HouseholdId;
            }
        }
        var householdIds = members.Values.Distinct().ToList();
        var sizes = new Dictionary<Guid, int>();
        var addresses = new Dictionary<Guid, string>();
        foreach (var chunk in householdIds.Chunk(500))
        {
            foreach (var s in await db.HouseholdMembers.AsNoTracking().Where(m => chunk.Contains(m.HouseholdId))
                .GroupBy(m => m.HouseholdId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            {
                sizes[s.Key] = s.Count;
            }
            foreach (var h in await db.Households.AsNoTracking().Where(h => chunk.Contains(h.Id)).Select(h => new { h.Id, h.Address }).ToListAsync(ct))
            {
                addresses[h.Id] = h.Address;
            }
        }
        return persons.Select(p =>
        {
            Guid? hid = members.TryGetValue(p.Id, out var h) ? h : null;
            return new ElderInfo(p.Id, p.IdNumber, p.Name, p.Sex == Sex.Male, p.BirthDate, p.DivisionCode, p.IsShenzhenHukou, p.HukouDivisionCode,
                hid, hid is { } x ? Math.Max(sizes.GetValueOrDefault(x), 1) : 1, hid is { } y ? addresses.GetValueOrDefault(y) ?? p.Address : p.Address);
        }).ToList();
    }
}
