using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CivilAffairs.Rescue.Domain.Kinship;

/// <summary>
/// Reads STR profiles as people and labs write them: a JSON map (locus → alleles) or pasted text
/// "D3S1358 15,16; vWA 14,17 …" (separators ; or new lines, alleles split by , / or space). Locus
/// names are matched to the frequency table ignoring case, spaces and dashes ("Penta D" is
/// PentaD); sex markers (Amelogenin, Y-STRs) are ignored because autosomal kinship does not use
/// them. Errors are in Chinese, keyed by the field they belong to.
/// </summary>
internal static partial class StrProfile
{
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "AMELOGENIN", "AMEL", "AM" };

    /// <summary>Parses a map of locus → 1 or 2 alleles (one allele means a homozygote).</summary>
    public static Dictionary<string, Genotype> FromMap(IReadOnlyDictionary<string, string[]>? map, AlleleFrequencies freq, string field, List<(string Field, string Message)> errors)
    {
        var result = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        if (map is null || map.Count == 0)
        {
            errors.Add((field, "请填写分型（基因座及等位基因）"));
            return result;
        }
        foreach (var (name, alleles) in map)
        {
            Add(result, name, alleles ?? [], freq, field, errors);
        }
        return result;
    }

    /// <summary>Parses pasted text such as "D3S1358 15,16; vWA 14,17; TH01 9.3".</summary>
    public static Dictionary<string, Genotype> FromText(string? text, AlleleFrequencies freq, string field, List<(string Field, string Message)> errors)
    {
        var result = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        var entries = (text ?? "").Split([';', '；', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (entries.Length == 0)
        {
            errors.Add((field, "请填写分型（基因座及等位基因）"));
            return result;
        }
        foreach (var entry in entries)
        {
            var m = EntryPattern().Match(entry);
            if (!m.Success)
            {
                errors.Add((field, $"无法识别“{Short(entry)}”，格式如 D3S1358 15,16"));
                continue;
            }
            var alleles = m.Groups[2].Value.Split([',', '，', '/', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Add(result, m.Groups[1].Value, alleles, freq, field, errors);
        }
        return result;
    }

    /// <summary>The canonical text form stored in the database: "D3S1358=15,16;vWA=14,17" in locus order.</summary>
    public static string Format(IReadOnlyDictionary<string, Genotype> profile) =>
        string.Join(";", profile.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Sorted(p.Value) is var (a, b) ? $"{p.Key}={a},{b}" : ""));

    // the smaller repeat first, as labs report them
    private static (string, string) Sorted(Genotype g) =>
        decimal.Parse(g.Alleles[0], NumberStyles.Number, CultureInfo.InvariantCulture) <= decimal.Parse(g.Alleles[1], NumberStyles.Number, CultureInfo.InvariantCulture)
            ? (g.Alleles[0], g.Alleles[1]) : (g.Alleles[1], g.Alleles[0]);

    /// <summary>Reads the stored canonical form back (no validation: it was validated when stored).</summary>
    public static Dictionary<string, Genotype> Parse(string stored)
    {
        var result = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        foreach (var entry in stored.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var comma = entry.IndexOf(',', eq + 1);
            if (eq > 0 && comma > eq)
            {
                result[entry[..eq]] = new Genotype(entry[(eq + 1)..comma], entry[(comma + 1)..]);
            }
        }
        return result;
    }

    /// <summary>The table's spelling of a locus name, or null when the table does not know it.</summary>
    public static string? Canonical(string name, AlleleFrequencies freq)
    {
        var key = Key(name);
        return freq.Loci.FirstOrDefault(l => Key(l) == key);
    }

    private static void Add(Dictionary<string, Genotype> result, string name, string[] alleles, AlleleFrequencies freq, string field, List<(string Field, string Message)> errors)
    {
        var trimmed = (name ?? "").Trim();
        if (Ignored.Contains(Key(trimmed)) || Key(trimmed).StartsWith("DYS", StringComparison.Ordinal))
        {
            return;
        }
        var locus = Canonical(trimmed, freq);
        if (locus is null)
        {
            errors.Add((field, $"未知的基因座“{Short(trimmed)}”"));
            return;
        }
        if (alleles.Length is < 1 or > 2)
        {
            errors.Add((field, $"{locus}：每个基因座应有1个或2个等位基因"));
            return;
        }
        var bad = alleles.FirstOrDefault(a => !AllelePattern().IsMatch(a.Trim()));
        if (bad is not null)
        {
            errors.Add((field, $"{locus}：等位基因“{Short(bad)}”格式不正确（应为整数或如 9.3、17.3 的微变异）"));
            return;
        }
        if (!result.TryAdd(locus, new Genotype(Normal(alleles[0]), Normal(alleles[^1]))))
        {
            errors.Add((field, $"{locus}：重复填写"));
        }
    }

    private static string Normal(string allele) =>
        decimal.Parse(allele.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }
        return sb.ToString();
    }

    private static string Short(string s) => s.Length > 20 ? s[..20] + "…" : s;

    [GeneratedRegex(@"^([A-Za-z][A-Za-z0-9 _\-]*?)(?:\s*[:=：]\s*|\s+)([0-9XYxy].*)$")]
    private static partial Regex EntryPattern();

    // repeat counts 1–99 and microvariants x.1–x.3 (9.3, 17.3)
    [GeneratedRegex(@"^[1-9][0-9]?(\.[1-3])?$")]
    private static partial Regex AllelePattern();
}
