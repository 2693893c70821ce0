using System.Globalization;

namespace CivilAffairs.Rescue.Domain.Kinship;

/// <summary>
/// Population allele frequencies per STR locus. An allele absent from the table (a rare or new
/// variant) gets the floor frequency instead of zero, which would make any index infinite; a
/// result says when the floor was used.
/// </summary>
internal sealed class AlleleFrequencies
{
    private readonly Dictionary<string, Dictionary<string, double>> _loci;

    public AlleleFrequencies(IEnumerable<(string Locus, string Allele, double Frequency)> rows, double floor = 0.0001)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(floor);
        Floor = floor;
        _loci = rows.GroupBy(r => r.Locus, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToDictionary(r => Allele.Normalize(r.Allele), r => r.Frequency, StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The frequency used for an allele not in the table (GB/T 37223-2018 floors rare alleles at 0.0001).</summary>
    public double Floor { get; }

    public IReadOnlyCollection<string> Loci => _loci.Keys;

    public bool Knows(string locus) => _loci.ContainsKey(locus);

    /// <summary>The alleles of a locus with their frequencies (for generating test and benchmark profiles).</summary>
    public IReadOnlyList<(string Allele, double Frequency)> Distribution(string locus) =>
        _loci.TryGetValue(locus, out var alleles) ? [.. alleles.Select(a => (a.Key, a.Value))] : [];

    /// <summary>The allele's frequency, or the floor when the table lacks it (<paramref name="floored"/> true).</summary>
    public double Of(string locus, string allele, out bool floored)
    {
        floored = false;
        if (_loci.TryGetValue(locus, out var alleles) && alleles.TryGetValue(Allele.Normalize(allele), out var p) && p >= Floor)
        {
            return p;
        }
        floored = true;
        return Floor;
    }

    /// <summary>The Chinese table embedded in this module (GB/T 37223-2018 Appendix D, 59 loci).</summary>
    public static AlleleFrequencies ChineseReference(double floor = 0.0001)
    {
        using var stream = typeof(AlleleFrequencies).Assembly.GetManifestResourceStream("rescue.str-allele-frequencies-cn.csv")
            ?? throw new InvalidOperationException("embedded allele frequency table missing");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, double)>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f.Length == 3 && double.TryParse(f[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var p))
            {
                rows.Add((f[0].Trim(), f[1].Trim(), p));
            }
        }
        return new AlleleFrequencies(rows, floor);
    }
}

/// <summary>STR allele names: repeat counts, with microvariants such as 9.3 or 17.3.</summary>
internal static class Allele
{
    public static string Normalize(string allele) =>
        decimal.TryParse(allele.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var d)
            ? d.ToString("0.###", CultureInfo.InvariantCulture)
            : allele.Trim().ToUpperInvariant();

    /// <summary>
    /// Repeat steps between two alleles for the stepwise mutation model: 10 → 12 is 2 steps; a
    /// microvariant difference (9.3 → 10) counts as the nearest whole number of steps, at least 1.
    /// Null when either name is not a repeat count (the alleles cannot be related by mutation).
    /// </summary>
    public static int? Steps(string a, string b)
    {
        if (!decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var x)
            || !decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var y))
        {
            return null;
        }
        // repeat units: 9.3 is 9 repeats + 3 bases (a 4-base repeat), so 9.3 → 10.0 is 0.25 repeat away
        var diff = Math.Abs(Units(x) - Units(y));
        return diff == 0 ? 0 : Math.Max(1, (int)Math.Round(diff, MidpointRounding.AwayFromZero));
    }

    private static decimal Units(decimal allele)
    {
        var whole = decimal.Truncate(allele);
        return whole + (allele - whole) * 10m / 4m;
    }
}
