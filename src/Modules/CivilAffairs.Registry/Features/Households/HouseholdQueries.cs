using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Persons;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Households;

internal sealed class HouseholdQueries(RegistryDb db, PersonQueries persons, TimeProvider clock)
{
    public async Task<HouseholdDetail?> GetAsync(Guid id, CancellationToken ct)
    {
        var h = await db.Households.AsNoTracking().Include(x => x.Members).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (h is null)
        {
            return null;
        }
        var ids = h.Members.Select(m => m.PersonId).ToList();
        // members may live elsewhere; the household's own scope already allowed this read
        var people = await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var today = ChinaTime.Today(clock);
        var members = h.Members.OrderBy(m => m.RelationshipCode == Relationships.Head ? 0 : 1).ThenBy(m => m.RelationshipCode)
            .Where(m => people.ContainsKey(m.PersonId))
            .Select(m =>
            {
                var p = people[m.PersonId];
                return new HouseholdMemberView(p.Id, p.Name, Masking.IdNumber(p.IdNumber), m.RelationshipCode, Relationships.NameOf(m.RelationshipCode),
                    DocumentTypes.SexName(p.Sex), IdNumber.AgeOn(p.BirthDate, today));
            }).ToList();
        var names = await persons.NamesAsync([h.DivisionCode], ct);
        return new HouseholdDetail(h.Id, h.DivisionCode, names.GetValueOrDefault(h.DivisionCode), h.Address, h.IsShenzhenHukou, h.HeadPersonId,
            people.TryGetValue(h.HeadPersonId, out var head) ? head.Name : "", members, h.Version, h.CreatedAtUtc);
    }

    public async Task<HouseholdPage> SearchAsync(string? q, string? divisionCode, int page, int pageSize, CancellationToken ct)
    {
        var query = db.Households.AsNoTracking();
        var division = DivisionCodes.Normalize(divisionCode);
        if (division is not null)
        {
            query = query.Where(h => h.DivisionCode.StartsWith(division));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            // a separate query: IgnoreQueryFilters would otherwise switch off the households'
            // own jurisdiction filter too (it applies to the whole query, efcore#13668)
            var heads = await PersonQueries.Filter(db.Persons.IgnoreQueryFilters(), q, null).Select(p => p.Id).Take(1000).ToListAsync(ct);
            query = query.Where(h => heads.Contains(h.HeadPersonId));
        }
        var size = Math.Clamp(pageSize, 1, 200);
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(h => h.DivisionCode).ThenBy(h => h.Id).Skip((page - 1) * size).Take(size)
            .Select(h => new { h.Id, h.HeadPersonId, h.DivisionCode, h.IsShenzhenHukou, Count = h.Members.Count })
            .ToListAsync(ct);
        var headIds = rows.Select(r => r.HeadPersonId).ToList();
        var heads2 = await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => headIds.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.IdNumber }).ToDictionaryAsync(p => p.Id, ct);
        var names = await persons.NamesAsync(rows.Select(r => r.DivisionCode), ct);
        var items = rows.Select(r => new HouseholdListItem(r.Id, heads2.TryGetValue(r.HeadPersonId, out var hp) ? hp.Name : "",
            hp is null ? "" : Masking.IdNumber(hp.IdNumber), r.Count, r.DivisionCode, names.GetValueOrDefault(r.DivisionCode), r.IsShenzhenHukou)).ToList();
        return new HouseholdPage(total, page, size, items);
    }
}
