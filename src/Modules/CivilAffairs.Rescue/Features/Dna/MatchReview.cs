using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using CivilAffairs.Rescue.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Dna;

public sealed class MatchQuery
{
    public string? Source { get; set; }

    public string? Status { get; set; }

    public int? Page { get; set; }
}

public sealed class ConfirmMatchRequest
{
    public DateOnly? ReunitedOn { get; set; }

    /// <summary>Who came (relationship, e.g. 父亲、哥哥), not a name.</summary>
    public string? WhoCame { get; set; }

    public string? FollowUp { get; set; }
}

public sealed class RejectMatchRequest
{
    public string? Reason { get; set; }
}

public sealed record MatchRow(Guid Id, string Source, string Relationship, string RelationshipName, double Score, string Status, DateTime FoundAtUtc,
    Guid CaseId, string CaseNumber, string? CaseName, string CaseStatus, string DivisionCode, Guid? ReportId, string? ReportNumber, string? MissingName,
    KinshipConclusion? Conclusion, string? ReviewedBy, DateTime? ReviewedAtUtc, string? ReviewNote);

public sealed record MatchList(int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<MatchRow> Items);

public sealed record MatchEvidenceView(Guid CaseProfileId, string CaseSampleId, Guid ReportProfileId, string ReportSampleId, string DonorRole,
    KinshipRelationship Relationship, double CombinedIndex, int InconsistentLoci, int LociCompared, KinshipConclusion Conclusion, IReadOnlyList<LocusRow> PerLocus,
    IReadOnlyList<ParameterUsedView> Parameters, DateTime ComputedAtUtc);

public sealed record MatchView(MatchRow Match, IReadOnlyList<MatchEvidenceView> Evidence, bool CanReview);

/// <summary>
/// The review queue of DNA and face candidates: a person checks each and confirms (recording the
/// reunion in the same transaction: the case goes home, the report is found) or rejects with a
/// reason. Rows are visible by the case's division; nothing is ever decided automatically.
/// </summary>
internal sealed class MatchReview(RescueDb db, ICurrentUser user, ReunionRecorder reunions, TimeProvider clock)
{
    public bool CanReview => user.Has(Permissions.RescueMatch);

