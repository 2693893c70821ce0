using CivilAffairs.Platform.Values;

namespace CivilAffairs.SocialWork.Seeding;

/// <summary>Fictitious names and valid, made-up ID numbers for the demo data.</summary>
internal sealed class DemoPeople(int seed, int idOffset)
{
    private static readonly string[] Surnames = ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "何", "罗", "邓", "许", "梁", "谢", "钟", "叶", "曾", "彭", "潘"];
    private static readonly string[] Given = ["志明", "美玲", "晓东", "丽华", "嘉欣", "伟强", "淑芬", "子轩", "雨萱", "俊杰", "秀英", "国栋", "海燕", "文博", "慧敏", "思远",
        "佳怡", "宇航", "婉婷", "家豪", "诗琪", "建华", "梓涵", "立新"];

    private readonly Random _rng = new(seed);
    private int _n;

    public Random Rng => _rng;

    public string Name() => Surnames[_rng.Next(Surnames.Length)] + Given[_rng.Next(Given.Length)];

    /// <summary>A unique valid number per instance: the birth day and sequence follow a counter.</summary>
    public string IdNumber(string address6, int fromYear, int years)
    {
        var i = idOffset + _n++;
        var birth = new DateOnly(fromYear, 1, 1).AddDays(i % (years * 365));
        return Platform.Values.IdNumber.Create(address6, birth, 1 + (i / (years * 365) % 999));
    }

    public static string Masked(string id) => Masking.IdNumber(id);
}
