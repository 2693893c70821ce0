using System.Globalization;
using CivilAffairs.Platform.Values;

namespace CivilAffairs.Assistance.Features.CrossCheck;

/// <summary>A column of an import file: its field key, its Chinese header, whether it must be there.</summary>
internal sealed record SourceColumn(string Field, string Header, bool Required, string Help, string Example);

internal sealed record SourceDefinition(ExternalSource Source, string Name, string Provider, IReadOnlyList<SourceColumn> Columns);

/// <summary>
/// The five external sources, their file columns, and how a row becomes a normalised
/// <see cref="ExternalRecord"/>. Headers may be the Chinese text or the field key.
/// </summary>
internal static class ExternalSources
{
    public const string Residential = "residential";
    public const string NonResidential = "non_residential";

    private static readonly SourceColumn Id = new("idNumber", "证件号码", true, "18位居民身份证号码（15位旧号码自动转换）", "440304198001010018");

    public static readonly IReadOnlyList<SourceDefinition> All =
    [
        new(ExternalSource.RealEstate, "不动产", "不动产登记机构",
        [
            Id,
            new("usage", "房屋用途", true, "住宅、公寓、别墅计为住宅；商铺、车位、车库、办公、写字楼、厂房、仓库等计为非住宅", "住宅"),
            new("unit", "不动产单元号", false, "同一套房产由多名成员共有时据此只计一次", "440304004001GB00001F00010001"),
            new("address", "坐落", false, "房屋地址", "福田区福田街道某小区1栋101"),
            new("area", "建筑面积", false, "平方米", "89.50"),
        ]),
        new(ExternalSource.Vehicle, "车辆", "公安交通管理部门",
        [
            Id,
            new("plate", "号牌号码", true, "同一辆车只计一次", "粤B12345"),
            new("vehicleType", "车辆类型", true, "如小型汽车；残疾人机动轮椅车、摩托车、电动自行车等豁免类型见参数“核对时不计入的车辆类型”", "小型汽车"),
        ]),
        new(ExternalSource.Financial, "存款/证券", "银行、证券等金融机构（凭家庭成员授权书查询）",
        [
            Id,
            new("institution", "金融机构", true, "开户银行或证券公司", "某银行深圳分行"),
            new("assetType", "资产类型", false, "存款、理财、证券、基金、保险等，默认存款", "存款"),
            new("balance", "余额", true, "元，查询日的余额或市值", "35000.00"),
        ]),
        new(ExternalSource.Business, "工商登记", "市场监督管理部门",
        [
            Id,
            new("creditCode", "统一社会信用代码", false, "18位", "91440300MA5XXXXXXX"),
            new("name", "企业名称", true, "企业或个体工商户名称", "深圳市某某商行"),
            new("status", "登记状态", true, "存续、在业、开业计入；注销、吊销、撤销、迁出不计入", "存续"),
        ]),
        new(ExternalSource.Income, "社保/公积金/个税收入", "人力资源和社会保障、住房公积金、税务部门",
        [
            Id,
            new("month", "所属月份", true, "yyyy-MM", "2026-09"),
            new("incomeType", "收入类型", true, "工资薪金、劳务报酬、经营所得、财产租赁所得、养老金、失业保险金等（或参数中的类型代码）", "工资薪金"),
            new("amount", "月收入", true, "元", "4200.00"),
        ]),
    ];

