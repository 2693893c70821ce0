using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>Search filters for the person list.</summary>
public sealed class PersonSearch
{
    /// <summary>ID number (exact), name (contains) or phone (exact).</summary>
    public string? Q { get; set; }

    /// <summary>Only residents of this division's subtree (within the user's own).</summary>
    public string? DivisionCode { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }
}

/// <summary>Reads persons; every query runs through the jurisdiction filter.</summary>
internal sealed class PersonQueries(RegistryDb db, TimeProvider clock, AuditEvents audit)
{
    public async Task<PersonPage> SearchAsync(PersonSearch s, CancellationToken ct)
    {
        var query = Filter(db.Persons.AsNoTracking(), s.Q, s.DivisionCode);
        var size = Math.Clamp(s.PageSize ?? 20, 1, 200);
        var page = Math.Max(1, s.Page ?? 1);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderBy(p => p.DivisionCode).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(r => r.DivisionCode), ct);
        var today = ChinaTime.Today(clock);
        var items = rows.Select(p => new PersonListItem(p.Id, p.DocumentType.ToString(), Masking.IdNumber(p.IdNumber), p.Name,
            DocumentTypes.SexName(p.Sex), p.BirthDate, IdNumber.AgeOn(p.BirthDate, today), p.DivisionCode,
            names.GetValueOrDefault(p.DivisionCode), p.IsShenzhenHukou, Masking.Phone(p.Phone))).ToList();
        return new PersonPage(total, page, size, items);
    }

    internal static IQueryable<Person> Filter(IQueryable<Person> query, string? q, string? divisionCode)
    {
        var text = (q ?? "").Trim();
        if (text.Length > 0)
        {
            var upper = text.ToUpperInvariant();
            if (upper.Length is 15 or 18 && upper[..^1].All(char.IsAsciiDigit))
            {
                query = query.Where(p => p.IdNumber == upper);
            }
            else if (text.All(c => char.IsAsciiDigit(c) || c == '-' || c == '+'))
            {
                query = query.Where(p => p.Phone == text || p.IdNumber == upper);
            }
            else
            {
                query = query.Where(p => p.Name.Contains(text) || p.IdNumber == upper);
            }
        }
        var division = DivisionCodes.Normalize(divisionCode);
        if (division is not null)
        {
            query = query.Where(p => p.DivisionCode.StartsWith(division));
        }
        return query;
    }

    public async Task<PersonDetail?> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Persons.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }
        var householdId = await db.HouseholdMembers.AsNoTracking().Where(m => m.PersonId == id).Select(m => (Guid?)m.HouseholdId).FirstOrDefaultAsync(ct);
        var codes = new[] { p.DivisionCode, p.HukouDivisionCode }.OfType<string>();
        var names = await NamesAsync(codes, ct);
        return new PersonDetail(p.Id, p.DocumentType.ToString(), DocumentTypes.NameOf(p.DocumentType), Masking.IdNumber(p.IdNumber), p.Name,
            DocumentTypes.SexName(p.Sex), p.BirthDate, IdNumber.AgeOn(p.BirthDate, ChinaTime.Today(clock)), p.Phone, p.DivisionCode,
            names.GetValueOrDefault(p.DivisionCode), p.HukouDivisionCode, p.HukouDivisionCode is null ? null : names.GetValueOrDefault(p.HukouDivisionCode),
            p.IsShenzhenHukou, p.Address, householdId, p.Version, p.CreatedAtUtc, p.UpdatedAtUtc,
            p.MaritalStatusCode, p.MaritalStatusCode is null ? null : MaritalStatusNames.Of(MaritalStatusNames.Parse(p.MaritalStatusCode)), p.MaritalStatusSince,
            p.DiedOn, p.DeathSource);
    }

    /// <summary>The form model for editing, with the full number (the editor already may see it).</summary>
    public async Task<PersonInput?> GetForEditAsync(Guid id, CancellationToken ct)
    {
        var p = await db.Persons.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return p is null ? null : new PersonInput
        {
            DocumentType = p.DocumentType.ToString(), IdNumber = p.IdNumber, Name = p.Name, DivisionCode = p.DivisionCode,
            HukouDivisionCode = p.HukouDivisionCode, IsShenzhenHukou = p.IsShenzhenHukou, Phone = p.Phone, Address = p.Address,
            Sex = p.Sex.ToString(), BirthDate = p.BirthDate, Version = p.Version,
        };
    }

    /// <summary>Shows the full number for a stated reason; the reveal is audited.</summary>
    public async Task<string> RevealIdAsync(Guid id, string? reason, CancellationToken ct)
    {
        var why = (reason ?? "").Trim();
        if (why.Length < 2)
        {
            throw new FieldValidationException("reason", "请填写查看完整证件号码的事由");
        }
        var p = await db.Persons.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        await audit.RecordAsync(AuditActions.RevealId, nameof(Person), p.Id.ToString(), new { reason = why, idNumber = Masking.IdNumber(p.IdNumber) }, ct: ct);
        return p.IdNumber;
    }

    internal async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> codes, CancellationToken ct)
    {
        var set = codes.Distinct().ToList();
        var rows = await db.Divisions.AsNoTracking().Where(d => set.Contains(d.Code) && d.ValidTo == null).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return rows.GroupBy(r => r.Code).ToDictionary(g => g.Key, g => g.First().Name);
    }
}
