using CivilAffairs.Platform.Audit;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Face;

/// <summary>
/// Face search of one person in care against the missing-person reports, or of one report
/// against the people in care. Hits at or above the threshold parameter become Pending match
/// candidates (Source = Face) for a person to check; nothing is decided automatically.
/// </summary>
internal sealed class FaceSearch(RescueDb db, FaceOwners owners, FaceIndex index, ICurrentUser user, AuditEvents audit, TimeProvider clock)
{
    public const string Relationship = "Face";

    /// <summary>The ranked candidates in the caller's jurisdiction (no side effects but the audit entry).</summary>
    public async Task<FaceSearchView> SearchAsync(Guid? caseId, Guid? reportId, int? k, CancellationToken ct)
    {
        if (k is < 1 or > 200)
        {
            throw new FieldValidationException("k", "k 须在1至200之间");
        }
        var owner = await owners.GetAsync(caseId, reportId, ct);
        var settings = await owners.SettingsAsync(owner.DivisionCode, ct);
        var hits = await HitsAsync(owner, k ?? 20, InJurisdiction, ct);
        await AuditAsync(owner, hits.Count, ct);
        return await ViewAsync(owner, settings, hits, ct);
    }

    /// <summary>Searches and records the hits above the threshold as review candidates.</summary>
    public async Task<FaceRecordResult> RecordAsync(Guid? caseId, Guid? reportId, CancellationToken ct)
    {
        var owner = await owners.GetAsync(caseId, reportId, ct);
        var (view, recorded) = await RecordAsync(owner, ct);
        return new FaceRecordResult(view, recorded);
    }

