using CivilAffairs.Contracts.Registry;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.Platform.Data;
using CivilAffairs.Platform.Http;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>Who is to be enrolled: the pure rule, kept apart so it can be tested without a database.</summary>
internal static class RosterRule
{
    /// <summary>
    /// Everyone among the candidates who has reached <paramref name="age"/> by <paramref name="today"/>
    /// (a 29 February birthday is reached on 1 March in common years) and is not on the roster yet,
    /// covered from the birthday, or from the scheme's start for those older then.
    /// </summary>
    public static IReadOnlyList<(ElderInfo Person, DateOnly CoveredFrom)> ToEnrol(IEnumerable<ElderInfo> candidates, IReadOnlySet<Guid> onRoster,
        DateOnly today, int age, DateOnly schemeStart) =>
        candidates.Where(p => p.IsShenzhenHukou && !onRoster.Contains(p.PersonId))
            .Select(p => (Person: p, Reaches: ElderInfo.Reaches(p.BirthDate, age)))
            .Where(x => x.Reaches <= today)
            .Select(x => (x.Person, x.Reaches < schemeStart ? schemeStart : x.Reaches))
            .ToList();
}

/// <summary>The 银龄安康 roster: enrolment (the daily job and "run now"), the list, and what one person has.</summary>
internal sealed class InsuranceRoster(ElderCareDb db, IElderDirectory elders, IDivisionDirectory divisions, InsurancePolicy policy, ICurrentUser user,
    TimeProvider clock)
{
    /// <summary>Enrols everyone in reach who has turned the enrolment age and is not on the roster. Idempotent; catches up any gap.</summary>
    public async Task<EnrolResult> EnrolAsync(CancellationToken ct)
    {
        var today = ChinaTime.Today(clock);
        var p = await policy.ReadAsync(today, "4403", ct);
        var start = await policy.SchemeStartAsync(ct);
        // the one day after which nobody can have reached the age yet (a 29 February birth reaches it later, never earlier)
        var latest = today.AddYears(-p.EnrolAge);
        var enrolled = 0;
        var considered = 0;
        var now = clock.GetUtcNow().UtcDateTime;
        // a decade at a time keeps one read bounded; the whole range is read every run, so a missed day is caught up
        for (var from = new DateOnly(1900, 1, 1); from <= latest; from = from.AddYears(10))
        {
            var to = from.AddYears(10).AddDays(-1);
            var people = await elders.ShenzhenHukouBornBetweenAsync(from, to < latest ? to : latest, ct);
            if (people.Count == 0)
            {
                continue;
            }
            considered += people.Count;
            var onRoster = new HashSet<Guid>();
            foreach (var chunk in people.Select(x => x.PersonId).Chunk(500))
            {
                // someone on the roster elsewhere (moved out of my jurisdiction) is still on it
                onRoster.UnionWith(await db.InsuranceRoster.IgnoreQueryFilters().Where(r => chunk.Contains(r.PersonId)).Select(r => r.PersonId).ToListAsync(ct));
            }
            var batch = RosterRule.ToEnrol(people, onRoster, today, p.EnrolAge, start);
            if (batch.Count == 0)
            {
                continue;
            }
            foreach (var (person, coveredFrom) in batch)
            {
                db.InsuranceRoster.Add(new InsuranceEnrolment
                {
                    PersonId = person.PersonId, IdNumber = person.IdNumber.ToUpperInvariant(), DivisionCode = person.DivisionCode, BirthDate = person.BirthDate,
                    CoveredFrom = coveredFrom, EnrolledAtUtc = now, EnrolledBy = user.UserName,
                });
            }
            try
            {
                await db.SaveChangesAsync(ct);
                enrolled += batch.Count;
            }
            catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
            {
                // another run enrolled some of them meanwhile: drop ours, the next run picks up any left
                db.ChangeTracker.Clear();
            }
            db.ChangeTracker.Clear();
        }
        return new EnrolResult(enrolled, considered, today);
    }

    public async Task<RosterPage> ListAsync(RosterSearch s, CancellationToken ct)
    {
        var size = Math.Clamp(s.PageSize ?? 50, 1, 200);
        var page = Math.Max(s.Page ?? 1, 1);
        var q = db.InsuranceRoster.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(s.Division))
        {
            q = q.Where(r => r.DivisionCode.StartsWith(s.Division.Trim()));
        }
        var byDistrict = await q.GroupBy(r => r.DivisionCode.Substring(0, 6))
            .Select(g => new { g.Key, Active = g.Count(r => r.CoveredUntil == null), Ended = g.Count(r => r.CoveredUntil != null) })
            .ToListAsync(ct);
        var districts = new List<RosterDistrict>();
        foreach (var d in byDistrict.OrderBy(d => d.Key))
        {
            districts.Add(new RosterDistrict(d.Key, (await divisions.FindAsync(d.Key, null, ct))?.Name, d.Active, d.Ended));
        }
        if (s.Status == "Active")
        {
            q = q.Where(r => r.CoveredUntil == null);
        }
        else if (s.Status == "Ended")
        {
            q = q.Where(r => r.CoveredUntil != null);
        }
        if (!string.IsNullOrWhiteSpace(s.Q))
        {
            var prefix = s.Q.Trim().ToUpperInvariant();
            q = q.Where(r => r.IdNumber.StartsWith(prefix));
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(r => r.CoveredFrom).ThenBy(r => r.Id).Skip((page - 1) * size).Take(size).ToListAsync(ct);
        var people = await elders.FindAsync(rows.Select(r => r.IdNumber).ToList(), ct);
        var items = rows.Select(r =>
        {
            var p = people.GetValueOrDefault(r.IdNumber);
            return new RosterRow(r.Id, r.PersonId, Masking.IdNumber(r.IdNumber), p?.Name, p is null ? null : p.Male ? "男" : "女", r.BirthDate, r.DivisionCode,
                r.CoveredFrom, r.CoveredUntil, r.CoveredUntil is null, r.EndReason);
        }).ToList();
        return new RosterPage(total, page, size, districts.Sum(d => d.Active), districts.Sum(d => d.Ended), districts, items);
    }

    public static void RequireManage(ICurrentUser user)
    {
        if (!user.Has(Permissions.ElderCareManage) || user.Organization is not null)
        {
            throw new ForbiddenException("需要养老服务管理权限");
        }
    }
}
