using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Assistance;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>
/// Who is 低保 / 低收入 / 特困 on a day, for other modules' eligibility rules. Entitlement is a fact
/// about the person wherever they are enrolled, so the jurisdiction filter is lifted on purpose;
/// only the programme is returned, never amounts or household details.
/// </summary>
internal sealed class AssistanceStatusLookup(AssistanceDb db) : IAssistanceStatusLookup
{
    public async Task<IReadOnlyDictionary<string, AssistanceStatus>> GetAsync(IReadOnlyCollection<string> idNumbers, DateOnly asOf, CancellationToken ct = default)
    {
        var result = new Dictionary<string, AssistanceStatus>(StringComparer.OrdinalIgnoreCase);
        // enrolment months are first-of-month dates: a person is in from EnrolFrom until the month before StoppedFrom
        var month = new DateOnly(asOf.Year, asOf.Month, 1);
        foreach (var chunk in idNumbers.Select(i => i.Trim().ToUpperInvariant()).Distinct().Chunk(500))
        {
            var rows = await (from m in db.EnrolmentMembers.IgnoreQueryFilters().AsNoTracking()
                              join e in db.Enrolments.IgnoreQueryFilters().AsNoTracking() on m.EnrolmentId equals e.Id
                              where m.IdNumber != null && chunk.Contains(m.IdNumber) && e.EnrolFrom <= month
                                  && (e.Status != EnrolmentStatus.Stopped || (e.StoppedFrom != null && e.StoppedFrom > month))
                                  && (m.JoinedFrom == null || m.JoinedFrom <= month) && (m.LeftFrom == null || m.LeftFrom > month)
                              select new { m.IdNumber, e.Programme }).ToListAsync(ct);
            foreach (var r in rows)
            {
                var flag = r.Programme switch
                {
                    Programme.Mlg => AssistanceStatus.Dibao,
                    Programme.LowIncome => AssistanceStatus.LowIncome,
                    Programme.ExtremePoverty => AssistanceStatus.ExtremePoverty,
                    _ => AssistanceStatus.None,
                };
                result[r.IdNumber!] = result.GetValueOrDefault(r.IdNumber!) | flag;
            }
        }
        return result;
    }
}