    internal async Task<(FaceSearchView View, int Recorded)> RecordAsync(FaceOwner owner, CancellationToken ct)
    {
        var settings = await owners.SettingsAsync(owner.DivisionCode, ct);
        // a match is the station's business wherever the other side was registered: candidates are
        // recorded city-wide (each under its case's division); the caller is shown only their own
        var all = await HitsAsync(owner, settings.MaxCandidates, null, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = 0;
        foreach (var hit in all.Where(h => h.Score >= settings.Threshold))
        {
            var (caseId, reportId) = owner.Kind == FaceOwnerKind.Case ? (owner.Id, hit.OwnerId) : (hit.OwnerId, owner.Id);
            var existing = await db.Candidates.IgnoreQueryFilters().FirstOrDefaultAsync(c =>
                c.CaseId == caseId && c.ReportId == reportId && c.Source == MatchSource.Face && c.Relationship == Relationship, ct);
            if (existing is not null)
            {
                if (existing.Status == MatchStatus.Pending && hit.Score > existing.Score)
                {
                    existing.Score = hit.Score;
                }
                continue;
            }
            var rescueCase = await db.Cases.IgnoreQueryFilters().FirstAsync(c => c.Id == caseId, ct);
            db.Candidates.Add(new MatchCandidate
            {
                Source = MatchSource.Face, CaseId = caseId, ReportId = reportId, DivisionCode = rescueCase.DivisionCode, Relationship = Relationship,
                Score = Math.Round(hit.Score, 4), Status = MatchStatus.Pending, FoundAtUtc = now,
            });
            rescueCase.Advance(RescueCaseStatus.SuspectedMatch);
            recorded++;
        }
        await db.SaveChangesAsync(ct);
        await AuditAsync(owner, all.Count, ct);
        var visible = all.Where(h => InJurisdiction(h.DivisionCode)).ToList();
        return (await ViewAsync(owner, settings, visible, ct), recorded);
    }

    /// <summary>The photo of a case (its primary photo, else the newest) or the image an embedding was computed from.</summary>
    public async Task<(byte[] Content, string ContentType)> ThumbnailAsync(FaceOwnerKind kind, Guid id, CancellationToken ct)
    {
        if (kind == FaceOwnerKind.Case)
        {
            var photo = await db.Photos.AsNoTracking().Where(p => p.CaseId == id).OrderByDescending(p => p.IsPrimary).ThenByDescending(p => p.TakenAtUtc)
                .Select(p => new { p.Content, p.ContentType }).FirstOrDefaultAsync(ct);
            if (photo is not null)
            {
                return (photo.Content, photo.ContentType);
            }
        }
        var image = await db.FaceEmbeddings.AsNoTracking()
            .Where(e => (kind == FaceOwnerKind.Case ? e.CaseId == id : e.ReportId == id) && e.Image != null)
            .OrderByDescending(e => e.CreatedAtUtc).Select(e => new { e.Image, e.ImageContentType }).FirstOrDefaultAsync(ct);
        return image is null ? throw new NotFoundException("没有照片") : (image.Image!, image.ImageContentType ?? "image/jpeg");
    }

    private bool InJurisdiction(string divisionCode) => user.Jurisdiction is { } j && divisionCode.StartsWith(j, StringComparison.Ordinal);

    /// <summary>Each of the owner's embeddings is searched in its model's index; each other person keeps their best score.</summary>
    private async Task<List<FaceIndexHit>> HitsAsync(FaceOwner owner, int k, Func<string, bool>? accept, CancellationToken ct)
    {
        await index.EnsureLoadedAsync(ct);
        var embeddings = await db.FaceEmbeddings.AsNoTracking()
            .Where(e => owner.Kind == FaceOwnerKind.Case ? e.CaseId == owner.Id : e.ReportId == owner.Id)
            .Select(e => new { e.Model, e.ModelVersion, e.Vector }).ToListAsync(ct);
        var other = owner.Kind == FaceOwnerKind.Case ? FaceOwnerKind.Report : FaceOwnerKind.Case;
        return [.. embeddings
            .SelectMany(e => index.Search(FaceEmbedding.IndexKeyOf(e.Model, e.ModelVersion), other, FaceVectors.Decode(e.Vector), k, accept))
            .GroupBy(h => h.OwnerId)
            .Select(g => g.MaxBy(h => h.Score)!)
            .OrderByDescending(h => h.Score)
            .Take(k)];
    }

    private async Task<FaceSearchView> ViewAsync(FaceOwner owner, FaceSettings settings, List<FaceIndexHit> hits, CancellationToken ct)
    {
        var ids = hits.Select(h => h.OwnerId).ToList();
        var caseSide = owner.Kind == FaceOwnerKind.Report;
        var targets = (caseSide ? await owners.CasesAsync(ids, ct) : await owners.ReportsAsync(ids, ct)).ToDictionary(t => t.Id);
        var withPhoto = caseSide
            ? await db.Photos.Where(p => ids.Contains(p.CaseId)).Select(p => p.CaseId)
                .Union(db.FaceEmbeddings.Where(e => e.CaseId != null && ids.Contains(e.CaseId.Value) && e.Image != null).Select(e => e.CaseId!.Value)).ToListAsync(ct)
            : await db.FaceEmbeddings.Where(e => e.ReportId != null && ids.Contains(e.ReportId.Value) && e.Image != null).Select(e => e.ReportId!.Value).ToListAsync(ct);
        var candidates = caseSide
            ? await db.Candidates.Where(c => c.ReportId == owner.Id && c.Source == MatchSource.Face).Select(c => new { Other = c.CaseId, c.Status }).ToListAsync(ct)
            : await db.Candidates.Where(c => c.CaseId == owner.Id && c.Source == MatchSource.Face && c.ReportId != null).Select(c => new { Other = c.ReportId!.Value, c.Status }).ToListAsync(ct);
        var status = candidates.ToDictionary(c => c.Other, c => c.Status.ToString());
        var kind = caseSide ? "Case" : "Report";
        var matches = hits.Where(h => targets.ContainsKey(h.OwnerId)).Select((h, i) =>
        {
            var t = targets[h.OwnerId];
            return new FaceMatchView(i + 1, kind, t.Id, t.Number, t.MaskedName, t.Sex, t.AgeInfo, t.DivisionCode, Math.Round(h.Score, 4), h.Score >= settings.Threshold,
                withPhoto.Contains(t.Id) ? $"/api/v1/rescue/face/thumbnails/{kind.ToLowerInvariant()}/{t.Id}" : null, status.GetValueOrDefault(t.Id));
        }).ToList();
        var count = await db.FaceEmbeddings.CountAsync(e => owner.Kind == FaceOwnerKind.Case ? e.CaseId == owner.Id : e.ReportId == owner.Id, ct);
        return new FaceSearchView(owner.Kind.ToString(), owner.Id, owner.Number, owner.MaskedName, owner.DivisionCode, count,
            settings.Threshold, settings.MaxCandidates, settings.Basis, matches);
    }

    private Task AuditAsync(FaceOwner owner, int hits, CancellationToken ct) =>
        audit.RecordAsync("face.search", owner.Kind == FaceOwnerKind.Case ? "RescueCase" : "MissingPersonReport", owner.Id.ToString(), new { hits }, ct: ct);
}
