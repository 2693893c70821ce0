using System.Globalization;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Rescue.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Adding, listing and removing face embeddings. A vector must have the dimension of the model
/// in use (parameter <see cref="FaceParameters.Dimension"/>); each new one is searched at once.
/// </summary>
internal sealed class FaceEmbeddings(RescueDb db, FaceOwners owners, FaceIndex index, FaceSearch search, IFaceEmbedder embedder, ICurrentUser user,
    TimeProvider clock)
{
    public const int MaxImageBytes = 5 * 1024 * 1024;

    public async Task<FaceAddResult> AddVectorAsync(FaceEmbeddingRequest r, CancellationToken ct)
    {
        var owner = await owners.GetAsync(r.CaseId, r.ReportId, ct);
        var settings = await owners.SettingsAsync(owner.DivisionCode, ct);
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(r.Model))
        {
            errors.Add("model", "请填写产生该向量的识别模型名称");
        }
        if (VectorError(r.Vector, settings.Dimension) is { } message)
        {
            errors.Add("vector", message);
        }
        if (r.PhotoId is { } photoId && (owner.Kind != FaceOwnerKind.Case || !await db.Photos.AnyAsync(p => p.Id == photoId && p.CaseId == owner.Id, ct)))
        {
            errors.Add("photoId", "该照片不属于此受助人员");
        }
        errors.ThrowIfAny();
        return await SaveAsync(owner, new FaceEmbedding
        {
            Model = r.Model!.Trim(), ModelVersion = (r.ModelVersion ?? "").Trim(), Vector = FaceVectors.Encode(r.Vector), Dimension = r.Vector!.Length,
            Origin = FaceEmbeddingOrigin.Supplied, PhotoId = r.PhotoId, SourceNote = Clip(r.SourceNote),
        }, ct);
    }

    /// <summary>A photo sent to the configured recognition service; refused with provider "none".</summary>
    public async Task<FaceAddResult> AddImageAsync(Guid? caseId, Guid? reportId, byte[]? image, string? contentType, string? sourceNote, CancellationToken ct)
    {
        var owner = await owners.GetAsync(caseId, reportId, ct);
        if (!embedder.CanEmbed)
        {
            throw new FieldValidationException("file", NoFaceEmbedder.Refusal);
        }
        if (image is not { Length: > 0 })
        {
            throw new FieldValidationException("file", "请选择照片");
        }
        if (image.Length > MaxImageBytes || contentType is not ("image/jpeg" or "image/png"))
        {
            throw new FieldValidationException("file", "照片须为不超过5MB的JPEG或PNG");
        }
        var settings = await owners.SettingsAsync(owner.DivisionCode, ct);
        var result = await embedder.EmbedAsync(image, contentType, ct);
        if (VectorError(result.Vector, settings.Dimension) is { } message)
        {
            throw new BusinessRuleException($"人脸识别服务（{result.Model}）返回的向量不可用：{message}");
        }
        return await SaveAsync(owner, new FaceEmbedding
        {
            Model = result.Model, ModelVersion = result.ModelVersion, Vector = FaceVectors.Encode(result.Vector), Dimension = result.Vector.Length,
            Origin = FaceEmbeddingOrigin.Provider, Image = image, ImageContentType = contentType, SourceNote = Clip(sourceNote),
        }, ct);
    }

    public async Task<FaceEmbeddingPage> ListAsync(string? kind, string? q, int? page, int pageSize, CancellationToken ct)
    {
        var query = db.FaceEmbeddings.AsNoTracking();
        if (Enum.TryParse<FaceOwnerKind>(kind, ignoreCase: true, out var k))
        {
            query = query.Where(e => e.OwnerKind == k);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var n = q.Trim().ToUpperInvariant();
            var caseIds = db.Cases.Where(c => c.CaseNumber.Contains(n)).Select(c => (Guid?)c.Id);
            var reportIds = db.Reports.Where(r => r.ReportNumber.Contains(n)).Select(r => (Guid?)r.Id);
            query = query.Where(e => caseIds.Contains(e.CaseId) || reportIds.Contains(e.ReportId));
        }
        var total = await query.CountAsync(ct);
        var p = Math.Max(1, page ?? 1);
        var rows = await query.OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id).Skip((p - 1) * pageSize).Take(pageSize)
            .Select(e => new
            {
                e.Id, e.OwnerKind, e.CaseId, e.ReportId, e.DivisionCode, e.Model, e.ModelVersion, e.Dimension, e.Origin, HasImage = e.Image != null,
                e.SourceNote, e.CreatedBy, e.CreatedAtUtc,
            }).ToListAsync(ct);
        var cases = (await owners.CasesAsync([.. rows.Where(r => r.CaseId != null).Select(r => r.CaseId!.Value).Distinct()], ct)).ToDictionary(o => o.Id);
        var reports = (await owners.ReportsAsync([.. rows.Where(r => r.ReportId != null).Select(r => r.ReportId!.Value).Distinct()], ct)).ToDictionary(o => o.Id);
        var items = rows.Select(r =>
        {
            var ownerId = r.CaseId ?? r.ReportId!.Value;
            var o = r.CaseId is not null ? cases.GetValueOrDefault(ownerId) : reports.GetValueOrDefault(ownerId);
            return new FaceEmbeddingView(r.Id, r.OwnerKind.ToString(), ownerId, o?.Number ?? "", o?.MaskedName ?? "", r.DivisionCode, r.Model, r.ModelVersion,
                r.Dimension, r.Origin.ToString(), r.HasImage, r.SourceNote, r.CreatedBy, r.CreatedAtUtc);
        }).ToList();
        return new FaceEmbeddingPage(total, p, pageSize, items);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        var e = await db.FaceEmbeddings.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        db.FaceEmbeddings.Remove(e);
        await db.SaveChangesAsync(ct);
        index.Remove(id);
    }

    /// <summary>Why a vector cannot be used, or null.</summary>
    public static string? VectorError(float[]? vector, int dimension)
    {
        if (vector is not { Length: > 0 })
        {
            return "请提交特征向量（float 数组）";
        }
        if (vector.Length != dimension)
        {
            return string.Format(CultureInfo.InvariantCulture, "特征向量为{0}维，在用识别模型要求{1}维（参数 {2}）", vector.Length, dimension, FaceParameters.Dimension);
        }
        return FaceVectors.Normalized(vector) is null ? "特征向量全为零或含非数值" : null;
    }

    private async Task<FaceAddResult> SaveAsync(FaceOwner owner, FaceEmbedding e, CancellationToken ct)
    {
        e.OwnerKind = owner.Kind;
        e.CaseId = owner.Kind == FaceOwnerKind.Case ? owner.Id : null;
        e.ReportId = owner.Kind == FaceOwnerKind.Report ? owner.Id : null;
        e.DivisionCode = owner.DivisionCode;
        e.CreatedBy = user.UserName;
        e.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.FaceEmbeddings.Add(e);
        await db.SaveChangesAsync(ct);
        await index.AddAsync(e, ct);
        var (view, recorded) = await search.RecordAsync(owner, ct);
        return new FaceAddResult(new FaceEmbeddingView(e.Id, e.OwnerKind.ToString(), owner.Id, owner.Number, owner.MaskedName, e.DivisionCode, e.Model,
            e.ModelVersion, e.Dimension, e.Origin.ToString(), e.Image is not null, e.SourceNote, e.CreatedBy, e.CreatedAtUtc), view, recorded);
    }

    private static string? Clip(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim()[..Math.Min(100, s.Trim().Length)];
}
