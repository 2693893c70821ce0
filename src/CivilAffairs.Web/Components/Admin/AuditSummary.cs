using System.Globalization;
using System.Text;
using System.Text.Json;
using CivilAffairs.Platform.Localization;

namespace CivilAffairs.Web.Components.Admin;

/// <summary>One readable line for an audit row ("AccessFailedCount 0→1"), the raw JSON behind it.</summary>
internal static class AuditSummary
{
    public static (string Brief, string? Full) Describe(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return ("", null);
        }
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !(root.TryGetProperty("before", out var before) | root.TryGetProperty("after", out var after)))
            {
                return (Flatten(root), null);
            }
            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var e in new[] { before, after }.Where(e => e.ValueKind == JsonValueKind.Object))
            {
                foreach (var p in e.EnumerateObject())
                {
                    names.Add(p.Name);
                }
            }
            var parts = names.Select(n => before.ValueKind == JsonValueKind.Object && after.ValueKind == JsonValueKind.Object
                ? $"{n} {Value(before, n)}→{Value(after, n)}"
                : $"{n} {Value(after.ValueKind == JsonValueKind.Object ? after : before, n)}").ToList();
            var brief = string.Join("；", parts.Take(4)) + (parts.Count > 4 ? Loc.T("；等{0}项").Replace("{0}", parts.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) : "");
            return (brief, parts.Count > 4 ? string.Join('\n', parts) : null);
        }
        catch (JsonException)
        {
            return (json.Length > 120 ? json[..120] + "…" : json, json.Length > 120 ? json : null);
        }
    }

    private static string Value(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? (v.ValueKind == JsonValueKind.Null ? Loc.T("空") : v.ToString()) : "—";

    private static string Flatten(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            return e.ToString();
        }
        var sb = new StringBuilder();
        foreach (var p in e.EnumerateObject())
        {
            sb.Append(sb.Length > 0 ? "；" : "").Append(p.Name).Append(": ").Append(p.Value.ToString());
        }
        return sb.ToString();
    }
}