    public async Task<MatchList> ListAsync(MatchQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var query = db.Candidates.AsNoTracking();
        if (Enum.TryParse<MatchSource>(q.Source, true, out var source))
        {
            query = query.Where(x => x.Source == source);
        }
        var counts = (await query.GroupBy(x => x.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => x.Key.ToString(), x => x.Count);
        if (Enum.TryParse<MatchStatus>(q.Status, true, out var status))
        {
            query = query.Where(x => x.Status == status);
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        const int size = 30;
        var rows = await query.OrderBy(x => x.Status == MatchStatus.Pending ? 0 : 1).ThenByDescending(x => x.FoundAtUtc).ThenByDescending(x => x.Score)
            .Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new MatchList(total, page, size, counts, await RowsAsync(rows, ct));
    }

    public async Task<MatchView> GetAsync(Guid id, CancellationToken ct)
    {
        var m = await db.Candidates.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var row = (await RowsAsync([m], ct))[0];
        var evidence = await db.DnaEvidence.AsNoTracking().Where(e => e.CandidateId == id).OrderByDescending(e => e.CombinedIndex).ToListAsync(ct);
        var profileIds = evidence.SelectMany(e => new[] { e.CaseProfileId, e.ReportProfileId }).ToList();
        var profiles = await db.DnaProfiles.IgnoreQueryFilters().AsNoTracking().Where(p => profileIds.Contains(p.Id))
            .Select(p => new { p.Id, p.SampleId, p.Role }).ToDictionaryAsync(p => p.Id, ct);
        return new MatchView(row, [.. evidence.Select(e => new MatchEvidenceView(e.CaseProfileId, profiles.GetValueOrDefault(e.CaseProfileId)?.SampleId ?? "—",
            e.ReportProfileId, profiles.GetValueOrDefault(e.ReportProfileId)?.SampleId ?? "—",
            profiles.GetValueOrDefault(e.ReportProfileId) is { } rp ? DnaNames.Role(rp.Role) : "—", e.Relationship, e.CombinedIndex, e.InconsistentLoci,
            e.LociCompared, e.Conclusion, DnaProfiles.PerLocus(e.PerLocusJson),
            System.Text.Json.JsonSerializer.Deserialize<List<ParameterUsedView>>(e.ParametersJson, DnaSearch.Json) ?? [], e.ComputedAtUtc))],
            CanReview && m.Status == MatchStatus.Pending);
    }

    public async Task ConfirmAsync(Guid id, ConfirmMatchRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var m = await LoadPendingAsync(id, ct);
        var today = ChinaTime.Today(clock);
        var errors = new FieldErrors();
        if (r.ReunitedOn is null)
        {
            errors.Add("reunitedOn", "请填写团聚（接回）日期");
        }
        else if (r.ReunitedOn > today)
        {
            errors.Add("reunitedOn", "团聚日期不能晚于今天");
        }
        if (string.IsNullOrWhiteSpace(r.WhoCame) || r.WhoCame.Trim().Length > 64)
        {
            errors.Add("whoCame", "请填写接回人（与受助人员的关系，64字以内）");
        }
        if (r.FollowUp?.Length > 500)
        {
            errors.Add("followUp", "回访情况500字以内");
        }
        errors.ThrowIfAny();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await reunions.AddAsync(db, new ReunionInput(m.CaseId, m.ReportId, m.Source == MatchSource.Face ? ReunionChannel.Face : ReunionChannel.Dna,
            r.ReunitedOn!.Value, r.WhoCame!.Trim(), string.IsNullOrWhiteSpace(r.FollowUp) ? null : r.FollowUp.Trim()), ct);
        Review(m, MatchStatus.Confirmed, null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task RejectAsync(Guid id, RejectMatchRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        var m = await LoadPendingAsync(id, ct);
        var reason = (r.Reason ?? "").Trim();
        if (reason.Length is 0 or > 500)
        {
            throw new FieldValidationException("reason", "请填写排除理由（500字以内）");
        }
        Review(m, MatchStatus.Rejected, reason);
        await db.SaveChangesAsync(ct);
    }

    private async Task<MatchCandidate> LoadPendingAsync(Guid id, CancellationToken ct)
    {
        if (!CanReview)
        {
            throw new ForbiddenException();
        }
        var m = await db.Candidates.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        if (m.Status != MatchStatus.Pending)
        {
            throw new BusinessRuleException("该候选已复核，不能重复处理");
        }
        return m;
    }

    private void Review(MatchCandidate m, MatchStatus status, string? note)
    {
        m.Status = status;
        m.ReviewNote = note;
        m.ReviewedBy = user.UserName;
        m.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
    }

    private async Task<List<MatchRow>> RowsAsync(IReadOnlyList<MatchCandidate> rows, CancellationToken ct)
    {
        var caseIds = rows.Select(x => x.CaseId).Distinct().ToList();
        var reportIds = rows.Where(x => x.ReportId is not null).Select(x => x.ReportId!.Value).Distinct().ToList();
        var candidateIds = rows.Select(x => x.Id).ToList();
        var cases = await db.Cases.IgnoreQueryFilters().AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .Select(c => new { c.Id, c.CaseNumber, c.Name, c.Status }).ToDictionaryAsync(c => c.Id, ct);
        var reports = await db.Reports.IgnoreQueryFilters().AsNoTracking().Where(x => reportIds.Contains(x.Id))
            .Select(x => new { x.Id, x.ReportNumber, x.MissingName }).ToDictionaryAsync(x => x.Id, ct);
        var conclusions = (await db.DnaEvidence.AsNoTracking().Where(e => candidateIds.Contains(e.CandidateId))
            .Select(e => new { e.CandidateId, e.CombinedIndex, e.Conclusion }).ToListAsync(ct))
            .GroupBy(e => e.CandidateId).ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.CombinedIndex).First().Conclusion);
        return [.. rows.Select(m =>
        {
            var c = cases.GetValueOrDefault(m.CaseId);
            var rep = m.ReportId is { } rid ? reports.GetValueOrDefault(rid) : null;
            return new MatchRow(m.Id, m.Source.ToString(), m.Relationship, DnaNames.Relationship(m.Relationship), m.Score, m.Status.ToString(), m.FoundAtUtc,
                m.CaseId, c?.CaseNumber ?? "—", c?.Name is { } n ? Masking.Name(n) : null, c?.Status.ToString() ?? "", m.DivisionCode, m.ReportId,
                rep?.ReportNumber, rep is null ? null : Masking.Name(rep.MissingName), conclusions.TryGetValue(m.Id, out var k) ? k : null, m.ReviewedBy,
                m.ReviewedAtUtc, m.ReviewNote);
        })];
    }
}
