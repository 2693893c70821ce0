using System.Globalization;
using System.Text.Json;

namespace CivilAffairs.Platform.Localization;

/// <summary>
/// Simplified Chinese is the source language; English comes from an embedded dictionary keyed by
/// the Chinese text. A missing entry shows the Chinese, never a key.
/// </summary>
public static class Loc
{
    public const string DefaultCulture = "zh-CN";

    public static readonly string[] Supported = ["zh-CN", "en"];

    private static readonly Lazy<Dictionary<string, string>> English = new(() =>
    {
        using var s = typeof(Loc).Assembly.GetManifestResourceStream("en.json");
        return s is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(s) ?? [];
    });

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Translates a Chinese UI string for the current culture.</summary>
    public static string T(string zh) => IsEnglish && English.Value.TryGetValue(zh, out var en) ? en : zh;
}
