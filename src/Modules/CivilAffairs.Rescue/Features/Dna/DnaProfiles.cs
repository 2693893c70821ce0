using System.Text.Json;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>
/// DNA profiles of people in care and of the relatives (or reference samples) of missing-person
/// reports. Adding one runs the database search in the same transaction; the index learns the
/// profile once it is committed.
/// </summary>
internal sealed class DnaProfiles(RescueDb db, ICurrentUser user, DnaPolicyReader policies, DnaSearch search, DnaSearchIndex index, TimeProvider clock)
{
    public bool CanWrite => user.Has(Permissions.RescueWrite);

    public async Task<DnaProfile> AddAsync(DnaProfileRequest r, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!CanWrite)
        {
            throw new ForbiddenException();
        }
        var today = ChinaTime.Today(clock);
        var policy = await policies.ReadAsync(today, ct);
        var errors = new List<(string Field, string Message)>();
        RescueCase? c = null;
        MissingPersonReport? report = null;
        var caseNumber = r.CaseNumber?.Trim();
        var reportNumber = r.ReportNumber?.Trim();
        var caseSide = r.CaseId is not null || !string.IsNullOrEmpty(caseNumber);
        if (caseSide)
        {
            c = r.CaseId is { } caseId
                ? await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct)
                : await db.Cases.FirstOrDefaultAsync(x => x.CaseNumber == caseNumber, ct);
            if (c is null)
            {
                errors.Add(("caseNumber", "受助人员案件不存在或不在您的辖区内"));
            }
        }
        else if (r.ReportId is not null || !string.IsNullOrEmpty(reportNumber))
        {
            report = r.ReportId is { } reportId
                ? await db.Reports.FirstOrDefaultAsync(x => x.Id == reportId, ct)
                : await db.Reports.FirstOrDefaultAsync(x => x.ReportNumber == reportNumber, ct);
            if (report is null)
            {
                errors.Add(("reportNumber", "寻亲登记不存在或不在您的辖区内"));
            }
        }
        else
        {
            errors.Add(("caseNumber", "请填写受助人员案件编号或寻亲登记编号"));
        }
        var role = DnaDonorRole.PersonInCare;
        if (caseSide)
        {
            if (!string.IsNullOrWhiteSpace(r.Role) && !string.Equals(r.Role.Trim(), nameof(DnaDonorRole.PersonInCare), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(("role", "受助人员案件的分型只能是受助人员本人"));
            }
        }
        else if (!Enum.TryParse(r.Role?.Trim(), ignoreCase: true, out role) || !Enum.IsDefined(role) || role == DnaDonorRole.PersonInCare || int.TryParse(r.Role, out _))
        {
            errors.Add(("role", "请选择供样人与走失者的关系（本人参考样本、父亲、母亲、全同胞、半同胞、子女）"));
        }
        var sampleId = (r.SampleId ?? "").Trim();
        if (sampleId.Length is 0 or > 40)
        {
            errors.Add(("sampleId", "请填写样本编号（40字以内）"));
        }
        else if (await db.DnaProfiles.IgnoreQueryFilters().AnyAsync(p => p.SampleId == sampleId, ct))
        {
            errors.Add(("sampleId", "该样本编号已登记"));
        }
        if (r.CollectedOn > today || r.SentToPoliceOn > today)
        {
            errors.Add(("collectedOn", "日期不能晚于今天"));
        }
        if (r.CollectedOn is { } col && r.SentToPoliceOn is { } sent && sent < col)
        {
            errors.Add(("sentToPoliceOn", "送检日期不能早于采样日期"));
        }
        var genotypes = r.Genotypes is { Count: > 0 }
            ? StrProfile.FromMap(r.Genotypes, policy.Frequencies, "genotypes", errors)
            : StrProfile.FromText(r.GenotypeText, policy.Frequencies, "genotypes", errors);
        if (genotypes.Count > 0 && genotypes.Count < policy.ProfileMinLoci && !errors.Any(e => e.Field == "genotypes"))
        {
            errors.Add(("genotypes", $"入库比对的分型至少需要 {policy.ProfileMinLoci} 个基因座（现有 {genotypes.Count} 个）"));
        }
        KinshipComparisons.Throw(errors);
        var p = new DnaProfile
        {
            Side = c is not null ? DnaSide.Case : DnaSide.Report, CaseId = c?.Id, ReportId = report?.Id, DivisionCode = c?.DivisionCode ?? report!.DivisionCode,
            Role = role, DonorName = c is null ? Trim(r.DonorName, 64) : null, SampleId = sampleId, Lab = Trim(r.Lab, 100), CollectedOn = r.CollectedOn,
            SentToPoliceOn = r.SentToPoliceOn, PoliceMatchRef = Trim(r.PoliceMatchRef, 60), Genotypes = StrProfile.Format(genotypes), LocusCount = genotypes.Count,
            CreatedBy = user.UserName, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.DnaProfiles.Add(p);
        c?.Advance(RescueCaseStatus.DnaComparing);
        await search.RunAsync(p, policy, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        index.Add(p);
        return p;
    }

    public async Task<DnaProfileList> ListAsync(DnaProfileQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var query = db.DnaProfiles.AsNoTracking();
        if (Enum.TryParse<DnaSide>(q.Side, true, out var side))
        {
            query = query.Where(p => p.Side == side);
        }
        if (q.Q?.Trim() is { Length: > 0 } text)
        {
            var caseIds = db.Cases.Where(c => c.CaseNumber == text).Select(c => (Guid?)c.Id);
            var reportIds = db.Reports.Where(x => x.ReportNumber == text).Select(x => (Guid?)x.Id);
            query = query.Where(p => p.SampleId == text || caseIds.Contains(p.CaseId) || reportIds.Contains(p.ReportId));
        }
        var total = await query.CountAsync(ct);
        var page = Math.Max(1, q.Page ?? 1);
        const int size = 30;
        var rows = await query.OrderByDescending(p => p.CreatedAtUtc).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var owners = await OwnersAsync(rows, ct);
        return new DnaProfileList(total, page, size, [.. rows.Select(p => new DnaProfileRow(p.Id, p.Side, owners.GetValueOrDefault(p.CaseId ?? p.ReportId ?? Guid.Empty, "—"),
            p.CaseId ?? p.ReportId ?? Guid.Empty, p.Role, DnaNames.Role(p.Role), Masking.Name(p.DonorName), p.SampleId, p.Lab, p.CollectedOn, p.SentToPoliceOn,
            p.PoliceMatchRef, p.LocusCount, p.CandidatesFound, p.CreatedAtUtc))]);
    }

    public async Task<DnaProfileView> GetAsync(Guid id, CancellationToken ct)
    {
        var p = await db.DnaProfiles.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException();
        var owners = await OwnersAsync([p], ct);
        var evidence = await db.DnaEvidence.AsNoTracking().Where(e => e.CaseProfileId == id || e.ReportProfileId == id).ToListAsync(ct);
        var candidateIds = evidence.Select(e => e.CandidateId).Distinct().ToList();
        var candidates = await db.Candidates.AsNoTracking().Where(x => candidateIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
        var caseIds = candidates.Values.Select(x => x.CaseId).ToList();
        var reportIds = candidates.Values.Select(x => x.ReportId).ToList();
        var caseNumbers = await db.Cases.IgnoreQueryFilters().Where(x => caseIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.CaseNumber, ct);
        var reportNumbers = await db.Reports.IgnoreQueryFilters().Where(x => reportIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.ReportNumber, ct);
        var rows = evidence.Where(e => candidates.ContainsKey(e.CandidateId)).OrderByDescending(e => e.CombinedIndex).Select(e =>
        {
            var m = candidates[e.CandidateId];
            return new ProfileCandidateRow(m.Id, m.CaseId, caseNumbers.GetValueOrDefault(m.CaseId, "—"), m.ReportId,
                m.ReportId is { } rid ? reportNumbers.GetValueOrDefault(rid) : null, e.Relationship, e.CombinedIndex, e.Conclusion, m.Status.ToString());
        }).ToList();
        var g = StrProfile.Parse(p.Genotypes);
        return new DnaProfileView(p.Id, p.Side, p.CaseId, p.CaseId is { } cid ? owners.GetValueOrDefault(cid) : null, p.ReportId,
            p.ReportId is { } r ? owners.GetValueOrDefault(r) : null, p.Role, DnaNames.Role(p.Role), Masking.Name(p.DonorName), p.SampleId, p.Lab, p.CollectedOn,
            p.SentToPoliceOn, p.PoliceMatchRef, p.LocusCount, [.. g.Select(x => new GenotypeRow(x.Key, x.Value.Alleles[0], x.Value.Alleles[1]))],
            p.CandidatesFound, p.SearchedAtUtc, p.CreatedBy, p.CreatedAtUtc, rows, p.DivisionCode);
    }

    /// <summary>Case and report numbers of the profiles' owners.</summary>
    private async Task<Dictionary<Guid, string>> OwnersAsync(IReadOnlyCollection<DnaProfile> rows, CancellationToken ct)
    {
        var caseIds = rows.Where(p => p.CaseId is not null).Select(p => p.CaseId!.Value).Distinct().ToList();
        var reportIds = rows.Where(p => p.ReportId is not null).Select(p => p.ReportId!.Value).Distinct().ToList();
        var owners = await db.Cases.IgnoreQueryFilters().Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.CaseNumber, ct);
        foreach (var (id, number) in await db.Reports.IgnoreQueryFilters().Where(x => reportIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.ReportNumber, ct))
        {
            owners[id] = number;
        }
        return owners;
    }

    private static string? Trim(string? s, int max)
    {
        var t = s?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > max ? t[..max] : t;
    }

    internal static List<LocusRow> PerLocus(string json) => JsonSerializer.Deserialize<List<LocusRow>>(json, DnaSearch.Json) ?? [];
}
