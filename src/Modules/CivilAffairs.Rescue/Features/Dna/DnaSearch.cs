using System.Text.Json;
using CivilAffairs.Rescue.Data;
using CivilAffairs.Rescue.Domain;
using CivilAffairs.Rescue.Domain.Kinship;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Rescue.Features.Dna;

/// <summary>
/// Database search for a new profile: a person in care against every relative's and reference
/// profile of the missing-person reports, or a relative against every person in care, each
/// weighed by the relationship the relative's role implies. Candidates above the threshold go to
/// the review queue (MatchCandidate, Pending) with the full per-locus evidence and the parameters
/// used; the case moves to 疑似匹配. The caller saves.
/// </summary>
internal sealed class DnaSearch(RescueDb db, DnaSearchIndex index, TimeProvider clock)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly DnaDonorRole[] ReportRoles =
        [DnaDonorRole.MissingPerson, DnaDonorRole.Father, DnaDonorRole.Mother, DnaDonorRole.FullSibling, DnaDonorRole.HalfSibling, DnaDonorRole.Child];

    /// <summary>The kinds of comparison a profile of this side and role takes part in, against the other side.</summary>
    public static List<SearchKind> KindsFor(DnaSide side, DnaDonorRole role)
    {
        if (side == DnaSide.Report)
        {
            var (relationship, relativeIsParent) = DnaProfile.Kinship(role) ?? throw new InvalidOperationException("a report profile needs a relative's role");
            return [new SearchKind(relationship, relativeIsParent, DnaSearchIndex.Mask(DnaSide.Case, DnaDonorRole.PersonInCare))];
        }
        // the person in care is the query: a relative who is a parent makes the query the child
        return [.. ReportRoles.GroupBy(r => DnaProfile.Kinship(r)!.Value)
            .Select(g => new SearchKind(g.Key.Relationship, !g.Key.RelativeIsParent && g.Key.Relationship == KinshipRelationship.ParentChild,
                DnaSearchIndex.Mask(DnaSide.Report, [.. g])))];
    }

    public async Task<int> RunAsync(DnaProfile profile, DnaPolicy policy, CancellationToken ct)
    {
        await index.CatchUpAsync(db, ct);
        var query = StrProfile.Parse(profile.Genotypes);
        var kinds = KindsFor(profile.Side, profile.Role);
        var hits = index.Index.Search(query, kinds, policy.Frequencies, policy.Settings, policy.ProfileMinLoci, policy.SearchThreshold, policy.MaxCandidates)
            .Where(h => h.ProfileId != profile.Id).ToList();
        var ids = hits.Select(h => h.ProfileId).ToList();
        var others = await db.DnaProfiles.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var hit in hits)
        {
            if (!others.TryGetValue(hit.ProfileId, out var other))
            {
                continue;
            }
            var (caseProfile, reportProfile) = profile.Side == DnaSide.Case ? (profile, other) : (other, profile);
            if (caseProfile.CaseId is not { } caseId || reportProfile.ReportId is not { } reportId)
            {
                continue;
            }
            var kind = kinds[hit.KindIndex];
            var result = Compare(kind, query, StrProfile.Parse(other.Genotypes), policy);
            var c = await db.Cases.IgnoreQueryFilters().FirstAsync(x => x.Id == caseId, ct);
            var relationship = kind.Relationship.ToString();
            var candidate = db.Candidates.Local.FirstOrDefault(x => x.CaseId == caseId && x.ReportId == reportId && x.Source == MatchSource.Dna && x.Relationship == relationship)
                ?? await db.Candidates.IgnoreQueryFilters().FirstOrDefaultAsync(x => x.CaseId == caseId && x.ReportId == reportId && x.Source == MatchSource.Dna
                    && x.Relationship == relationship, ct);
            if (candidate is null)
            {
                candidate = new MatchCandidate
                {
                    Source = MatchSource.Dna, CaseId = caseId, ReportId = reportId, DivisionCode = c.DivisionCode, Relationship = relationship,
                    Score = result.CombinedIndex, Status = MatchStatus.Pending, FoundAtUtc = now,
                };
                db.Candidates.Add(candidate);
            }
            else if (candidate.Status == MatchStatus.Pending)
            {
                candidate.Score = Math.Max(candidate.Score, result.CombinedIndex);
            }
            db.DnaEvidence.Add(new DnaMatchEvidence
            {
                CandidateId = candidate.Id, CaseProfileId = caseProfile.Id, ReportProfileId = reportProfile.Id, DivisionCode = c.DivisionCode,
                Relationship = kind.Relationship, CombinedIndex = result.CombinedIndex, InconsistentLoci = result.InconsistentLoci,
                LociCompared = result.PerLocus.Count, Conclusion = result.Conclusion, ComputedAtUtc = now,
                PerLocusJson = JsonSerializer.Serialize(result.PerLocus.Select(l => new LocusRow(l.Locus, l.Index, l.Consistent, l.FloorUsed, l.MutationApplied)), Json),
                ParametersJson = JsonSerializer.Serialize(policy.Used, Json),
            });
            c.Advance(RescueCaseStatus.SuspectedMatch);
            added++;
        }
        profile.CandidatesFound = added;
        profile.SearchedAtUtc = now;
        return added;
    }

    /// <summary>The full engine on the pair, in the direction the search weighed it (the index's tables come from the same engine).</summary>
    public static KinshipResult Compare(SearchKind kind, IReadOnlyDictionary<string, Genotype> query, IReadOnlyDictionary<string, Genotype> other, DnaPolicy policy) =>
        kind.QueryIsParent
            ? KinshipEngine.Compare(kind.Relationship, query, other, null, policy.Frequencies, policy.Settings)
            : KinshipEngine.Compare(kind.Relationship, other, query, null, policy.Frequencies, policy.Settings);
}
