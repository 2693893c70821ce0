using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Community.Features.Honours;

/// <summary>A parameter value a computed result used, as recorded with it.</summary>
internal sealed record GrassParameterUse(string Key, string Value, DateOnly ValidFrom, string LegalBasis);

/// <summary>Small helpers shared by the honours and integrity services.</summary>
internal static class GrassText
{
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<decimal> GrassParamAsync(this ParameterStore store, string key, DateOnly on, string division, List<GrassParameterUse> used,
        CancellationToken ct)
    {
        var p = await store.FindAsync(key, on, division, ct) ?? throw new BusinessRuleException($"参数 {key} 在 {on:yyyy-MM-dd} 未设置取值");
        used.RemoveAll(u => u.Key == key);
        used.Add(new GrassParameterUse(key, p.Value, p.ValidFrom, p.LegalBasis));
        return decimal.Parse(p.Value, CultureInfo.InvariantCulture);
    }

    public static string Json(List<GrassParameterUse> used) => JsonSerializer.Serialize(used, JsonOptions);

    public static List<GrassParameterUse> Uses(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<GrassParameterUse>>(json, JsonOptions) ?? [];

    public static string? Trim(string? s, int max)
    {
        var t = (s ?? "").Trim();
        return t.Length == 0 ? null : t.Length > max ? t[..max] : t;
    }

    public static TEnum? Parse<TEnum>(string? s)
        where TEnum : struct, Enum =>
        Enum.TryParse<TEnum>((s ?? "").Trim(), true, out var v) && Enum.IsDefined(v) && !int.TryParse(s, out _) ? v : null;

    /// <summary>An export reason is required: exports are audited with it.</summary>
    public static string Reason(string? reason) =>
        Trim(reason, 200) is { Length: >= 2 } r ? r : throw new FieldValidationException("reason", "请填写导出事由");

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

    public static (DateOnly From, DateOnly To) Year(int y) => (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
}
