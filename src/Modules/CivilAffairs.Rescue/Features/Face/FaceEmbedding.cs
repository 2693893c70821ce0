using CivilAffairs.Platform.Values;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>Whose face an embedding is: a person in the station's care or a missing person of a report.</summary>
internal enum FaceOwnerKind
{
    Case,
    Report,
}

/// <summary>Where the vector came from.</summary>
internal enum FaceEmbeddingOrigin
{
    /// <summary>Posted as a vector (police or lab system, another recognition service).</summary>
    Supplied,

    /// <summary>Computed by the configured face-recognition service from an uploaded photo.</summary>
    Provider,
}

/// <summary>
/// A face embedding (人脸特征向量): biometric personal data. The vector is kept as float32
/// little-endian bytes with the model that produced it, because vectors of different models are
/// not comparable; the index only compares embeddings of the same model and version.
/// </summary>
internal sealed class FaceEmbedding
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public FaceOwnerKind OwnerKind { get; set; }

    /// <summary>Set for a person in care.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>Set for a missing person of a report.</summary>
    public Guid? ReportId { get; set; }

    /// <summary>The case's or report's division (jurisdiction).</summary>
    public string DivisionCode { get; set; } = "";

    /// <summary>Recognition model, e.g. arcface-r100.</summary>
    public string Model { get; set; } = "";

    public string ModelVersion { get; set; } = "";

    public int Dimension { get; set; }

    /// <summary>float32 little-endian; never logged, masked in the audit trail.</summary>
    [PersonalData(MaskKind.Secret)]
    public byte[] Vector { get; set; } = [];

    public FaceEmbeddingOrigin Origin { get; set; }

    /// <summary>The case photo it was computed from, when known.</summary>
    public Guid? PhotoId { get; set; }

    /// <summary>The uploaded photo (reports have no other photo store): shown as a thumbnail to reviewers.</summary>
    [PersonalData(MaskKind.Secret)]
    public byte[]? Image { get; set; }

    public string? ImageContentType { get; set; }

    /// <summary>Who supplied it (e.g. 公安人像比对平台, 实验室), free text.</summary>
    public string? SourceNote { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime CreatedAtUtc { get; set; }

    public string IndexKey => IndexKeyOf(Model, ModelVersion);

    public static string IndexKeyOf(string model, string version) => model + "@" + version;
}
