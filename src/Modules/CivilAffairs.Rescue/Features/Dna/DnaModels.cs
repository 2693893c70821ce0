using CivilAffairs.Rescue.Domain.Kinship;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>POST /api/v1/rescue/dna/kinship: profiles as maps locus → alleles.</summary>
public sealed class KinshipRequest
{
    public string? Relationship { get; set; }

    public Dictionary<string, string[]>? Alleged { get; set; }

    public Dictionary<string, string[]>? Child { get; set; }

    public Dictionary<string, string[]>? Mother { get; set; }
}

/// <summary>The staff page's form: the same comparison with pasted text profiles.</summary>
public sealed class KinshipTextForm
{
    public string? Relationship { get; set; }

    public string? Alleged { get; set; }

    public string? Child { get; set; }

    public string? Mother { get; set; }
}

public sealed record LocusRow(string Locus, double Index, bool Consistent, bool FloorUsed, bool MutationApplied);

public sealed record ParameterUsedView(string Key, string Value, DateOnly ValidFrom, string LegalBasis);

/// <summary>A kinship result: the per-locus table, the combined index and the conclusion by the rule in force.</summary>
public sealed record KinshipResponse(KinshipRelationship Relationship, IReadOnlyList<LocusRow> PerLocus, double CombinedIndex, int InconsistentLoci,
    KinshipConclusion Conclusion, double Probability, int LociCompared, IReadOnlyList<string> SkippedLoci, string Advice, DateOnly ComputedOn,
    IReadOnlyList<ParameterUsedView> Parameters);

/// <summary>A new DNA profile: for a case (the person in care) or for someone of a missing-person report.</summary>
public sealed class DnaProfileRequest
{
    public Guid? CaseId { get; set; }

    /// <summary>Alternatively the case number (JZ-…).</summary>
    public string? CaseNumber { get; set; }

    public Guid? ReportId { get; set; }

    /// <summary>Alternatively the report number (XQ-…).</summary>
    public string? ReportNumber { get; set; }

    /// <summary>PersonInCare for a case; MissingPerson, Father, Mother, FullSibling, HalfSibling or Child for a report.</summary>
    public string? Role { get; set; }

    public string? DonorName { get; set; }

    public string? SampleId { get; set; }

    public string? Lab { get; set; }

    public DateOnly? CollectedOn { get; set; }

    public DateOnly? SentToPoliceOn { get; set; }

    public string? PoliceMatchRef { get; set; }

    public Dictionary<string, string[]>? Genotypes { get; set; }

    /// <summary>Alternatively pasted text "D3S1358 15,16; vWA 14,17 …".</summary>
    public string? GenotypeText { get; set; }
}

public sealed record GenotypeRow(string Locus, string First, string Second);

public sealed record ProfileCandidateRow(Guid CandidateId, Guid CaseId, string CaseNumber, Guid? ReportId, string? ReportNumber, KinshipRelationship Relationship,
    double CombinedIndex, KinshipConclusion Conclusion, string Status);

public sealed record DnaProfileView(Guid Id, DnaSide Side, Guid? CaseId, string? CaseNumber, Guid? ReportId, string? ReportNumber, DnaDonorRole Role,
    string RoleName, string? DonorName, string SampleId, string? Lab, DateOnly? CollectedOn, DateOnly? SentToPoliceOn, string? PoliceMatchRef, int LocusCount,
    IReadOnlyList<GenotypeRow> Genotypes, int CandidatesFound, DateTime? SearchedAtUtc, string CreatedBy, DateTime CreatedAtUtc,
    IReadOnlyList<ProfileCandidateRow> Candidates, string DivisionCode);

public sealed record DnaProfileRow(Guid Id, DnaSide Side, string Owner, Guid OwnerId, DnaDonorRole Role, string RoleName, string? DonorName, string SampleId,
    string? Lab, DateOnly? CollectedOn, DateOnly? SentToPoliceOn, string? PoliceMatchRef, int LocusCount, int CandidatesFound, DateTime CreatedAtUtc);

public sealed record DnaProfileList(int Total, int Page, int PageSize, IReadOnlyList<DnaProfileRow> Items);

public sealed class DnaProfileQuery
{
    public string? Side { get; set; }

    public string? Q { get; set; }

    public int? Page { get; set; }
}

/// <summary>Labels shown to staff.</summary>
internal static class DnaNames
{
    public static string Role(DnaDonorRole r) => r switch
    {
        DnaDonorRole.PersonInCare => "受助人员本人",
        DnaDonorRole.MissingPerson => "走失者本人（参考样本）",
        DnaDonorRole.Father => "父亲",
        DnaDonorRole.Mother => "母亲",
        DnaDonorRole.FullSibling => "全同胞兄弟姐妹",
        DnaDonorRole.HalfSibling => "半同胞兄弟姐妹",
        _ => "子女",
    };

    public static string Relationship(KinshipRelationship r) => r switch
    {
        KinshipRelationship.ParentChild => "亲子",
        KinshipRelationship.FullSiblings => "全同胞",
        KinshipRelationship.HalfSiblings => "半同胞",
        _ => "同一认定",
    };

    public static string Relationship(string r) =>
        Enum.TryParse<KinshipRelationship>(r, out var k) ? Relationship(k) : r == "Face" ? "人脸相似" : r;

    public static string Conclusion(KinshipConclusion c) => c switch
    {
        KinshipConclusion.Supported => "支持",
        KinshipConclusion.Excluded => "排除",
        _ => "无法判断",
    };

    public static string ConclusionBadge(KinshipConclusion c) => c switch
    {
        KinshipConclusion.Supported => "text-bg-success",
        KinshipConclusion.Excluded => "text-bg-secondary",
        _ => "text-bg-warning",
    };

    /// <summary>A combined index for people: plain below a million, scientific above.</summary>
    public static string Index(double v) =>
        v == 0 ? "0" : v >= 1e6 || v < 1e-3 ? v.ToString("0.###E+0", System.Globalization.CultureInfo.InvariantCulture)
            : v.ToString("#,##0.####", System.Globalization.CultureInfo.InvariantCulture);
}
