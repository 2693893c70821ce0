using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Seeding;

/// <summary>
/// Invented residents (no real people): names from common characters, ID numbers built with the
/// platform's own check-digit code, spread over several districts, grouped into households.
/// </summary>
internal sealed class DemoResidents(RegistryDb db, TimeProvider clock)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑"];
    private static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "淑珍", "志强", "海燕", "晓东", "子涵", "梓萱", "浩然", "雨桐"];

    /// <summary>Streets whose communities get demo households (福田 and 南头 have demo staff).</summary>
    private static readonly string[] Streets = ["440304004", "440304001", "440305001", "440303001", "440306017", "440307014", "440311001"];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Persons.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var random = new Random(2018);
        var now = clock.GetUtcNow().UtcDateTime;
        var sequence = 100;
        var communities = await db.Divisions.AsNoTracking()
            .Where(d => d.Level == 5 && Streets.Any(s => d.ParentCode == s)).Select(d => d.Code).OrderBy(c => c).ToListAsync(ct);
        var households = new List<Household>();
        var persons = new List<Person>();
        for (var i = 0; i < 21; i++)
        {
            var street = Streets[i % Streets.Length];
            var inStreet = communities.Where(c => c.StartsWith(street, StringComparison.Ordinal)).ToList();
            var division = inStreet.Count > 0 ? inStreet[random.Next(inStreet.Count)] : street;
            var hukou = i % 4 == 3 ? "430102" : division[..6]; // every fourth family has hukou in 长沙 (non-Shenzhen)
            var surname = Surnames[random.Next(Surnames.Length)];
            Person Make(string name, int year, bool male, string relation)
            {
                var birth = new DateOnly(year, random.Next(1, 13), random.Next(1, 29));
                var seq = (sequence += 2) % 1000 + (male ? 1 : 0);
                var p = new Person
                {
                    IdNumber = IdNumber.Create(hukou, birth, seq % 2 == (male ? 1 : 0) ? seq : seq + 1),
                    Name = name, Sex = male ? Sex.Male : Sex.Female, BirthDate = birth, DivisionCode = division,
                    HukouDivisionCode = hukou, IsShenzhenHukou = hukou.StartsWith("4403", StringComparison.Ordinal),
                    Phone = $"13{random.Next(100000000, 999999999)}", Address = $"深圳市示例路{random.Next(1, 300)}号{random.Next(1, 30)}栋{random.Next(101, 2800)}",
                    CreatedAtUtc = now, UpdatedAtUtc = now,
                };
                persons.Add(p);
                return p;
            }
            var headYear = 1940 + random.Next(0, 50);
            var head = Make(surname + Given[random.Next(Given.Length)], headYear, i % 3 != 1, Relationships.Head);
            var h = new Household { HeadPersonId = head.Id, DivisionCode = division, Address = head.Address!, IsShenzhenHukou = head.IsShenzhenHukou, CreatedAtUtc = now, UpdatedAtUtc = now };
            h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = head.Id, RelationshipCode = Relationships.Head });
            if (i % 5 != 4)
            {
                var spouse = Make(Surnames[random.Next(Surnames.Length)] + Given[random.Next(Given.Length)], headYear + random.Next(-3, 4), head.Sex != Sex.Male, "10");
                h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = spouse.Id, RelationshipCode = "10" });
            }
            for (var c = 0; c < i % 3; c++)
            {
                var male = random.Next(2) == 0;
                var child = Make(surname + Given[random.Next(Given.Length)], Math.Min(headYear + 25 + c * 2, 2017), male, male ? "20" : "30");
                h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = child.Id, RelationshipCode = male ? "20" : "30" });
            }
            households.Add(h);
        }
        db.Persons.AddRange(persons);
        db.Households.AddRange(households);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }
}
