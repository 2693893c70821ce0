using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.UnitTests.Rescue;

/// <summary>The in-memory database search agrees with the kinship engine and finds planted relatives.</summary>
public sealed class ProfileIndexTests
{
    private static readonly AlleleFrequencies Cn = AlleleFrequencies.ChineseReference();
    private static readonly KinshipSettings Settings = new();

    [Fact]
    public void Search_scores_equal_the_engine_and_the_threshold_and_cap_hold()
    {
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, seed: 7);
        var index = new ProfileIndex();
        var profiles = new Dictionary<Guid, Dictionary<string, Genotype>>();
        var father = gen.Random();
        var query = gen.Child(father, gen.Random());
        for (var i = 0; i < 3000; i++)
        {
            // a few loci left untyped, as when kits differ
            var p = i == 1234 ? father : gen.Random();
            if (i % 7 == 0)
            {
                p.Remove("FGA");
            }
            var id = Guid.NewGuid();
            profiles[id] = p;
            index.Add(id, (byte)(i % 2), p);
        }
        foreach (var (relationship, parent) in new[] { (KinshipRelationship.ParentChild, false), (KinshipRelationship.FullSiblings, false),
            (KinshipRelationship.HalfSiblings, false), (KinshipRelationship.ParentChild, true) })
        {
            var kind = new SearchKind(relationship, parent, 0b11);
            var hits = index.Search(query, [kind], Cn, Settings, minShared: 15, threshold: 1, max: 25);
            // brute force with the engine over every profile
            var expected = profiles.Select(p => (p.Key, R: parent
                    ? KinshipEngine.Compare(relationship, query, p.Value, null, Cn, Settings)
                    : KinshipEngine.Compare(relationship, p.Value, query, null, Cn, Settings)))
                .Where(x => x.R.CombinedIndex >= 1 && x.R.PerLocus.Count >= 15
                    && (relationship != KinshipRelationship.ParentChild || x.R.InconsistentLoci < Settings.ExclusionInconsistencies))
                .OrderByDescending(x => x.R.CombinedIndex).Take(25).ToList();
            Assert.Equal(expected.Count, hits.Count);
            Assert.True(hits.Count <= 25);
            for (var i = 0; i < hits.Count; i++)
            {
                Assert.Equal(expected[i].Key, hits[i].ProfileId);
                Assert.Equal(expected[i].R.CombinedIndex, hits[i].CombinedIndex, expected[i].R.CombinedIndex * 1e-9);
                Assert.Equal(expected[i].R.InconsistentLoci, hits[i].InconsistentLoci);
                Assert.Equal(expected[i].R.PerLocus.Count, hits[i].LociCompared);
            }
        }
    }

    [Fact]
    public void Tags_limit_the_search_to_the_other_side()
    {
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, seed: 3);
        var p = gen.Random();
        var index = new ProfileIndex();
        index.Add(Guid.NewGuid(), 1, p);
        var same = Guid.NewGuid();
        index.Add(same, 2, p);
        var hits = index.Search(p, [new SearchKind(KinshipRelationship.Identity, false, 1UL << 2)], Cn, Settings, 15, 1e10, 10);
        Assert.Equal(same, Assert.Single(hits).ProfileId);
    }

    [Fact]
    public void Planted_parent_sibling_and_identity_are_found_at_the_top_of_100000_profiles()
    {
        var gen = new ProfileGenerator(Cn, ProfileGenerator.Panel20, seed: 2018);
        var father = gen.Random();
        var mother = gen.Random();
        var missing = gen.Child(father, mother);       // the person in care
        var sibling = gen.Child(father, mother);
        var reference = new Dictionary<string, Genotype>(missing); // toothbrush sample: the same person
        var index = new ProfileIndex();
        index.Reserve(100_003);
        Guid fatherId = Guid.NewGuid(), siblingId = Guid.NewGuid(), referenceId = Guid.NewGuid();
        for (var i = 0; i < 100_000; i++)
        {
            index.Add(Guid.NewGuid(), 0, gen.Random());
            if (i == 31_415) index.Add(fatherId, 0, father);
            if (i == 62_831) index.Add(siblingId, 0, sibling);
            if (i == 99_999) index.Add(referenceId, 0, reference);
        }
        var hits = index.Search(missing,
            [new SearchKind(KinshipRelationship.ParentChild, false, 1), new SearchKind(KinshipRelationship.FullSiblings, false, 1),
             new SearchKind(KinshipRelationship.Identity, false, 1)], Cn, Settings, minShared: 18, threshold: 1000, max: 10);
        var byKind = hits.GroupBy(h => h.KindIndex).ToDictionary(g => g.Key, g => g.ToList());
        // the identical sample is also the best parent-child and sibling candidate (it shares everything); the planted relatives follow it
        Assert.Equal(referenceId, byKind[2][0].ProfileId);
        Assert.Single(byKind[2]);
        Assert.Equal([referenceId, fatherId], byKind[0].Take(2).Select(h => h.ProfileId));
        Assert.True(byKind[0][1].CombinedIndex >= 10_000, $"father CPI {byKind[0][1].CombinedIndex}");
        Assert.Equal(0, byKind[0][1].InconsistentLoci);
        Assert.Contains(siblingId, byKind[1].Take(3).Select(h => h.ProfileId));
    }
}
