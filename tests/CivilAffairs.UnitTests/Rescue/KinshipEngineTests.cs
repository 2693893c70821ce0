using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.UnitTests.Rescue;

/// <summary>The kinship formulas of shared/domain/kinship.md with the worked numbers given there.</summary>
public sealed class KinshipEngineTests
{
    private static readonly KinshipSettings Defaults = new();

    private static AlleleFrequencies Freq(params (string Locus, string Allele, double P)[] rows) => new(rows);

    private static Dictionary<string, Genotype> Profile(params (string Locus, string A, string B)[] loci) =>
        loci.ToDictionary(l => l.Locus, l => new Genotype(l.A, l.B), StringComparer.OrdinalIgnoreCase);

    private static double One(KinshipRelationship r, Genotype alleged, Genotype child, Genotype? mother, AlleleFrequencies f) =>
        KinshipEngine.Compare(r, Profile(("L", alleged.First, alleged.Second)), Profile(("L", child.First, child.Second)),
            mother is null ? null : Profile(("L", mother.First, mother.Second)), f, Defaults).PerLocus.Single().Index;

    [Fact]
    public void The_NIJ_trio_gives_the_published_combined_paternity_index()
    {
        var f = Freq(("D3S1358", "16", 0.2315), ("D3S1358", "15", 0.1), ("vWA", "17", 0.2627), ("vWA", "18", 0.2219), ("vWA", "20", 0.1),
            ("FGA", "23", 0.1581), ("FGA", "21", 0.1), ("FGA", "25", 0.1), ("FGA", "27", 0.1), ("D18S51", "18", 0.0918), ("D18S51", "14", 0.1),
            ("D18S51", "20", 0.1));
        var r = KinshipEngine.Compare(KinshipRelationship.ParentChild,
            Profile(("D3S1358", "15", "16"), ("vWA", "18", "20"), ("FGA", "21", "23"), ("D18S51", "18", "20")),
            Profile(("D3S1358", "16", "16"), ("vWA", "17", "18"), ("FGA", "23", "25"), ("D18S51", "18", "18")),
            Profile(("D3S1358", "16", "16"), ("vWA", "17", "18"), ("FGA", "25", "27"), ("D18S51", "14", "18")), f, Defaults);
        var pi = r.PerLocus.ToDictionary(l => l.Locus, l => l.Index);
        Assert.Equal(2.1598, pi["D3S1358"], 4);
        Assert.Equal(1.03178, pi["vWA"], 5);
        Assert.Equal(3.16256, pi["FGA"], 5);
        Assert.Equal(5.4466, pi["D18S51"], 4);
        Assert.Equal(38.3858, r.CombinedIndex, 3);
        Assert.All(r.PerLocus, l => Assert.True(l.Consistent));
        Assert.Equal(KinshipConclusion.Inconclusive, r.Conclusion);
    }

    [Theory]
    [InlineData("q", "q", "q", "q", 1 / 0.2)]          // child q, AF q: 1/q
    [InlineData("q", "q", "q", "r", 1 / (2 * 0.2))]    // child q, AF qr: 1/(2q)
    [InlineData("p", "q", "q", "q", 1 / (2 * 0.2))]    // child pq, AF q: 1/(2q)
    [InlineData("p", "q", "q", "r", 1 / (4 * 0.2))]    // child pq, AF qr: 1/(4q)
    [InlineData("p", "q", "p", "q", (0.1 + 0.2) / (4 * 0.1 * 0.2))] // child pq, AF pq: (p+q)/(4pq)
    public void Duo_paternity_indices_follow_the_table(string c1, string c2, string af1, string af2, double expected)
    {
        var f = Freq(("L", "p", 0.1), ("L", "q", 0.2), ("L", "r", 0.3));
        Assert.Equal(expected, One(KinshipRelationship.ParentChild, new Genotype(af1, af2), new Genotype(c1, c2), null, f), 10);
    }

    [Theory]
    [InlineData("p", "q", "p", "r", "q", "r", 1 / (2 * 0.2))]              // child pq, mother pr, AF qr: 1/(2q)
    [InlineData("p", "q", "p", "q", "p", "q", 1 / (0.1 + 0.2))]            // all pq: 1/(p+q)
    [InlineData("p", "q", "p", "q", "p", "r", 1 / (2 * (0.1 + 0.2)))]      // child pq, mother pq, AF pr: 1/[2(p+q)]
    [InlineData("q", "q", "p", "q", "q", "q", 1 / 0.2)]                    // child q, mother pq, AF q: 1/q
    public void Trio_paternity_indices_follow_the_table(string c1, string c2, string m1, string m2, string af1, string af2, double expected)
    {
        var f = Freq(("L", "p", 0.1), ("L", "q", 0.2), ("L", "r", 0.3));
        Assert.Equal(expected, One(KinshipRelationship.ParentChild, new Genotype(af1, af2), new Genotype(c1, c2), new Genotype(m1, m2), f), 10);
    }

    [Theory]
    [InlineData("a", "a", "a", "a", 30.25)]
    [InlineData("a", "b", "a", "b", 8.375)]
    [InlineData("a", "b", "a", "c", 1.5)]
    [InlineData("a", "a", "a", "b", 2.75)]
    [InlineData("a", "a", "b", "b", 0.25)]
    public void Full_sibling_indices_match_the_IBD_enumeration(string s2a, string s2b, string s1a, string s1b, double expected)
    {
        var f = Freq(("L", "a", 0.1), ("L", "b", 0.2), ("L", "c", 0.3));
        Assert.Equal(expected, One(KinshipRelationship.FullSiblings, new Genotype(s1a, s1b), new Genotype(s2a, s2b), null, f), 10);
    }

