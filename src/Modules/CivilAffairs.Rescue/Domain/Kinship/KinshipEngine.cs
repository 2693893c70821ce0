namespace CivilAffairs.Rescue.Domain.Kinship;

/// <summary>
/// Kinship likelihood ratios per locus and combined (the product over unlinked loci):
/// paternity index for trios and duos with a stepwise mutation model when an obligate allele is
/// missing, full- and half-sibling indices (κ-weighted IBD ratios, no exclusion by
/// inconsistency) and the identity likelihood ratio 1/RMP. Formulas: shared/domain/kinship.md.
/// </summary>
internal static class KinshipEngine
{
    public static KinshipResult Compare(KinshipRelationship relationship, IReadOnlyDictionary<string, Genotype> alleged,
        IReadOnlyDictionary<string, Genotype> child, IReadOnlyDictionary<string, Genotype>? mother, AlleleFrequencies freq, KinshipSettings settings)
    {
        var perLocus = new List<LocusIndex>();
        var skipped = new List<string>();
        foreach (var locus in alleged.Keys.Intersect(child.Keys, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
        {
            if (!freq.Knows(locus))
            {
                skipped.Add(locus); // no population data: the locus cannot be weighed
                continue;
            }
            var floored = false;
            double P(string a)
            {
                var p = freq.Of(locus, a, out var f);
                floored |= f;
                return p;
            }
            var m = mother is not null && mother.TryGetValue(locus, out var g) ? g : null;
            var (index, consistent, mutated) = Locus(relationship, alleged[locus], child[locus], m, P, settings);
            perLocus.Add(new LocusIndex(locus, index, consistent, floored, mutated));
        }
        var combined = perLocus.Aggregate(1.0, (acc, l) => acc * l.Index);
        var inconsistent = perLocus.Count(l => !l.Consistent);
        return new KinshipResult(relationship, perLocus, combined, inconsistent, Decide(relationship, combined, inconsistent, settings), skipped, freq.Floor);
    }

    /// <summary>
    /// One locus: the index, whether Mendel's rules hold, whether the mutation model was used.
    /// The database search precomputes its per-locus tables through this, so a search result and
    /// a comparison of the same two profiles cannot disagree.
    /// </summary>
    public static (double Index, bool Consistent, bool Mutated) Locus(KinshipRelationship relationship, Genotype alleged, Genotype child, Genotype? mother,
        Func<string, double> p, KinshipSettings settings) => relationship switch
        {
            KinshipRelationship.ParentChild => Parentage(alleged, child, mother, p, settings),
            KinshipRelationship.FullSiblings => (Kappa(alleged, child, 0.25, 0.5, 0.25, p), true, false),
            KinshipRelationship.HalfSiblings => (Kappa(alleged, child, 0.5, 0.5, 0, p), true, false),
            _ => Identity(alleged, child, p),
        };

    /// <summary>SF/Z JD0105001-2016 for parentage; siblings use the same thresholds on the combined index; identity needs an exact profile match.</summary>
    public static KinshipConclusion Decide(KinshipRelationship relationship, double combined, int inconsistent, KinshipSettings s)
    {
        if (relationship == KinshipRelationship.Identity)
        {
            return inconsistent > 0 ? KinshipConclusion.Excluded : combined >= s.IdentitySupportThreshold ? KinshipConclusion.Supported : KinshipConclusion.Inconclusive;
        }
        if (relationship == KinshipRelationship.ParentChild && inconsistent >= s.ExclusionInconsistencies)
        {
            return KinshipConclusion.Excluded;
        }
        if (combined >= s.SupportThreshold)
        {
            return KinshipConclusion.Supported;
        }
        return combined < 1 / s.SupportThreshold ? KinshipConclusion.Excluded : KinshipConclusion.Inconclusive;
    }

    /// <summary>
    /// PI = P(child | mother, alleged parent) / P(child | mother, random parent), summed over which
    /// of the child's alleles is paternal; without the mother the maternal allele comes from the
    /// population. When no transmission explains the child the mutation model is used instead.
    /// </summary>
    private static (double, bool, bool) Parentage(Genotype af, Genotype c, Genotype? mother, Func<string, double> p, KinshipSettings s)
    {
        var assignments = c.Homozygous ? new[] { (c.Alleles[0], c.Alleles[1]) } : [(c.Alleles[0], c.Alleles[1]), (c.Alleles[1], c.Alleles[0])];
        double Transmit(Genotype parent, string x, double rate) =>
            parent.Alleles.Sum(y => 0.5 * (y == x ? 1 : rate == 0 ? 0 : Allele.Steps(y, x) is { } n ? rate / Math.Pow(s.StepAttenuation, n - 1) : 0));
        double Maternal(string x, double rate) => mother is null ? p(x) : Transmit(mother, x, rate);
        var maternalRate = 0.0;
        if (mother is not null && assignments.All(a => Maternal(a.Item1, 0) == 0))
        {
            maternalRate = s.MaternalMutationRate; // the mother does not explain the child either: allow her a mutation
        }
        var denominator = assignments.Sum(a => Maternal(a.Item1, maternalRate) * p(a.Item2));
        var numerator = assignments.Sum(a => Maternal(a.Item1, maternalRate) * Transmit(af, a.Item2, 0));
        if (numerator > 0 && maternalRate == 0)
        {
            return (numerator / denominator, true, false);
        }
        numerator = assignments.Sum(a => Maternal(a.Item1, maternalRate) * Transmit(af, a.Item2, s.PaternalMutationRate));
        // an obligate allele missing (or the mother excluded too): a Mendelian inconsistency, weighed by the mutation model
        return (denominator == 0 ? 0 : numerator / denominator, false, true);
    }

    /// <summary>LR = κ0 + κ1·R1 + κ2·R2 with R1, R2 the IBD-1 and IBD-2 ratios.</summary>
    private static double Kappa(Genotype g1, Genotype g2, double k0, double k1, double k2, Func<string, double> p)
    {
        var pg2 = Prob(g2, p);
        // P(G2 | G1, one allele IBD): each allele of G1 passed with ½, the other allele of G2 from the population
        var given = g1.Alleles.Sum(a => 0.5 * (g2.Homozygous ? (g2.Alleles[0] == a ? p(a) : 0)
            : g2.Alleles[0] == a ? p(g2.Alleles[1]) : g2.Alleles[1] == a ? p(g2.Alleles[0]) : 0));
        var r1 = given / pg2;
        var r2 = Same(g1, g2) ? 1 / pg2 : 0;
        return k0 + k1 * r1 + k2 * r2;
    }

    private static (double, bool, bool) Identity(Genotype a, Genotype b, Func<string, double> p) =>
        Same(a, b) ? (1 / Prob(a, p), true, false) : (0, false, false);

    private static double Prob(Genotype g, Func<string, double> p) =>
        g.Homozygous ? p(g.Alleles[0]) * p(g.Alleles[0]) : 2 * p(g.Alleles[0]) * p(g.Alleles[1]);

    private static bool Same(Genotype a, Genotype b) => a.Alleles.Order(StringComparer.Ordinal).SequenceEqual(b.Alleles.Order(StringComparer.Ordinal));
}