    /// <summary>Business statuses that mean the business no longer exists (not counted).</summary>
    public static readonly IReadOnlySet<string> ClosedBusinessStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "注销", "已注销", "吊销", "已吊销", "吊销未注销", "撤销", "已撤销", "迁出",
    };

    /// <summary>Income kinds as the data sources name them, to the codes the income parameters use.</summary>
    private static readonly Dictionary<string, string> IncomeCodes = new(StringComparer.Ordinal)
    {
        ["工资薪金"] = "wage", ["工资"] = "wage", ["工资薪金所得"] = "wage", ["劳务报酬"] = "labour", ["劳务报酬所得"] = "labour",
        ["经营所得"] = "business", ["财产租赁所得"] = "property", ["利息股息红利所得"] = "property", ["养老金"] = "pension",
        ["退休金"] = "pension", ["基本养老金"] = "pension", ["失业保险金"] = "unemployment", ["赡养费"] = "support",
        ["低保金"] = "social_assistance", ["社会救助金"] = "social_assistance", ["抚恤金"] = "special_care_pension",
        ["独生子女奖励"] = "one_child_award", ["见义勇为奖励"] = "heroic_award", ["残疾人补贴"] = "disability_subsidy",
        ["孤儿基本生活费"] = "orphan_subsidy", ["高龄津贴"] = "elderly_subsidy",
    };

    private static readonly Dictionary<string, string> IncomeNames =
        IncomeCodes.GroupBy(c => c.Value).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    public static SourceDefinition Of(ExternalSource source) => All.First(s => s.Source == source);

    public static string NameOf(ExternalSource source) => Of(source).Name;

    public static string IncomeName(string code) => IncomeNames.GetValueOrDefault(code, code);

    public static bool TryParseSource(string? text, out ExternalSource source)
    {
        var t = (text ?? "").Trim();
        if (Enum.TryParse(t, ignoreCase: true, out source) && Enum.IsDefined(source))
        {
            return true;
        }
        var byName = All.FirstOrDefault(s => s.Name == t);
        source = byName?.Source ?? default;
        return byName is not null;
    }

    /// <summary>
    /// Checks one row and fills <paramref name="r"/> (reused between rows: 10 million rows must
    /// not allocate a record each). Returns the reason in Chinese when the row is rejected.
    /// </summary>
    public static string? Normalize(ExternalSource source, Func<string, string?> cell, DateOnly today, ExternalRecord r)
    {
        var rawId = cell("idNumber");
        if (rawId is null)
        {
            return "证件号码为空";
        }
        if (!IdNumber.TryParse(rawId, today, null, out var id, out var idError))
        {
            return idError;
        }
        r.IdNumber = id!.Normalized;
        r.Reference = null;
        r.Description = null;
        r.Amount = null;
        r.Month = null;
        switch (source)
        {
            case ExternalSource.RealEstate:
                var usage = cell("usage");
                if (usage is null)
                {
                    return "房屋用途为空";
                }
                r.Kind = IsResidential(usage) ? Residential : NonResidential;
                r.Reference = Cut(cell("unit"), 64);
                r.Description = Cut(usage + (cell("address") is { } address ? " " + address : ""), 200);
                return ParseAmount(cell("area"), "建筑面积", false, r);
            case ExternalSource.Vehicle:
                r.Reference = Cut(cell("plate"), 64);
                r.Kind = Cut(cell("vehicleType"), 32) ?? "";
                return r.Reference is null ? "号牌号码为空" : r.Kind.Length == 0 ? "车辆类型为空" : null;
            case ExternalSource.Financial:
                r.Reference = Cut(cell("institution"), 64);
                r.Kind = Cut(cell("assetType"), 32) ?? "存款";
                return r.Reference is null ? "金融机构为空" : ParseAmount(cell("balance"), "余额", true, r);
            case ExternalSource.Business:
                r.Reference = Cut(cell("creditCode"), 64);
                r.Description = Cut(cell("name"), 200);
                r.Kind = Cut(cell("status"), 32) ?? "";
                return r.Description is null ? "企业名称为空" : r.Kind.Length == 0 ? "登记状态为空" : null;
            default:
                var kind = cell("incomeType");
                if (kind is null)
                {
                    return "收入类型为空";
                }
                r.Kind = Cut(IncomeCodes.GetValueOrDefault(kind, kind), 32)!;
                if (ParseMonth(cell("month")) is not { } month)
                {
                    return "所属月份格式不正确（应为 yyyy-MM）";
                }
                r.Month = month;
                return ParseAmount(cell("amount"), "月收入", true, r);
        }
    }

    private static bool IsResidential(string usage) =>
        !usage.Contains("非住宅", StringComparison.Ordinal) && (usage.Contains("住宅", StringComparison.Ordinal) || usage.Contains("公寓", StringComparison.Ordinal)
            || usage.Contains("别墅", StringComparison.Ordinal));

    private static string? ParseAmount(string? text, string label, bool required, ExternalRecord r)
    {
        if (text is null)
        {
            return required ? label + "为空" : null;
        }
        if (!decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) || v < 0
            || v >= 100_000_000_000_000m)
        {
            return label + "不是有效的非负数";
        }
        r.Amount = Math.Round(v, 2, MidpointRounding.AwayFromZero);
        return null;
    }

    private static readonly string[] MonthFormats = ["yyyy-MM", "yyyy-M", "yyyyMM", "yyyy/MM", "yyyy/M", "yyyy年M月", "yyyy-MM-dd", "yyyy/M/d"];

    private static DateOnly? ParseMonth(string? text) =>
        text is not null && DateTime.TryParseExact(text, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? new DateOnly(d.Year, d.Month, 1) : null;

    private static string? Cut(string? s, int max) => s is null ? null : s.Length <= max ? s : s[..max];
}
