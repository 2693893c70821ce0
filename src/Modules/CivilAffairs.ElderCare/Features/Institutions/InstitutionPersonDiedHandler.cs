using CivilAffairs.Contracts.Events;
using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Institutions;

/// <summary>A death closes the person's open stay (reason 死亡, on the day of death). Idempotent: a closed stay is left alone.</summary>
internal sealed class InstitutionPersonDiedHandler(ElderCareDb db) : IPersonDiedHandler
{
    public async Task<PersonDiedOutcome> HandleAsync(PersonDied e, CancellationToken ct)
    {
        var id = e.IdNumber.Trim().ToUpperInvariant();
        var open = await db.Admissions.Where(a => a.IdNumber == id && a.DischargedOn == null).ToListAsync(ct);
        foreach (var a in open)
        {
            a.DischargedOn = e.DiedOn < a.AdmittedOn ? a.AdmittedOn : e.DiedOn;
            a.DischargeReason = DischargeReason.Death;
            a.DischargeNote = e.Source.Length > 200 ? e.Source[..200] : e.Source;
            a.Version++;
        }
        await db.SaveChangesAsync(ct);
        return new PersonDiedOutcome("eldercare.institutions", open.Count, open.Count == 0 ? "无在院记录" : $"养老机构在院记录已按死亡办理出院 {open.Count} 条");
    }
}
