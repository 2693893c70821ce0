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

    /// <summary>
    /// The platform's dictionary plus every module's: each feature keeps its own en.json next to
    /// its pages (embedded with a name ending in "en.json"), so modules do not share one file.
    /// </summary>
    private static readonly Lazy<Dictionary<string, string>> English = new(() =>
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        var assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.StartsWith("CivilAffairs", StringComparison.Ordinal) == true)
            .OrderBy(a => a == typeof(Loc).Assembly ? 0 : 1);
        foreach (var assembly in assemblies)
        {
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith("en.json", StringComparison.Ordinal)))
            {
                using var s = assembly.GetManifestResourceStream(name);
                foreach (var (zh, en) in s is null ? [] : JsonSerializer.Deserialize<Dictionary<string, string>>(s) ?? [])
                {
                    all.TryAdd(zh, en);
                }
            }
        }
        return all;
    });

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>Translates a Chinese UI string for the current culture.</summary>
    public static string T(string zh) => IsEnglish && English.Value.TryGetValue(zh, out var en) ? en : zh;
}
