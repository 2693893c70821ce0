using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.SocialOrgs.Features.Supervision;

/// <summary>A parameter value a computed result used, as recorded with it.</summary>
internal sealed record ParameterUse(string Key, string Value, DateOnly ValidFrom, string LegalBasis);

/// <summary>Small helpers shared by the supervision services.</summary>
internal static class SupervisionSupport
{
    public static async Task<decimal> ParamAsync(this ParameterStore store, string key, DateOnly on, string division, List<ParameterUse> used, CancellationToken ct)
    {
        var p = await store.FindAsync(key, on, division, ct) ?? throw new BusinessRuleException($"参数 {key} 在 {on:yyyy-MM-dd} 未设置取值");
        used.RemoveAll(u => u.Key == key);
        used.Add(new ParameterUse(key, p.Value, p.ValidFrom, p.LegalBasis));
        return decimal.Parse(p.Value, CultureInfo.InvariantCulture);
    }

    public static List<ParameterUse> Uses(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<ParameterUse>>(json, JsonOptions) ?? [];

    // legal bases are Chinese: kept readable (and within the column) rather than \u-escaped; pages HTML-encode on output
    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(List<ParameterUse> used) => JsonSerializer.Serialize(used, JsonOptions);

    public static string? Trim(string? s, int max)
    {
        var t = (s ?? "").Trim();
        return t.Length == 0 ? null : t.Length > max ? t[..max] : t;
    }

    /// <summary>User names from "a, b c；d": distinct, in order.</summary>
    public static List<string> Names(string? s) =>
        (s ?? "").Split([',', '，', ';', '；', ' ', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static TEnum? Parse<TEnum>(string? s)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>((s ?? "").Trim(), true, out var v) && Enum.IsDefined(v) && !int.TryParse(s, out _) ? v : null;

    public static string DistrictName(string code) => (code.Length >= 6 ? code[..6] : code) switch
    {
        "440303" => "罗湖区",
        "440304" => "福田区",
        "440305" => "南山区",
        "440306" => "宝安区",
        "440307" => "龙岗区",
        "440308" => "盐田区",
        "440309" => "龙华区",
        "440310" => "坪山区",
        "440311" => "光明区",
        "4403" => "深圳市",
        var other => other,
    };
}
