using CivilAffairs.ElderCare.Data;
using CivilAffairs.ElderCare.Domain;
using CivilAffairs.ElderCare.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.ElderCare.Features.Insurance;

/// <summary>The elder's 银龄安康 line (and claims) for the elder's page.</summary>
internal sealed class InsuranceServiceSource(ElderCareDb db) : IElderServiceSource
{
    public async Task<IReadOnlyList<ElderService>> ForPersonAsync(Guid personId, string idNumber, CancellationToken ct)
    {
        var line = await db.InsuranceRoster.AsNoTracking().FirstOrDefaultAsync(r => r.PersonId == personId, ct);
        if (line is null)
        {
            return [];
        }
        var claims = await db.InsuranceClaims.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.AccidentOn).ToListAsync(ct);
        var list = new List<ElderService>
        {
            new("银龄安康", line.CoveredUntil is null ? "在保" : "保障已终止", line.EndReason, line.CoveredFrom, line.CoveredUntil,
                "/eldercare/insurance"),
        };
        list.AddRange(claims.Select(c => new ElderService("银龄安康", $"理赔 {c.Number} · {AccidentTypes.NameOf(c.AccidentType)}",
            $"{AccidentTypes.ItemName(c.Item)} · {AccidentTypes.StatusName(c.Status)}{(c.PaidAmount is { } p ? $" · 赔付 {p:0.00} 元" : "")}", c.AccidentOn, c.DecidedOn,
            "/eldercare/insurance/claims/" + c.Id)));
        return list;
    }
}
