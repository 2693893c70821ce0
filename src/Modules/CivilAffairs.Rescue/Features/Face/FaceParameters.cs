using CivilAffairs.Platform.Parameters;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>The face-search parameters (effective-dated, with their basis; seeded by FaceSeeder).</summary>
internal static class FaceParameters
{
    public const string Dimension = "rescue.face.dimension";
    public const string Threshold = "rescue.face.threshold";
    public const string MaxCandidates = "rescue.face.max_candidates";

    public static readonly string[] Keys = [Dimension, Threshold, MaxCandidates];

    public static IEnumerable<ParameterDefinition> Definitions() =>
    [
        new(Dimension, "人脸特征向量维数（须与在用识别模型一致）", "维", ParameterType.Integer, "rescue"),
        new(Threshold, "人脸相似度进入待核验候选的阈值（余弦相似度）", "", ParameterType.Decimal, "rescue"),
        new(MaxCandidates, "每次人脸检索最多写入待核验候选的条数", "条", ParameterType.Integer, "rescue"),
    ];
}
