using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>Whose profile it is: a person in the station's care, or someone of a missing-person report.</summary>
public enum DnaSide
{
    Case,
    Report,
}

/// <summary>The donor's relationship to the person sought (for a case profile: the person in care).</summary>
public enum DnaDonorRole
{
    /// <summary>受助人员本人.</summary>
    PersonInCare,

    /// <summary>The missing person's own reference sample (toothbrush, hair, stored blood card): identity.</summary>
    MissingPerson,

    Father,

    Mother,

    FullSibling,

    HalfSibling,

    Child,
}

/// <summary>
/// An STR profile with its sample's path (rules §4.3: the station collects and sends the sample;
/// the police lab types it and returns match notices). Genotypes are stored in the canonical text
/// form "D3S1358=15,16;vWA=14,17" (StrProfile.Format).
/// </summary>
internal sealed class DnaProfile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DnaSide Side { get; set; }

    public Guid? CaseId { get; set; }

    public Guid? ReportId { get; set; }

    /// <summary>The case's or report's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    public DnaDonorRole Role { get; set; }

    /// <summary>The donor's name for a relative (the person in care is named on the case).</summary>
    [PersonalData(MaskKind.Name)]
    public string? DonorName { get; set; }

    /// <summary>Lab sample ID (样本编号).</summary>
    public string SampleId { get; set; } = "";

    public string? Lab { get; set; }

    public DateOnly? CollectedOn { get; set; }

    public DateOnly? SentToPoliceOn { get; set; }

    /// <summary>The police lab's match notice (比中通知) reference, once it comes back.</summary>
    public string? PoliceMatchRef { get; set; }

    public string Genotypes { get; set; } = "";

    public int LocusCount { get; set; }

    public int CandidatesFound { get; set; }

    public DateTime? SearchedAtUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>The relationship between this donor and the person in care, as the search weighs it; null for the person in care.</summary>
    public static (KinshipRelationship Relationship, bool RelativeIsParent)? Kinship(DnaDonorRole role) => role switch
    {
        DnaDonorRole.MissingPerson => (KinshipRelationship.Identity, false),
        DnaDonorRole.Father or DnaDonorRole.Mother => (KinshipRelationship.ParentChild, true),
        DnaDonorRole.Child => (KinshipRelationship.ParentChild, false),
        DnaDonorRole.FullSibling => (KinshipRelationship.FullSiblings, false),
        DnaDonorRole.HalfSibling => (KinshipRelationship.HalfSiblings, false),
        _ => null,
    };
}

/// <summary>
/// The evidence behind a DNA match candidate: one pair of profiles compared, with the per-locus
/// table and the parameter values used. A candidate (case × report × relationship) may have
/// several (the father's and the mother's profiles both point at the same person in care).
/// </summary>
internal sealed class DnaMatchEvidence
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CandidateId { get; set; }

    public Guid CaseProfileId { get; set; }

    public Guid ReportProfileId { get; set; }

    /// <summary>The case's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    public KinshipRelationship Relationship { get; set; }

    public double CombinedIndex { get; set; }

    public int InconsistentLoci { get; set; }

    public int LociCompared { get; set; }

    public KinshipConclusion Conclusion { get; set; }

    /// <summary>JSON array of {locus, index, consistent, floorUsed, mutationApplied}.</summary>
    public string PerLocusJson { get; set; } = "[]";

    /// <summary>JSON array of the parameters used {key, value, validFrom, legalBasis}.</summary>
    public string ParametersJson { get; set; } = "[]";

    public DateTime ComputedAtUtc { get; set; }
}
