using CivilAffairs.Registry.Domain;

namespace CivilAffairs.Registry.Seeding;

/// <summary>
/// Changes the current-code CSVs cannot show. Sources: NBS 统计用区划代码 releases 2017-10-31
/// and 2018-10-31 (光明区), 2020-06-30 (深汕 towns renumbered); see the rules document §9.1.
/// </summary>
internal static class DivisionHistory
{
    /// <summary>光明区 was inaugurated on 2018-09-19 (approved by the State Council in 2018).</summary>
    public static readonly DateOnly GuangmingEstablished = new(2018, 9, 19);

    /// <summary>The NBS release that first shows 鹅埠 and 赤石 under their new codes.</summary>
    public static readonly DateOnly ShenshanRecoded = new(2020, 6, 30);

    private static readonly (string Old, string New, string Name)[] GuangmingStreets =
    [
        ("440306027", "440311001", "光明街道"),
        ("440306028", "440311002", "公明街道"),
        ("440306029", "440311003", "新湖街道"),
        ("440306030", "440311004", "凤凰街道"),
        ("440306031", "440311005", "玉塘街道"),
        ("440306032", "440311006", "马田街道"),
    ];

    private static readonly (string Old, string New, string Name)[] ShenshanTowns =
    [
        ("441521116", "441521103", "鹅埠镇"),
        ("441521117", "441521104", "赤石镇"),
    ];

    /// <summary>Adjusts loaded divisions and returns the historical rows and change records to add.</summary>
    public static (List<Division> Historical, List<DivisionChange> Changes) Apply(IDictionary<string, Division> current)
    {
        var historical = new List<Division>();
        var changes = new List<DivisionChange>();
        const string guangmingBasis = "国务院批复同意设立深圳市光明区（2018年），2018年9月19日挂牌；统计用区划代码2018年版";
        if (current.TryGetValue("440311", out var guangming))
        {
            guangming.ValidFrom = GuangmingEstablished;
            changes.Add(new DivisionChange
            {
                EffectiveDate = GuangmingEstablished, Kind = DivisionChangeKinds.Created, NewCode = "440311", NewParentCode = "4403",
                Name = "光明区", Description = "设立光明区，以宝安区光明、公明、新湖、凤凰、玉塘、马田六个街道为其行政区域", LegalBasis = guangmingBasis,
            });
        }
        foreach (var (old, @new, name) in GuangmingStreets)
        {
            if (current.TryGetValue(@new, out var d))
            {
                d.ValidFrom = GuangmingEstablished;
            }
            historical.Add(new Division { Code = old, Name = name, Level = 4, ParentCode = "440306", ValidTo = GuangmingEstablished.AddDays(-1) });
            changes.Add(new DivisionChange
            {
                EffectiveDate = GuangmingEstablished, Kind = DivisionChangeKinds.Transferred, OldCode = old, NewCode = @new,
                OldParentCode = "440306", NewParentCode = "440311", Name = name, Description = $"{name}由宝安区划入光明区，代码由{old}调整为{@new}", LegalBasis = guangmingBasis,
            });
        }
        foreach (var (old, @new, name) in ShenshanTowns)
        {
            if (current.TryGetValue(@new, out var d))
            {
                d.ValidFrom = ShenshanRecoded;
            }
            historical.Add(new Division { Code = old, Name = name, Level = 4, ParentCode = "441521", ValidTo = ShenshanRecoded.AddDays(-1) });
            changes.Add(new DivisionChange
            {
                EffectiveDate = ShenshanRecoded, Kind = DivisionChangeKinds.Recoded, OldCode = old, NewCode = @new,
                OldParentCode = "441521", NewParentCode = "441521", Name = name, Description = $"{name}（深汕特别合作区托管）统计代码由{old}调整为{@new}",
                LegalBasis = "统计用区划代码2020年版（2020-06-30）",
            });
        }
        return (historical, changes);
    }

    private static readonly string[] ShenshanTownCodes = ["441521102", "441521103", "441521104", "441521105"];

    public static List<ManagementArea> ManagementAreas() =>
    [
        new()
        {
            Key = "dapeng", Name = "大鹏新区", ParentCode = "4403", Note = "功能区，管辖葵涌、大鹏、南澳三个街道；统计代码挂龙岗区",
            Members = [new() { AreaKey = "dapeng", DivisionCode = "440307009" }, new() { AreaKey = "dapeng", DivisionCode = "440307010" }, new() { AreaKey = "dapeng", DivisionCode = "440307011" }],
        },
        new()
        {
            Key = "shenshan", Name = "深汕特别合作区", ParentCode = "4403", Note = "由深圳市管理，四镇统计上仍属汕尾市海丰县（441521）",
            Members = [.. ShenshanTownCodes.Select(c => new ManagementAreaMember { AreaKey = "shenshan", DivisionCode = c })],
        },
        new()
        {
            Key = "qianhai", Name = "前海深港现代服务业合作区", ParentCode = "4403", Note = "特殊区域，统计代码440305400（南山区）",
            Members = [new() { AreaKey = "qianhai", DivisionCode = "440305400" }],
        },
    ];
}
