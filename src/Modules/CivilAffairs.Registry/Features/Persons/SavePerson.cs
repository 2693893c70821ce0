using CivilAffairs.Platform.Http;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Persons;

/// <summary>Creates and edits persons; the API and the pages call this same handler.</summary>
internal sealed class SavePersonHandler(RegistryDb db, PersonValidator validator, PersonQueries queries, TimeProvider clock)
{
    public const string DuplicateMessage = "该证件号码已登记，不能重复登记";

    public async Task<PersonDetail> CreateAsync(PersonInput input, CancellationToken ct)
    {
        var v = await validator.ValidateAsync(input, ct);
        await EnsureUniqueAsync(v, null, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var person = new Person { CreatedAtUtc = now };
        Apply(person, v, now);
        db.Persons.Add(person);
        await SaveAsync(ct);
        return (await queries.GetAsync(person.Id, ct))!;
    }

    public async Task<PersonDetail> UpdateAsync(Guid id, PersonInput input, CancellationToken ct)
    {
        var person = await db.Persons.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException();
        if (input.Version is { } version && version != person.Version)
        {
            throw new BusinessRuleException("该记录在您编辑期间已被他人修改，请刷新后重新编辑");
        }
        var v = await validator.ValidateAsync(input, ct);
        await EnsureUniqueAsync(v, id, ct);
        Apply(person, v, clock.GetUtcNow().UtcDateTime);
        person.Version++;
        await SaveAsync(ct);
        return (await queries.GetAsync(person.Id, ct))!;
    }

    private static void Apply(Person p, ValidPerson v, DateTime now)
    {
        p.DocumentType = v.DocumentType;
        p.IdNumber = v.IdNumber;
        p.Name = v.Name;
        p.Sex = v.Sex;
        p.BirthDate = v.BirthDate;
        p.DivisionCode = v.DivisionCode;
        p.HukouDivisionCode = v.HukouDivisionCode;
        p.IsShenzhenHukou = v.IsShenzhenHukou;
        p.Phone = v.Phone;
        p.Address = v.Address;
        p.UpdatedAtUtc = now;
    }

    private async Task EnsureUniqueAsync(ValidPerson v, Guid? self, CancellationToken ct)
    {
        // checked across all jurisdictions: a person is registered once in the city
        var taken = await db.Persons.IgnoreQueryFilters()
            .AnyAsync(p => p.DocumentType == v.DocumentType && p.IdNumber == v.IdNumber && p.Id != self, ct);
        if (taken)
        {
            throw new FieldValidationException("idNumber", DuplicateMessage);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该记录在您编辑期间已被他人修改，请刷新后重新编辑");
        }
        catch (DbUpdateException ex) when (ex.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
            || ex.InnerException?.Message.Contains("23505", StringComparison.Ordinal) == true)
        {
            // two clerks registering the same person at the same moment
            throw new FieldValidationException("idNumber", DuplicateMessage);
        }
    }
}
