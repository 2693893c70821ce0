using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Demo embeddings: one synthetic vector (model "demo-synthetic", never a real face) for each
/// demo case and report present when it runs; a case and a report with the same name get photos of
/// the same synthetic identity, so the search page ranks the pairs the family-search demo tells
/// stories about. Runs after the casework and family-search demo seeders (Order).
/// </summary>
internal sealed class FaceDemoSeeder(RescueDb db, TimeProvider clock)
{
    public const string Model = "demo-synthetic";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.FaceEmbeddings.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }
        var faces = new SyntheticFaces(512, 2018);
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().Select(c => new { c.Id, c.Name, c.DivisionCode }).ToListAsync(ct);
        var reports = await db.Reports.IgnoreQueryFilters().AsNoTracking().Select(r => new { r.Id, r.MissingName, r.DivisionCode }).ToListAsync(ct);
        foreach (var c in cases)
        {
            db.FaceEmbeddings.Add(New(FaceOwnerKind.Case, c.Id, c.DivisionCode, faces.Photo(Identity(c.Name ?? c.Id.ToString()), 0), now));
        }
        foreach (var r in reports)
        {
            db.FaceEmbeddings.Add(New(FaceOwnerKind.Report, r.Id, r.DivisionCode, faces.Photo(Identity(r.MissingName), 1), now));
        }
        await db.SaveChangesAsync(ct);
    }

    private static FaceEmbedding New(FaceOwnerKind kind, Guid owner, string division, float[] vector, DateTime now) => new()
    {
        OwnerKind = kind, CaseId = kind == FaceOwnerKind.Case ? owner : null, ReportId = kind == FaceOwnerKind.Report ? owner : null, DivisionCode = division,
        Model = Model, ModelVersion = "1", Dimension = vector.Length, Vector = FaceVectors.Encode(vector), Origin = FaceEmbeddingOrigin.Supplied,
        SourceNote = "演示数据：合成向量，非真实人脸", CreatedBy = "system", CreatedAtUtc = now,
    };

    /// <summary>FNV-1a of the name: the same on every run and machine (string.GetHashCode is not).</summary>
    private static long Identity(string name)
    {
        var h = 14695981039346656037UL;
        foreach (var ch in name)
        {
            h = (h ^ ch) * 1099511628211UL;
        }
        return (long)(h >> 1);
    }
}
