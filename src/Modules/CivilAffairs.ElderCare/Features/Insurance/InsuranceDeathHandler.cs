using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Data;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>Ends 银龄安康 cover on the date of death. Idempotent: a line already ended is left alone.</summary>
internal sealed class InsuranceDeathHandler(ElderCareDb db) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        var id = e.IdNumber.Trim().ToUpperInvariant();
        var lines = await db.InsuranceRoster.Where(r => r.IdNumber == id && r.CoveredUntil == null).ToListAsync(ct);
        foreach (var r in lines)
        {
            r.CoveredUntil = e.DiedOn < r.CoveredFrom ? r.CoveredFrom : e.DiedOn;
            r.EndReason = ("身故：" + e.Source) is { Length: > 200 } s ? s[..200] : "身故：" + e.Source;
            r.Version++;
        }
        await db.SaveChangesAsync(ct);
        return new PersonDiedOutcome("eldercare.insurance", lines.Count, lines.Count == 0 ? "银龄安康：无在保记录" : "银龄安康：保障终止于死亡日期");
    }
}
