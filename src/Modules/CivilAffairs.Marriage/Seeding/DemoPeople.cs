using CivilAffairs.Platform.Values;

namespace CivilAffairs.Marriage.Seeding;

/// <summary>A fictitious person of the demo bookings.</summary>
internal sealed record DemoPerson(string IdNumber, string Name, string Phone);

/// <summary>
/// Invented couples (no real people): common characters for names, ID numbers built with the
/// platform's own check-digit code. Sequence numbers stay below 100, so they never meet the ID
/// numbers the tests make (Ids.Of uses 100–900, Ids.New 500–998) or the registry's demo residents.
/// </summary>
internal sealed class DemoPeople(Random random)
{
    private static readonly string[] Surnames =
        ["陈", "林", "黄", "张", "李", "王", "吴", "刘", "蔡", "杨", "郑", "许", "谢", "邓", "罗", "何", "周", "梁", "叶", "钟", "曾", "赖", "彭", "潘"];

    // no 建国 / 秀英: the walkthrough's demo names must stay unique
    private static readonly string[] Men = ["子豪", "俊杰", "浩宇", "志明", "家豪", "伟杰", "嘉伟", "晓峰", "建辉", "文博", "天佑", "国栋", "振宇", "锦涛", "明轩", "宇航"];

    private static readonly string[] Women = ["嘉欣", "诗琪", "雅婷", "晓琳", "婉清", "梦瑶", "静怡", "思颖", "欣怡", "佳慧", "丽珊", "淑仪", "雨婷", "慧敏", "小燕", "紫萱"];

    /// <summary>Hukou districts of partners from elsewhere (other Shenzhen districts, 长沙, 南宁, 南昌).</summary>
    private static readonly string[] Elsewhere = ["440303", "440305", "440306", "440307", "430102", "450102", "360102"];

    private int _next;

    /// <summary>A person aged about <paramref name="age"/> on <paramref name="on"/>, hukou in <paramref name="county"/>.</summary>
    public DemoPerson Make(bool male, int age, DateOnly on, string county)
    {
        var n = _next++;
        // (day of year, sequence pair) is unique for the first 18,250 people, and a birth stays in its year
        var birth = new DateOnly(on.Year - age - 1, 1, 1).AddDays(n % 365);
        var sequence = n / 365 % 50 * 2 + (male ? 1 : 0);
        var given = male ? Men[random.Next(Men.Length)] : Women[random.Next(Women.Length)];
        return new DemoPerson(IdNumber.Create(county, birth, sequence), Surnames[random.Next(Surnames.Length)] + given, Phone());
    }

    /// <summary>A couple: mostly both with hukou at the office, sometimes the bride or groom from elsewhere.</summary>
    public (DemoPerson Man, DemoPerson Woman) Couple(DateOnly on, string county)
    {
        var man = Make(true, 24 + random.Next(14), on, county);
        var womanCounty = random.NextDouble() < 0.3 ? Elsewhere[random.Next(Elsewhere.Length)] : county;
        return (man, Make(false, 22 + random.Next(13), on, womanCounty));
    }

    private string Phone() => "1" + "3589"[random.Next(4)] + random.Next(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