    [Fact]
    public void A_half_sibling_index_is_never_below_one_half_and_shares_raise_it()
    {
        var f = Freq(("L", "a", 0.1), ("L", "b", 0.2), ("L", "c", 0.3), ("L", "d", 0.4));
        Assert.Equal(0.5, One(KinshipRelationship.HalfSiblings, new Genotype("a", "b"), new Genotype("c", "d"), null, f), 10);
        Assert.Equal(0.5 + 0.5 / 0.1, One(KinshipRelationship.HalfSiblings, new Genotype("a", "a"), new Genotype("a", "a"), null, f), 10);
        Assert.Equal(0.5 + 0.5 / (4 * 0.1), One(KinshipRelationship.HalfSiblings, new Genotype("a", "b"), new Genotype("a", "c"), null, f), 10);
    }

    [Fact]
    public void A_one_step_mutation_gives_a_small_index_instead_of_zero_and_counts_as_inconsistent()
    {
        var f = Freq(("L", "10", 0.1), ("L", "11", 0.2), ("L", "13", 0.3), ("L", "14", 0.1));
        // duo, child 10/11, AF 13/14: none shared; 14 → 11 is 3 steps, 13 → 11 is 2 steps
        var r = KinshipEngine.Compare(KinshipRelationship.ParentChild, Profile(("L", "13", "14")), Profile(("L", "10", "11")), null, f, Defaults);
        var l = r.PerLocus.Single();
        Assert.False(l.Consistent);
        Assert.True(l.MutationApplied);
        // paternal 11 from 13 (2 steps) ½·μ/10 or from 14 (3 steps) ½·μ/100, maternal 10 from the population;
        // or paternal 10 from 13 (3 steps) ½·μ/100 or from 14 (4 steps) ½·μ/1000, maternal 11
        const double mu = 0.002;
        var expected = ((0.5 * mu / 10 + 0.5 * mu / 100) * 0.1 + (0.5 * mu / 100 + 0.5 * mu / 1000) * 0.2) / (2 * 0.1 * 0.2);
        Assert.Equal(expected, l.Index, 12);
        // one step from the AF's 12 to the child's 11 dominates: μ/(4q) as in Chinese practice, plus the remoter paths
        var one = KinshipEngine.Compare(KinshipRelationship.ParentChild, Profile(("L", "12", "14")), Profile(("L", "10", "11")), null,
            Freq(("L", "10", 0.1), ("L", "11", 0.2), ("L", "12", 0.2), ("L", "14", 0.1)), Defaults).PerLocus.Single();
        Assert.Equal(((0.5 * mu + 0.5 * mu / 100) * 0.1 + (0.5 * mu / 10 + 0.5 * mu / 1000) * 0.2) / (2 * 0.1 * 0.2), one.Index, 12);
        Assert.InRange(one.Index / (mu / (4 * 0.2)), 1.0, 1.25);
    }

    [Fact]
    public void Three_inconsistent_loci_exclude_fewer_do_not_and_the_thresholds_decide_the_rest()
    {
        Assert.Equal(KinshipConclusion.Excluded, KinshipEngine.Decide(KinshipRelationship.ParentChild, 1e6, 3, Defaults));
        Assert.Equal(KinshipConclusion.Supported, KinshipEngine.Decide(KinshipRelationship.ParentChild, 12_000, 2, Defaults));
        Assert.Equal(KinshipConclusion.Inconclusive, KinshipEngine.Decide(KinshipRelationship.ParentChild, 5_000, 0, Defaults));
        Assert.Equal(KinshipConclusion.Excluded, KinshipEngine.Decide(KinshipRelationship.ParentChild, 0.00005, 0, Defaults));
        Assert.Equal(KinshipConclusion.Excluded, KinshipEngine.Decide(KinshipRelationship.Identity, 1e20, 1, Defaults));
    }

    [Fact]
    public void Identity_is_one_over_the_random_match_probability_and_a_mismatch_excludes()
    {
        var f = Freq(("L", "9.3", 0.25), ("L", "17.3", 0.1), ("M", "8", 0.5));
        var same = KinshipEngine.Compare(KinshipRelationship.Identity, Profile(("L", "17.3", "9.3"), ("M", "8", "8")), Profile(("L", "9.3", "17.3"), ("M", "8", "8")), null, f, Defaults);
        Assert.Equal(1 / (2 * 0.25 * 0.1) * (1 / 0.25), same.CombinedIndex, 10);
        var differ = KinshipEngine.Compare(KinshipRelationship.Identity, Profile(("L", "9.3", "9.3")), Profile(("L", "9.3", "17.3")), null, f, Defaults);
        Assert.Equal(KinshipConclusion.Excluded, differ.Conclusion);
    }

    [Fact]
    public void An_allele_missing_from_the_table_uses_the_floor_and_says_so_and_unknown_loci_are_skipped()
    {
        var table = AlleleFrequencies.ChineseReference();
        Assert.Equal(59, table.Loci.Count);
        var r = KinshipEngine.Compare(KinshipRelationship.ParentChild, Profile(("D6S1017", "99", "10"), ("XYZ1", "1", "2")),
            Profile(("D6S1017", "99", "8"), ("XYZ1", "1", "1")), null, table, Defaults);
        var l = r.PerLocus.Single();
        Assert.True(l.FloorUsed);
        Assert.Equal(1 / (4 * 0.0001), l.Index, 6); // duo pq / qr form with q at the floor
        Assert.Equal(["XYZ1"], r.SkippedLoci);
    }

    [Theory]
    [InlineData("10", "12", 2)]
    [InlineData("9.3", "10", 1)]
    [InlineData("17.3", "17.3", 0)]
    public void Mutation_steps_count_repeat_units(string a, string b, int steps) => Assert.Equal(steps, Allele.Steps(a, b));
}
