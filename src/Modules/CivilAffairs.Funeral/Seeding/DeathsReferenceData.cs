namespace CivilAffairs.Funeral.Seeding;

/// <summary>
/// The free basic funeral services of Shenzhen (rules §12) and the three public funeral homes.
/// Item standards marked Inferred are not published item by item: they are chosen so that each
/// version's items add up to its published cap (1,830 / 1,980 / 2,030 / 2,200).
/// </summary>
internal static class DeathsReferenceData
{
    public const string Basis2012 = "深圳市免除基本殡葬服务费用（2012年6月15日起，全市逝者在深火化免除基本殡葬服务费）[二手来源：22ja.com/30/34630.html；cbzfw.com/article/article_3448.html]";
    public const string Basis2015 = "深圳市基本殡葬服务免费项目增加遗体消毒、骨灰盒，上限1980元 [二手来源：cbzfw.com；生效日期为推定的2015-01-01]";
    public const string Basis2017 = "深圳市基本殡葬服务免费项目增加包尸袋为8项，上限2030元（2017年9月起）[二手来源：cbzfw.com]";
    public const string Basis2022 = "深圳市基本殡葬服务免费项目增加遗体整理（120元）、简易火化棺（50元）为10项，上限2200元（2022年6月26日起）[二手来源：aschoice.com/guonei/2022/0630/70019.html]";
    public const string InferredPrice = "；单项标准为推定值（按上限分配），请市民政局核实";

    public static readonly (string From, string Cap, string Basis)[] Caps =
    [
        ("2012-06-15", "1830", Basis2012),
        ("2015-01-01", "1980", Basis2015),
        ("2017-09-01", "2030", Basis2017),
        ("2022-06-26", "2200", Basis2022),
    ];

    /// <summary>Code, name, unit, standard, order, from, to (null = current), sourced (false = 推定).</summary>
    public static readonly (string Code, string Name, string Unit, decimal Standard, int Order, string From, string? To, bool Sourced, string Basis)[] Items =
    [
        ("transport", "遗体接运（标准殡仪车）", "次", 300m, 1, "2012-06-15", null, false, Basis2012),
        ("storage", "遗体存放（3天内）", "天", 180m, 2, "2012-06-15", null, false, Basis2012),
        ("farewell", "简易告别厅", "场", 400m, 3, "2012-06-15", null, true, Basis2012),
        ("cremation", "火化（标准炉）", "具", 500m, 4, "2012-06-15", null, false, Basis2012),
        ("ashes", "骨灰寄存（10年）或民政组织的生态安葬", "份", 450m, 5, "2012-06-15", "2014-12-31", false, Basis2012),
        ("ashes", "骨灰寄存（10年）或民政组织的生态安葬", "份", 500m, 5, "2015-01-01", null, false, Basis2015),
        ("disinfection", "遗体消毒", "次", 50m, 6, "2015-01-01", null, false, Basis2015),
        ("urn", "骨灰盒（50元以内）", "个", 50m, 9, "2015-01-01", null, true, Basis2015),
        ("body_bag", "包尸袋", "个", 50m, 8, "2017-09-01", null, false, Basis2017),
        ("preparation", "遗体整理", "次", 120m, 7, "2022-06-26", null, true, Basis2022),
        ("coffin", "简易火化棺（50元以内）", "具", 50m, 10, "2022-06-26", null, true, Basis2022),
    ];

    /// <summary>Code, name, district, address (推定), phone.</summary>
    public static readonly (string Code, string Name, string District, string Address, string Phone)[] HomesList =
    [
        ("SZ", "深圳市殡仪馆", "440303", "深圳市罗湖区东晓路", "0755-25501234"),
        ("BA", "宝安区殡仪馆", "440306", "深圳市宝安区西乡街道", "0755-27601234"),
        ("LG", "龙岗区殡仪馆", "440307", "深圳市龙岗区坪地街道", "0755-28401234"),
    ];
}
