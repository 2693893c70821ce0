using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using CivilAffairs.Registry.Features.Divisions;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Features.Households;

/// <summary>Creates a household from persons already registered in the user's jurisdiction.</summary>
internal sealed class CreateHouseholdHandler(RegistryDb db, DivisionDirectory divisions, ICurrentUser user, HouseholdQueries queries, TimeProvider clock)
{
    public async Task<HouseholdDetail> HandleAsync(HouseholdInput input, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var division = DivisionCodes.Normalize(input.DivisionCode);
        var d = division is null ? null : await divisions.GetAsync(division, null, ct);
        if (d is null || d.ResolvedFrom is not null || d.Level < 4)
        {
            errors.Add("divisionCode", "请选择家庭所在的街道或社区");
        }
        else if (user.Jurisdiction is null || !DivisionCodes.IsWithin(d.Code, user.Jurisdiction))
        {
            errors.Add("divisionCode", "该区划不在您的辖区内");
        }
        var address = (input.Address ?? "").Trim();
        if (address.Length == 0)
        {
            errors.Add("address", "请填写家庭住址");
        }
        var head = await FindPersonAsync(input.HeadPersonId, input.HeadIdNumber, ct);
        if (head is null)
        {
            errors.Add("headPersonId", "户主未登记或不在您的辖区内，请先登记人员");
        }
        var members = new List<(Person Person, string Code)>();
        for (var i = 0; i < input.Members.Count; i++)
        {
            var m = input.Members[i];
            if (m.PersonId is null && string.IsNullOrWhiteSpace(m.IdNumber))
            {
                continue; // an empty line of the form
            }
            var key = $"members[{i}]";
            var person = await FindPersonAsync(m.PersonId, m.IdNumber, ct);
            var code = (m.Relationship ?? "").Trim();
            if (person is null)
            {
                errors.Add(key, $"第{i + 1}名成员未登记或不在您的辖区内");
            }
            else if (person.Id == head?.Id || members.Any(x => x.Person.Id == person.Id))
            {
                errors.Add(key, $"第{i + 1}名成员重复");
            }
            if (!Relationships.Codes.ContainsKey(code) || code == Relationships.Head)
            {
                errors.Add(key, $"第{i + 1}名成员与户主关系代码无效");
            }
            if (person is not null && Relationships.Codes.ContainsKey(code))
            {
                members.Add((person, code));
            }
        }
        var ids = members.Select(m => m.Person.Id).Append(head?.Id ?? Guid.Empty).ToList();
        var taken = await db.HouseholdMembers.AsNoTracking().Where(m => ids.Contains(m.PersonId)).Select(m => m.PersonId).ToListAsync(ct);
        if (taken.Count > 0)
        {
            errors.Add("members", "以下人员已属于其他家庭：" + string.Join("、", members.Select(m => m.Person).Append(head).Where(p => p is not null && taken.Contains(p.Id)).Select(p => p!.Name).Distinct()));
        }
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        var household = new Household
        {
            HeadPersonId = head!.Id, DivisionCode = d!.Code, Address = address, IsShenzhenHukou = input.IsShenzhenHukou,
            CreatedAtUtc = now, UpdatedAtUtc = now,
        };
        household.Members.Add(new HouseholdMember { HouseholdId = household.Id, PersonId = head.Id, RelationshipCode = Relationships.Head });
        household.Members.AddRange(members.Select(m => new HouseholdMember { HouseholdId = household.Id, PersonId = m.Person.Id, RelationshipCode = m.Code }));
        db.Households.Add(household);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException("有成员刚被加入其他家庭，请刷新后重试");
        }
        return (await queries.GetAsync(household.Id, ct))!;
    }

    private async Task<Person?> FindPersonAsync(Guid? id, string? idNumber, CancellationToken ct)
    {
        if (id is { } g)
        {
            return await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.Id == g, ct);
        }
        var n = (idNumber ?? "").Trim().ToUpperInvariant();
        return n.Length == 0 ? null : await db.Persons.AsNoTracking().FirstOrDefaultAsync(p => p.IdNumber == n, ct);
    }
}
