namespace CivilAffairs.Rescue.Domain.Kinship;

/// <summary>
/// Random STR profiles drawn from the population frequencies, and relatives of a profile by
/// Mendelian transmission (no mutation): the search tests' planted relatives and the benchmark's
/// million profiles. Deterministic for a given seed.
/// </summary>
internal sealed class ProfileGenerator
{
    /// <summary>A 20-locus panel as Chinese kits type it (the 13 CODIS core loci, D2S1338, D19S433, Penta D/E, D6S1043, D12S391, D1S1656).</summary>
    public static readonly string[] Panel20 =
        ["D3S1358", "D13S317", "D7S820", "D5S818", "CSF1PO", "D8S1179", "D21S11", "D16S539", "TH01", "D2S1338",
         "vWA", "D19S433", "TPOX", "D18S51", "PentaE", "PentaD", "D6S1043", "D12S391", "FGA", "D1S1656"];

    private readonly Random _random;
    private readonly (string Locus, string[] Alleles, double[] Cumulative)[] _loci;

    public ProfileGenerator(AlleleFrequencies freq, IEnumerable<string> loci, int seed)
    {
        _random = new Random(seed);
        _loci = [.. loci.Select(l =>
        {
            var d = freq.Distribution(l);
            var total = d.Sum(x => x.Frequency);
            var running = 0.0;
            return (l, d.Select(x => x.Allele).ToArray(), d.Select(x => running += x.Frequency / total).ToArray());
        })];
    }

    public Dictionary<string, Genotype> Random() =>
        _loci.ToDictionary(l => l.Locus, l => new Genotype(Draw(l.Alleles, l.Cumulative), Draw(l.Alleles, l.Cumulative)), StringComparer.Ordinal);

    /// <summary>A child of the two parents: one allele from each, chosen at random.</summary>
    public Dictionary<string, Genotype> Child(IReadOnlyDictionary<string, Genotype> father, IReadOnlyDictionary<string, Genotype> mother) =>
        father.Keys.Where(mother.ContainsKey).ToDictionary(l => l, l => new Genotype(Pick(father[l]), Pick(mother[l])), StringComparer.Ordinal);

    private string Pick(Genotype g) => _random.Next(2) == 0 ? g.Alleles[0] : g.Alleles[1];

    private string Draw(string[] alleles, double[] cumulative)
    {
        var i = Array.BinarySearch(cumulative, _random.NextDouble());
        i = i < 0 ? ~i : i;
        return alleles[Math.Min(i, alleles.Length - 1)];
    }
}
