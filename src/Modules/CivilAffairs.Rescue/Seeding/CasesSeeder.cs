using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Seeding;

/// <summary>Reference data of the casework area: the stay norm and age limits with their legal bases, the station's rooms.</summary>
internal sealed class CasesSeeder(PlatformDb platform, RescueDb db, CasesDemoSeeder demo, TimeProvider clock) : ISeeder
{
    private static readonly (string Key, string Value, string From, string Basis)[] Values =
    [
        (CaseParameters.StayNormDays, "10", "2003-08-01",
            "《城市生活无着的流浪乞讨人员救助管理办法实施细则》（民政部令第24号）第十一条、第十二条：救助站应当根据受助人员的情况确定救助期限，一般不超过10天；因特殊情况需要延长的，报上级民政主管部门备案"),
        (CaseParameters.ElderlyAge, "60", "2003-08-01", "《中华人民共和国老年人权益保障法》第二条：本法所称老年人是指六十周岁以上的公民"),
        (CaseParameters.MinorAge, "18", "2003-08-01", "《中华人民共和国未成年人保护法》第二条：本法所称未成年人是指未满十八周岁的公民"),
    ];

    /// <summary>深圳市救助管理站 dormitory (inferred layout): men's and women's rooms, a minors' area and a medical observation room for each sex.</summary>
    private static readonly (string Code, Sex Sex, int Beds, string? Note)[] RoomList =
    [
        ("A-101", Sex.Male, 8, null), ("A-102", Sex.Male, 8, null), ("A-103", Sex.Male, 8, null), ("A-104", Sex.Male, 8, null),
        ("B-201", Sex.Female, 6, null), ("B-202", Sex.Female, 6, null),
        ("C-301", Sex.Male, 4, "未成年人专区"), ("C-302", Sex.Female, 4, "未成年人专区"),
        ("M-101", Sex.Male, 4, "医疗观察室"), ("M-102", Sex.Female, 4, "医疗观察室"),
    ];

    public int Order => 60;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var keys = Values.Select(v => v.Key).ToList();
        var present = await platform.Parameters.Where(p => keys.Contains(p.Key)).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var v in Values.Where(v => !present.Contains(v.Key)))
        {
            platform.Parameters.Add(new Parameter
            {
                Key = v.Key, DivisionCode = "4403", Value = v.Value, ValidFrom = DateOnly.Parse(v.From, CultureInfo.InvariantCulture), LegalBasis = v.Basis,
                CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await platform.SaveChangesAsync(ct);
        if (!await db.Rooms.IgnoreQueryFilters().AnyAsync(ct))
        {
            db.Rooms.AddRange(RoomList.Select(r => new StationRoom { DivisionCode = "4403", Code = r.Code, Sex = r.Sex, Capacity = r.Beds, Note = r.Note }));
            await db.SaveChangesAsync(ct);
        }
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
