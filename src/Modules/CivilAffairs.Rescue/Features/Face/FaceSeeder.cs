using System.Globalization;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Parameters;
using CivilAffairs.Platform.Seeding;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// The face-search parameters. None has a legal source: they are technical settings of the model
/// in use and of the review workload, marked 推定 for the station to confirm on the parameters page.
/// </summary>
internal sealed class FaceSeeder(PlatformDb db, FaceDemoSeeder demo, TimeProvider clock) : ISeeder
{
    internal static readonly (string Key, string From, string Value, string Basis)[] Rows =
    [
        (FaceParameters.Dimension, "2018-01-01", "512",
            "技术参数（推定）：在用识别模型 ArcFace 类（如 InsightFace arcface-r100）输出512维特征；更换模型时须新增版本，并重新提取全部特征"),
        (FaceParameters.Threshold, "2018-01-01", "0.55",
            "推定：ArcFace 类模型同一人余弦相似度通常高于0.5，取0.55为进入人工核验的筛选线；不是身份认定标准，任何候选须经亲属核验/DNA确认（《生活无着的流浪乞讨人员救助管理办法》实施细则：寻亲须核实身份）"),
        (FaceParameters.MaxCandidates, "2018-01-01", "10", "推定：每次检索最多10条进入待核验队列，控制人工核验工作量（市救助管理站可调整）"),
    ];

    // after the rescue casework and family-search seeders: the demo embeddings attach to their cases and reports
    public int Order => 69;

    public async Task SeedReferenceDataAsync(CancellationToken ct)
    {
        var present = await db.Parameters.Where(p => p.Key.StartsWith("rescue.face.")).Select(p => p.Key).Distinct().ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var r in Rows.Where(r => !present.Contains(r.Key)))
        {
            db.Parameters.Add(new Parameter
            {
                Key = r.Key, DivisionCode = "4403", Value = r.Value, ValidFrom = DateOnly.Parse(r.From, CultureInfo.InvariantCulture),
                LegalBasis = r.Basis, CreatedBy = "system", CreatedAtUtc = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }

    public Task SeedDemoDataAsync(CancellationToken ct) => demo.SeedAsync(ct);
}
