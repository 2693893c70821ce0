using CivilAffairs.Platform.Values;
using CivilAffairs.Registry.Data;
using CivilAffairs.Registry.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Registry.Seeding;

/// <summary>
/// Invented older residents for the elderly-care demo: about 160 people aged 60 to 101 in seven
/// streets, mostly living alone or as couples, most with Shenzhen 户籍. A few turn 60 in the days
/// around today (the 银龄安康 enrolment job picks them up); one was born on 29 February.
/// </summary>
internal sealed class DemoElders(RegistryDb db, TimeProvider clock)
{
    /// <summary>Every demo elder's address starts with this (also the marker that they were seeded).</summary>
    internal const string AddressPrefix = "深圳市长者示例";

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "邓", "冯", "曾"];
    private static readonly string[] MaleGiven = ["国强", "建华", "德明", "志刚", "永福", "金生", "耀祖", "振华", "树林", "炳坤", "汉明", "文斌"];
    private static readonly string[] FemaleGiven = ["秀兰", "桂英", "玉珍", "淑芬", "美华", "素梅", "凤英", "丽娟", "月娥", "翠萍", "惠芳", "婉仪"];

    /// <summary>(street, elders) — 福田 and 南山 have the demo staff and providers.</summary>
    private static readonly (string Street, int Count)[] Streets =
        [("440304004", 55), ("440304001", 25), ("440305001", 30), ("440303001", 18), ("440306017", 12), ("440307014", 10), ("440311001", 10)];

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.Persons.IgnoreQueryFilters().AnyAsync(p => p.Address != null && p.Address.StartsWith(AddressPrefix), ct))
        {
            return;
        }
        var random = new Random(60);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.Today(clock);
        var communities = await db.Divisions.AsNoTracking().Where(d => d.Level == 5).Select(d => d.Code).ToListAsync(ct);
        var persons = new List<Person>();
        var households = new List<Household>();
        var seq = 600;
        Person Make(string street, string division, DateOnly birth, bool male, bool shenzhenHukou, string address)
        {
            var hukou = shenzhenHukou ? street[..6] : "360102"; // non-户籍 elders come from 南昌 in the demo
            var s = seq++ % 1000;
            var p = new Person
            {
                IdNumber = IdNumber.Create(hukou, birth, s % 2 == (male ? 1 : 0) ? s : s + 1 > 999 ? s - 1 : s + 1),
                Name = Surnames[random.Next(Surnames.Length)] + (male ? MaleGiven : FemaleGiven)[random.Next(MaleGiven.Length)],
                Sex = male ? Sex.Male : Sex.Female, BirthDate = birth, DivisionCode = division, HukouDivisionCode = hukou, IsShenzhenHukou = shenzhenHukou,
                Phone = $"13{random.Next(100000000, 999999999)}", Address = address, CreatedAtUtc = now, UpdatedAtUtc = now,
            };
            persons.Add(p);
            return p;
        }
        var n = 0;
        foreach (var (street, count) in Streets)
        {
            var inStreet = communities.Where(c => c.StartsWith(street, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < count; i++, n++)
            {
                var division = inStreet.Count > 0 ? inStreet[random.Next(inStreet.Count)] : street;
                var birth = BirthFor(n, today, random);
                var male = random.Next(2) == 0;
                var hukou = random.Next(100) < 85 || n < 5; // the birthday cases are 户籍 (insurance demo)
                var address = $"{AddressPrefix}路{random.Next(1, 200)}号{random.Next(1, 20)}栋{random.Next(101, 2000)}";
                var head = Make(street, division, birth, male, hukou, address);
                var h = new Household { HeadPersonId = head.Id, DivisionCode = division, Address = address, IsShenzhenHukou = hukou, CreatedAtUtc = now, UpdatedAtUtc = now };
                h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = head.Id, RelationshipCode = Relationships.Head });
                // about half are couples (空巢), one in five lives with a grown child, the rest alone
                var shape = random.Next(10);
                if (shape < 5)
                {
                    var spouse = Make(street, division, birth.AddYears(random.Next(-3, 4)).AddDays(random.Next(0, 200)), !male, hukou, address);
                    h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = spouse.Id, RelationshipCode = "10" });
                }
                else if (shape < 7)
                {
                    var childMale = random.Next(2) == 0;
                    var child = Make(street, division, new DateOnly(Math.Min(birth.Year + 28, 2000), random.Next(1, 13), random.Next(1, 29)), childMale, hukou, address);
                    h.Members.Add(new HouseholdMember { HouseholdId = h.Id, PersonId = child.Id, RelationshipCode = childMale ? "20" : "30" });
                }
                households.Add(h);
            }
        }
        db.Persons.AddRange(persons);
        db.Households.AddRange(households);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The first few turn 60 around today; one was born on 29 February; one is over 100; the rest spread over 60–95.</summary>
    private static DateOnly BirthFor(int n, DateOnly today, Random random) => n switch
    {
        0 => today.AddYears(-60).AddDays(-2),
        1 => today.AddYears(-60).AddDays(5),
        2 => today.AddYears(-60).AddDays(20),
        3 => new DateOnly(1960, 2, 29),
        4 => new DateOnly(today.Year - 101, 8, 8),
        _ => today.AddYears(-60 - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 36)).AddDays(-random.Next(1, 365)),
    };
}
