using CivilAffairs.Assistance.Data;
using CivilAffairs.Assistance.Domain;
using CivilAffairs.Contracts.Events;
using CivilAffairs.Platform.Identity;
using CivilAffairs.Platform.Values;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Assistance.Features.Enrolments;

/// <summary>
/// A member who died stops counting from the month after death; the household is recomputed,
/// and when nobody remains the enrolment stops with the reason 成员死亡. Idempotent: a member
/// already marked as left is not touched again.
/// </summary>
internal sealed class AssistancePersonDiedHandler(AssistanceDb db, EnrolmentChanges changes, ICurrentUser user, TimeProvider clock) : IPersonDiedHandler
{
    public const string DeathReason = "成员死亡";

    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        var from = new DateOnly(e.DiedOn.Year, e.DiedOn.Month, 1).AddMonths(1);
        var households = await db.Enrolments.Include(x => x.Members)
            .Where(x => x.Status != EnrolmentStatus.Stopped && x.Members.Any(m => m.IdNumber == e.IdNumber && m.LeftFrom == null))
            .ToListAsync(ct);
        var stopped = 0;
        foreach (var h in households)
        {
            var member = h.Members.First(m => m.IdNumber == e.IdNumber && m.LeftFrom == null);
            // never before the household was first paid
            var month = from < h.EnrolFrom ? h.EnrolFrom : from;
            member.LeftFrom = month;
            member.LeftReason = DeathReason;
            var note = await changes.RecomputeAsync(h, month, ct);
            Record(h, month, "成员死亡减员", $"{e.DiedOn:yyyy-MM-dd} 死亡，来源：{e.Source}；{note}");
            if (!h.Members.Any(m => m.LeftFrom is null || m.LeftFrom > month))
            {
                h.Status = EnrolmentStatus.Stopped;
                h.StoppedFrom = month;
                h.StatusReason = DeathReason;
                Record(h, month, "终止保障", DeathReason);
                stopped++;
            }
            h.Version++;
        }
        await db.SaveChangesAsync(ct);
        return new PersonDiedOutcome("assistance", households.Count,
            households.Count == 0 ? "无在保记录" : $"{households.Count}户减员并重新计算，其中{stopped}户因无在保成员终止保障");
    }

    private void Record(Enrolment h, DateOnly month, string kind, string note) =>
        db.EnrolmentEvents.Add(new EnrolmentEvent
        {
            EnrolmentId = h.Id, AtUtc = clock.GetUtcNow().UtcDateTime, EffectiveFrom = month, Kind = kind, Note = note, UserName = user.UserName,
        });

    /// <summary>The ID number as stored (normalized), or null when it is not a valid one.</summary>
    public static string? Normalize(string? idNumber, DateOnly diedOn) =>
        IdNumber.TryParse(idNumber, diedOn, null, out var info, out _) ? info!.Normalized : null;
}
