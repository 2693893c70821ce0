namespace CivilAffairs.Rescue.Domain.Kinship;

public enum KinshipRelationship
{
    ParentChild,
    FullSiblings,
    HalfSiblings,
    Identity,
}

public enum KinshipConclusion
{
    Supported,
    Excluded,
    Inconclusive,
}

/// <summary>Two alleles at one locus (a homozygote repeats the allele).</summary>
public sealed record Genotype(string First, string Second)
{
    public bool Homozygous => Allele.Normalize(First) == Allele.Normalize(Second);

    public IReadOnlyList<string> Alleles => [Allele.Normalize(First), Allele.Normalize(Second)];
}

/// <summary>
/// Mutation and decision settings. The rates and the 10^(n−1) step attenuation follow Chinese
/// paternity practice (father 0.002, mother 0.0005); thresholds follow SF/Z JD0105001-2016.
/// Callers load them from effective-dated parameters; these defaults exist for tests.
/// </summary>
public sealed record KinshipSettings(
    double PaternalMutationRate = 0.002,
    double MaternalMutationRate = 0.0005,
    double StepAttenuation = 10,
    double SupportThreshold = 10_000,
    double InconclusiveFloor = 2_000,
    int ExclusionInconsistencies = 3,
    double IdentitySupportThreshold = 1e10);

/// <summary>One locus of a result: the index, whether Mendel's rules hold, and how it was computed.</summary>
public sealed record LocusIndex(string Locus, double Index, bool Consistent, bool FloorUsed, bool MutationApplied);

public sealed record KinshipResult(KinshipRelationship Relationship, IReadOnlyList<LocusIndex> PerLocus, double CombinedIndex, int InconsistentLoci,
    KinshipConclusion Conclusion, IReadOnlyList<string> SkippedLoci, double FrequencyFloor);
