namespace CivilAffairs.Rescue.Features.Face;

/// <summary>An embedding supplied as a vector (police or lab system, another recognition service).</summary>
internal sealed class FaceEmbeddingRequest
{
    public Guid? CaseId { get; set; }

    public Guid? ReportId { get; set; }

    /// <summary>Recognition model that produced the vector, e.g. arcface-r100.</summary>
    public string? Model { get; set; }

    public string? ModelVersion { get; set; }

    public float[]? Vector { get; set; }

    /// <summary>The case photo it was computed from, if any.</summary>
    public Guid? PhotoId { get; set; }

    /// <summary>Who supplied it, e.g. 市公安局人像比对平台.</summary>
    public string? SourceNote { get; set; }
}

/// <summary>An embedding without its vector (the vector never leaves the server).</summary>
internal sealed record FaceEmbeddingView(Guid Id, string OwnerKind, Guid OwnerId, string OwnerNumber, string MaskedName, string DivisionCode,
    string Model, string ModelVersion, int Dimension, string Origin, bool HasImage, string? SourceNote, string CreatedBy, DateTime CreatedAtUtc);

internal sealed record FaceEmbeddingPage(int Total, int Page, int PageSize, List<FaceEmbeddingView> Items);

/// <summary>One ranked candidate of a face search.</summary>
internal sealed record FaceMatchView(int Rank, string Kind, Guid Id, string Number, string MaskedName, string Sex, string? AgeInfo, string DivisionCode,
    double Score, bool AboveThreshold, string? ThumbnailUrl, string? CandidateStatus);

/// <summary>
/// A face search for one person in care or one report: the ranked candidates of the other kind,
/// the threshold that decides which go to the review queue, and the parameters used.
/// </summary>
internal sealed record FaceSearchView(string Kind, Guid Id, string Number, string MaskedName, string DivisionCode, int Embeddings,
    double Threshold, int MaxCandidates, string ParameterBasis, List<FaceMatchView> Matches);

/// <summary>The answer to adding an embedding: it, the search run on it, and how many review candidates it raised.</summary>
internal sealed record FaceAddResult(FaceEmbeddingView Embedding, FaceSearchView Search, int CandidatesRecorded);

internal sealed record FaceRecordResult(FaceSearchView Search, int CandidatesRecorded);

internal sealed record FaceStatusView(string Provider, bool CanEmbedImages, int Dimension, double Threshold, int IndexedEmbeddings,
    List<FaceIndexPartitionView> Partitions);

internal sealed record FaceIndexPartitionView(string Model, string Kind, int Count, int Dimension);
